"""System checks for the self-help app's settings (selfhelp/app_settings.py), run by ``manage.py check``."""

from community.checks import integer_setting_errors
from selfhelp.app_settings import app_settings


def check_selfhelp_settings(app_configs=None, **kwargs):
    return [
        *integer_setting_errors(app_settings, "ANSWER_MAX_LENGTH", "selfhelp.E001", unit="characters"),
        *integer_setting_errors(app_settings, "FEEDBACK_MAX_LENGTH", "selfhelp.E002", unit="characters"),
        *integer_setting_errors(app_settings, "COHORT_UNLOCK_DAYS", "selfhelp.E003", minimum=0, unit="days"),
    ]
