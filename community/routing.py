"""Websocket routes, from the plugins' `websocket_routes` hook (the chat will add its consumers there)."""

from plugins.manager import registry


def websocket_urlpatterns():
    return registry.collect("websocket_routes", enabled_only=False)
