"""The forum's own settings (FORUM_*), in the shape of allauth's ``AppSettings``.

Every property reads ``django.conf.settings`` when it is used, never at import, so
``override_settings`` works. The defaults here are the ones listed in docs/operators.md;
forum/checks.py validates the values (``manage.py check``).

Use it as ``from forum.app_settings import app_settings`` and ``app_settings.POST_MAX_LENGTH``.
"""

from community.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def POST_MAX_LENGTH(self):
        """Longest forum post in characters (checked on machina's post and topic forms); default 20000."""
        return int(self._setting("POST_MAX_LENGTH", 20000))

    @property
    def ATTACHMENT_MAX_SIZE(self):
        """Largest attachment in bytes; default 5 MB."""
        return int(self._setting("ATTACHMENT_MAX_SIZE", 5 * 1024 * 1024))

    @property
    def ATTACHMENT_EXTENSIONS(self):
        """File name extensions an attachment may have (without the dot); default pdf, jpg, jpeg, png, txt."""
        return list(self._setting("ATTACHMENT_EXTENSIONS", ["pdf", "jpg", "jpeg", "png", "txt"]))

    @property
    def READ_MARK_RETENTION_DAYS(self):
        """Days machina's read marks (which forums and topics a member read, and when) are kept after
        they were last set; default 365."""
        return int(self._setting("READ_MARK_RETENTION_DAYS", 365))


app_settings = AppSettings("FORUM_")


def __getattr__(name):
    # `from forum import app_settings` then `app_settings.POST_MAX_LENGTH` works too (PEP 562).
    return getattr(app_settings, name)
