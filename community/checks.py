"""System checks for the core's settings, and the helpers the apps' own checks share.

Registered when this module is imported (community/apps.py does so in ``ready()``); run by
``manage.py check``, ``migrate`` and ``runserver``. Ids: community.E0xx/W0xx for the WIJKPLEIN_
settings here, community.E1xx for private files (community/files.py).
"""

from django.conf import settings
from django.core.checks import Error


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
