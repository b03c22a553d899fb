"""Wijkagenda: a neighbourhood activity calendar, a Wijkplein plugin (see docs/plugins.md)."""

__version__ = "0.1.0"
