"""System checks for the core's settings, and the helpers the apps' own checks share.

Returned from the core's `system_checks` hook (community/hooks.py) like every app's checks; run
by ``manage.py check``, ``migrate`` and ``runserver``. Ids: community.E0xx/W0xx for the WIJKPLEIN_
settings here, community.E1xx for private files (community/files.py).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Warning

from community.app_settings import app_settings
from community.files import SERVE_MODES


def integer_setting_errors(app_settings, name, check_id, *, minimum=1, unit=""):
    """``[Error]`` unless ``app_settings.<name>`` reads as an integer of at least ``minimum``, else ``[]``."""
    setting = app_settings.prefix + name
    try:
        value = getattr(app_settings, name)
    except (TypeError, ValueError):
        value = None
    if isinstance(value, int) and not isinstance(value, bool) and value >= minimum:
        return []
    wanted = "a positive integer" if minimum == 1 else f"an integer of {minimum} or more"
    return [
        Error(
            f"{setting} must be {wanted}{f' ({unit})' if unit else ''}.",
            hint=f"It is set to {getattr(settings, setting, None)!r}.",
            id=check_id,
        )
    ]


def number_setting_errors(app_settings, name, check_id, *, unit=""):
    """``[Error]`` unless ``app_settings.<name>`` reads as a number greater than 0, else ``[]``."""
    setting = app_settings.prefix + name
    try:
        value = getattr(app_settings, name)
    except (TypeError, ValueError):
        value = None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return []
    return [
        Error(
            f"{setting} must be a positive number{f' ({unit})' if unit else ''}.",
            hint=f"It is set to {getattr(settings, setting, None)!r}.",
            id=check_id,
        )
    ]


def string_list_errors(app_settings, name, check_id, *, what):
    """``[Error]`` unless the raw setting is a list or tuple of strings, else ``[]``.

    A plain string is refused on purpose: code that loops over the setting would see its letters.
    """
    setting = app_settings.prefix + name
    value = getattr(settings, setting, [])
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return []
    return [
        Error(
            f"{setting} must be a list of {what}.",
            hint=f"It is set to {value!r}." + (" Put the string in a list." if isinstance(value, str) else ""),
            id=check_id,
        )
    ]


def check_community_settings(app_configs=None, **kwargs):
    problems = integer_setting_errors(app_settings, "MAX_UPLOAD_REQUEST_SIZE", "community.E001", unit="bytes")
    base_url = app_settings.BASE_URL
    parts = urlsplit(base_url) if isinstance(base_url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(
            Error(
                "WIJKPLEIN_BASE_URL must be an absolute http(s) URL, e.g. https://wijkplein.nl.",
                hint=f"It is set to {base_url!r}; links in emails start with it.",
                id="community.E002",
            )
        )
    prefixes = string_list_errors(app_settings, "ADMIN_PREFIXES", "community.E003", what="URL paths")
    if not prefixes and not all(prefix.startswith("/") for prefix in app_settings.ADMIN_PREFIXES):
        prefixes = [
            Error(
                "WIJKPLEIN_ADMIN_PREFIXES must list URL paths that start with '/', e.g. '/admin/'.",
                id="community.E003",
            )
        ]
    problems += prefixes
    for name in ("CSP", "ADMIN_CSP", "PERMISSIONS_POLICY"):
        value = getattr(app_settings, name)
        if not isinstance(value, str) or "\n" in value or "\r" in value:
            problems.append(
                Error(
                    f"WIJKPLEIN_{name} must be a header value: a string on one line.",
                    hint=f"It is set to {value!r}.",
                    id="community.E004",
                )
            )
    if not isinstance(app_settings.REQUIRE_SECOND_FACTOR, bool):
        problems.append(Error("WIJKPLEIN_REQUIRE_SECOND_FACTOR must be True or False.", id="community.E005"))
    serve = getattr(settings, "PRIVATE_MEDIA_SERVE", "django")
    if serve not in SERVE_MODES:
        problems.append(
            Error(
                f"PRIVATE_MEDIA_SERVE must be one of {', '.join(SERVE_MODES)}, not {serve!r}.",
                hint="Private files (forum attachments) cannot be downloaded otherwise.",
                id="community.E102",
            )
        )
    return problems


def check_community_deploy_settings(app_configs=None, **kwargs):
    problems = []
    if app_settings.CSP == "":
        problems.append(
            Warning(
                "WIJKPLEIN_CSP is empty, so the public site sends no Content-Security-Policy.",
                hint="Leave it unset to use the strict policy in community/settings/base.py.",
                id="community.W001",
            )
        )
    if app_settings.REQUIRE_SECOND_FACTOR is False:
        problems.append(
            Warning(
                "WIJKPLEIN_REQUIRE_SECOND_FACTOR is off: staff, editors and moderators can sign in with a "
                "password alone.",
                id="community.W002",
            )
        )
    return problems
