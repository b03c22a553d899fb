"""System checks for the forum's settings (forum/app_settings.py), run by ``manage.py check``."""

from django.conf import settings
from django.core.checks import Error

from community.checks import integer_setting_errors, string_list_errors
from forum.app_settings import app_settings


def check_forum_settings(app_configs=None, **kwargs):
    problems = [
        *integer_setting_errors(app_settings, "POST_MAX_LENGTH", "forum.E001", unit="characters"),
        *integer_setting_errors(app_settings, "ATTACHMENT_MAX_SIZE", "forum.E003", unit="bytes"),
        *integer_setting_errors(app_settings, "READ_MARK_RETENTION_DAYS", "forum.E007", unit="days"),
    ]
    extensions = string_list_errors(app_settings, "ATTACHMENT_EXTENSIONS", "forum.E005", what="file name extensions")
    if not extensions and any(
        extension.strip().startswith(".") for extension in getattr(settings, "FORUM_ATTACHMENT_EXTENSIONS", [])
    ):
        extensions = [
            Error(
                "FORUM_ATTACHMENT_EXTENSIONS must list extensions without the dot, e.g. 'pdf'.",
                hint="An extension with a dot never matches, so such files would always be refused.",
                id="forum.E005",
            )
        ]
    return problems + extensions
