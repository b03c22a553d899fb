"""The self-help app's settings (SELFHELP_*), in the shape of allauth's ``AppSettings``.

Every property reads ``django.conf.settings`` when it is used, never at import, so
``override_settings`` works. selfhelp/checks.py validates the values (``manage.py check``).

Use it as ``from selfhelp.app_settings import app_settings`` and ``app_settings.ANSWER_MAX_LENGTH``.
"""

from community.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def ANSWER_MAX_LENGTH(self):
        """Longest answer a participant may type in a reflection exercise (characters); default 10000."""
        return int(self._setting("ANSWER_MAX_LENGTH", 10_000))

    @property
    def FEEDBACK_MAX_LENGTH(self):
        """Longest feedback a coach may write on one answer (characters); default 5000."""
        return int(self._setting("FEEDBACK_MAX_LENGTH", 5_000))

    @property
    def COHORT_UNLOCK_DAYS(self):
        """Days between the unlocking of two lessons for a cohort (group mode); default 7."""
        return int(self._setting("COHORT_UNLOCK_DAYS", 7))


app_settings = AppSettings("SELFHELP_")


def __getattr__(name):
    # `from selfhelp import app_settings` then `app_settings.ANSWER_MAX_LENGTH` works too (PEP 562).
    return getattr(app_settings, name)
