"""Guided self-help courses (see the selfhelp issue); not installed yet."""
