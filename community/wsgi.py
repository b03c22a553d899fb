"""WSGI entry point (the ASGI one in asgi.py is preferred: it also serves websockets)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "community.settings.dev")
application = get_wsgi_application()
