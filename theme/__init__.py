"""Wijkplein's look: base template, components, CSS/JS and vendored front-end assets."""
