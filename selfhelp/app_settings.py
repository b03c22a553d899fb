"""Settings of the self-help app, read lazily with the SELFHELP_ prefix and a safe default."""

from django.conf import settings

DEFAULTS = {
    # Longest answer a participant may type in a reflection exercise (characters).
    "ANSWER_MAX_LENGTH": 10_000,
    # Longest feedback a coach may write on one answer (characters).
    "FEEDBACK_MAX_LENGTH": 5_000,
    # Days between the unlocking of two lessons for a cohort (group mode).
    "COHORT_UNLOCK_DAYS": 7,
}


def get(name):
    return getattr(settings, f"SELFHELP_{name}", DEFAULTS[name])
