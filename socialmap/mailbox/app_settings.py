"""The mailbox's settings (MAILBOX_*), read lazily like every app's settings; defaults in docs/operators.md."""

from community.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def MAX_LENGTH(self):
        """Longest message in characters."""
        return int(self._setting("MAX_LENGTH", 20_000))

    @property
    def ATTACHMENT_MAX_BYTES(self):
        """Largest attachment in bytes (default 10 MB)."""
        return int(self._setting("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024))

    @property
    def ATTACHMENTS_PER_MESSAGE(self):
        return int(self._setting("ATTACHMENTS_PER_MESSAGE", 3))

    @property
    def RETENTION_DAYS(self):
        """Closed threads are deleted this many days after closing (default 365)."""
        return int(self._setting("RETENTION_DAYS", 365))

    @property
    def THREAD_MESSAGES(self):
        """Messages a conversation shows at first (the latest); the rest behind "show earlier messages"."""
        return int(self._setting("THREAD_MESSAGES", 50))

    @property
    def PAGE_SIZE(self):
        return int(self._setting("PAGE_SIZE", 25))


app_settings = AppSettings("MAILBOX_")
