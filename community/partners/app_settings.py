"""The partners app's settings (PARTNERS_*), read lazily like every app's settings; see docs/operators.md."""

from community.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def APPLY_RATE_LIMIT(self):
        """How often one client may send the provider form (allauth's rate syntax, per IP); default 10 an hour."""
        return self._setting("APPLY_RATE_LIMIT", "10/h/ip")

    @property
    def APPLY_EMAIL_RATE_LIMIT(self):
        """How many applications may name one contact email address; default 3 a day (no mail bombing)."""
        return self._setting("APPLY_EMAIL_RATE_LIMIT", "3/d/key")

    @property
    def APPLICATION_RETENTION_DAYS(self):
        """Rejected applications are deleted this many days after the decision (default 180)."""
        return int(self._setting("APPLICATION_RETENTION_DAYS", 180))


app_settings = AppSettings("PARTNERS_")
