"""The privacy core's settings (PRIVACY_*), read lazily like every app's settings; see docs/operators.md."""

from community.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def ERASE_GRACE_DAYS(self):
        """Days between "delete my account" and the erase; logging in cancels it (default 7)."""
        return int(self._setting("ERASE_GRACE_DAYS", 7))

    @property
    def EXPORT_DAYS(self):
        """Days a data download stays available before it is deleted (default 7)."""
        return int(self._setting("EXPORT_DAYS", 7))

    @property
    def EXPORTS_PER_DAY(self):
        """How many data downloads one member may ask for in 24 hours (default 3)."""
        return int(self._setting("EXPORTS_PER_DAY", 3))

    @property
    def INACTIVE_MONTHS(self):
        """Member accounts without a login for this many months are erased after a warning (default
        24; 0 switches it off). Staff and partner editors are never erased for inactivity."""
        return int(self._setting("INACTIVE_MONTHS", 24))

    @property
    def INACTIVE_WARNING_DAYS(self):
        """Days between the warning email and the erase of an inactive account (default 30)."""
        return int(self._setting("INACTIVE_WARNING_DAYS", 30))

    @property
    def ADMIN_LOG_DAYS(self):
        """Days the admin's history of who changed what (Wagtail's log entries) is kept (default 730)."""
        return int(self._setting("ADMIN_LOG_DAYS", 730))

    @property
    def REQUEST_LOG_DAYS(self):
        """Days the anonymous log of processed privacy requests is kept (default 730)."""
        return int(self._setting("REQUEST_LOG_DAYS", 730))


app_settings = AppSettings("PRIVACY_")
