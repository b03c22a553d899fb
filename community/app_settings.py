"""The core's own settings (WIJKPLEIN_*), in the shape of allauth's ``AppSettings``.

Every property reads ``django.conf.settings`` when it is used, never at import, so
``override_settings`` works. The defaults here are what the code falls back to when a setting
is missing; community/settings/base.py sets the production values (a strict CSP, for one).
community/checks.py validates them (``manage.py check``).

Use it as ``from community.app_settings import app_settings`` and ``app_settings.BASE_URL``.
"""


class PrefixedSettings:
    """The shared part of every app's settings object: a prefix, read lazily (allauth's shape)."""

    def __init__(self, prefix):
        self.prefix = prefix

    def _setting(self, name, default):
        from django.conf import settings

        return getattr(settings, self.prefix + name, default)


class AppSettings(PrefixedSettings):
    @property
    def BASE_URL(self):
        """Scheme and host for absolute links in emails; default http://127.0.0.1:8000."""
        return self._setting("BASE_URL", "http://127.0.0.1:8000")

    @property
    def CSP(self):
        """Content-Security-Policy of the public site; empty (the fallback) sends no header."""
        return self._setting("CSP", "")

    @property
    def ADMIN_CSP(self):
        """Content-Security-Policy under ADMIN_PREFIXES (the two admins); empty sends no header."""
        return self._setting("ADMIN_CSP", "")

    @property
    def ADMIN_PREFIXES(self):
        """URL path prefixes that get ADMIN_CSP instead of CSP, as a tuple; default none."""
        return tuple(self._setting("ADMIN_PREFIXES", ()))

    @property
    def PERMISSIONS_POLICY(self):
        """Permissions-Policy header on every response; empty (the fallback) sends none."""
        return self._setting("PERMISSIONS_POLICY", "")

    @property
    def REQUIRE_SECOND_FACTOR(self):
        """Staff, editors and moderators must use an authenticator app; default True."""
        return self._setting("REQUIRE_SECOND_FACTOR", True)

    @property
    def MAX_UPLOAD_REQUEST_SIZE(self):
        """A request body over this many bytes gets a 413 before it is read; default 20 MB."""
        return int(self._setting("MAX_UPLOAD_REQUEST_SIZE", 20 * 1024 * 1024))


app_settings = AppSettings("WIJKPLEIN_")


def __getattr__(name):
    # `from community import app_settings` then `app_settings.BASE_URL` works too (PEP 562).
    return getattr(app_settings, name)
