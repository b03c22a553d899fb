"""`manage.py check` for the safety core's settings (MODERATION_*)."""

from community.checks import integer_setting_errors, string_list_errors
from community.moderation.app_settings import app_settings


def check_moderation_settings(app_configs=None, **kwargs):
    return [
        *string_list_errors(app_settings, "HELD_WORDS", "moderation.E001", what="words"),
        *integer_setting_errors(app_settings, "NEW_MEMBER_HELD_POSTS", "moderation.E002", minimum=0, unit="posts"),
        *integer_setting_errors(app_settings, "TRUST_DAYS", "moderation.E003", minimum=0, unit="days"),
        *integer_setting_errors(app_settings, "URGENT_MINUTES", "moderation.E004", minimum=1, unit="minutes"),
        *integer_setting_errors(app_settings, "WAIT_HOURS", "moderation.E005", minimum=1, unit="hours"),
    ]
