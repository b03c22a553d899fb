"""Websocket routes; the chat feature registers its consumers here."""

websocket_urlpatterns = []
