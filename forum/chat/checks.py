from django.core.checks import Error

from forum.chat.app_settings import app_settings


def check_chat_settings():
    errors = []
    numbers = (
        "MAX_LENGTH",
        "RATE_MESSAGES",
        "RATE_SECONDS",
        "PICKUP_MINUTES",
        "DEFAULT_CAPACITY",
        "GROUP_RETENTION_DAYS",
        "DIRECT_RETENTION_DAYS",
    )
    for index, name in enumerate(numbers, start=1):
        try:
            value = getattr(app_settings, name)
        except (TypeError, ValueError):
            value = None
        if value is None or value < 1:
            errors.append(Error(f"CHAT_{name} must be a whole number of at least 1.", id=f"chat.E00{index}"))
    return errors
