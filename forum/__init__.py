"""Peer-contact forum with django-machina and live chat (see the forum issue); not installed yet."""
