"""ASGI entry point: HTTP through Django, websockets through Channels' router.

Feature apps and plugins (the chat) add their websocket routes through the `websocket_routes` hook.
"""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "community.settings.dev")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from community.routing import websocket_urlpatterns  # noqa: E402
from community.uploads import UploadLimitASGIMiddleware  # noqa: E402


def websocket_application():
    """Websockets: only from pages of our own hosts (the Origin must be in ALLOWED_HOSTS, read when
    this is built), with the session's user in the scope; the routes come from the plugins."""
    return AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns())))


application = ProtocolTypeRouter(
    {
        # Django's ASGI handler reads the whole body before any middleware runs: refuse oversized
        # uploads here, before a byte of the body is read.
        "http": UploadLimitASGIMiddleware(django_asgi_app),
        "websocket": websocket_application(),
    }
)

# Everything built while starting (Django, Wagtail, the URL and template machinery: several
# hundred thousand objects) lives as long as the process. Move it out of the garbage collector's
# sight, so that a full collection walks only what requests and connections made since; otherwise
# each full collection pauses every websocket of the process for 100-200 ms (bench/chat.py).
gc.freeze()
