"""Test settings: the embedded default (or DATABASE_URL), fast hashing, mail kept in memory."""

import os
import tempfile

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("WIJKPLEIN_VAR_DIR", tempfile.mkdtemp(prefix="wijkplein-test-"))

from community.settings.base import *  # noqa: E402,F401,F403
from community.settings.base import STORAGES  # noqa: E402

ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
ACCOUNT_RATE_LIMITS = False
WIJKPLEIN_BASE_URL = "http://testserver"
# Tests never reach another host: map tiles come from the proxy's built-in blank tile.
SOCIALMAP_TILE_FETCHER = "blank"
