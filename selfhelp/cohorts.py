"""Group mode: lessons unlock week by week from a cohort's start date, and a cohort's private space.

The forum app gives each cohort a private discussion space once it exists. It registers a
provider in its AppConfig.ready()::

    from selfhelp.cohorts import forum_space_provider_register
    forum_space_provider_register(lambda cohort: {"url": "/forum/...", "title": "..."})

Until then `cohort_forum_space(cohort)` returns None and the course page says the group space
is not there yet. The provider may create the space on first call; it must be idempotent.

Who belongs in the space is `cohort_members(cohort)`: the cohort's participants plus the course's
coaches who still hold a verified role. The provider is called every time a member opens the
course page and also by `selfhelp.services` whenever someone joins or leaves a cohort, so it should
(re)set the space's members each time; a former participant or a revoked coach loses access then.
"""

from datetime import timedelta

from django.utils import timezone

from selfhelp import app_settings

_provider = None


def forum_space_provider_register(fn):
    global _provider
    _provider = fn
    return fn


def forum_space_provider_unregister():
    global _provider
    _provider = None


def cohort_forum_space(cohort):
    """The cohort's private discussion space as {"url", "title"}, or None when no forum provides one."""
    if _provider is None or cohort is None:
        return None
    return _provider(cohort)


def cohort_members(cohort):
    """Active users who belong in `cohort`'s group space: its participants and the course's current coaches."""
    from django.contrib.auth import get_user_model
    from django.db.models import Exists, OuterRef, Q

    from community.accounts.models import VERIFIED_ROLES, Verification

    verified = Exists(Verification.objects.active().filter(user=OuterRef("pk"), role__in=VERIFIED_ROLES))
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(enrolments__cohort=cohort) | Q(verified, coached_courses=cohort.course_id))
        .distinct()
    )


def cohort_space_sync(cohort):
    """Tell the provider the cohort's membership changed (a no-op while no forum provides spaces)."""
    return cohort_forum_space(cohort)


def unlock_date(cohort, lesson_number):
    """The day lesson `lesson_number` (0 = the first) opens for `cohort`'s members."""
    return cohort.start_date + timedelta(days=app_settings.COHORT_UNLOCK_DAYS * lesson_number)


def is_unlocked(cohort, lesson_number, today=None):
    if cohort is None:
        return True
    today = today or timezone.localdate()
    return unlock_date(cohort, lesson_number) <= today
