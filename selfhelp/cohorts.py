"""Group mode: lessons unlock week by week from a cohort's start date, and a cohort's private space.

A cohort gets a private discussion space from whichever plugin answers the registry's
`discussion_space_sync` hook (the forum). Who belongs in it is `cohort_members(cohort)`: the
cohort's participants plus the course's coaches who still hold a verified role. The space is
synced on events only, never on a page view: someone joins or leaves the cohort
(`selfhelp.services`), the course's coaches change (the page is published), a coach's verified
role is granted or revoked (the `verification_changed` hook). The course page only reads it
(`discussion_space`); without a forum it says the group space is not there yet.
"""

from datetime import timedelta

from django.utils import timezone

from selfhelp import app_settings


def cohort_space_key(cohort):
    """Unique per cohort (the pk comes first so truncation never merges two groups)."""
    return f"Groep {cohort.pk}: {cohort.name} – {cohort.course.title}"


def cohort_forum_space(cohort):
    """The cohort's existing private discussion space as a `plugins.Link`, or None. Reads only."""
    import plugins

    if cohort is None:
        return None
    return plugins.first("discussion_space", key=cohort_space_key(cohort), title=cohort.name)


def cohort_members(cohort):
    """Active users who belong in `cohort`'s group space: its participants and the course's current coaches."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    from community.accounts.roles import verified_exists

    verified = verified_exists()
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(enrolments__cohort=cohort) | Q(verified, coached_courses=cohort.course_id))
        .distinct()
    )


def cohort_space_sync(cohort):
    """Create or update the cohort's space so its members are exactly `cohort_members(cohort)`."""
    import plugins

    return plugins.first(
        "discussion_space_sync",
        key=cohort_space_key(cohort),
        title=cohort.name,
        members=list(cohort_members(cohort)),
    )


def unlock_date(cohort, lesson_number):
    """The day lesson `lesson_number` (0 = the first) opens for `cohort`'s members."""
    return cohort.start_date + timedelta(days=app_settings.COHORT_UNLOCK_DAYS * lesson_number)


def is_unlocked(cohort, lesson_number, today=None):
    if cohort is None:
        return True
    today = today or timezone.localdate()
    return unlock_date(cohort, lesson_number) <= today
