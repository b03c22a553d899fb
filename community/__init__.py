"""Wijkplein's Django project and shared core apps."""
