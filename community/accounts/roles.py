"""Who holds which role beyond member: the one place the apps ask.

- Moderators: superusers and the members of the group MODERATORS_GROUP ("Forum moderators").
- Verified members: an active Verification (not revoked, not expired) for a role in VERIFIED_ROLES,
  that is a professional or an experience expert. They show a badge and may coach courses.

Each question comes as a predicate for one user (`is_moderator`, `is_verified`) and as a
condition to use inside a query (`moderator_q`, `verified_exists`), so lists and querysets can
ask it without one query per person.
"""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q

from community.accounts.models import Role, Verification

# Forum (and later chat) moderators: reports, held posts, the moderation log. No page rights.
MODERATORS_GROUP = "Forum moderators"
# The roles a partner attests; only these show a badge and make someone a possible coach.
VERIFIED_ROLES = (Role.EXPERIENCE_EXPERT, Role.PROFESSIONAL)


# --- Moderators ------------------------------------------------------------------------------


def is_moderator(user):
    """Whether `user` moderates: a superuser or a member of MODERATORS_GROUP.

    Reads `user.groups.all()` once per user object (a prefetch of the groups makes it free); the
    answer is remembered on the object, so fetch the user again after changing their groups.
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Asked many times per request (header, menu, views): remembered on this user object.
    cached = getattr(user, "_is_moderator", None)
    if cached is None:
        cached = user._is_moderator = any(group.name == MODERATORS_GROUP for group in user.groups.all())
    return cached


def moderator_q():
    """The same rule as `is_moderator` as a condition on a user queryset."""
    return Q(is_superuser=True) | Q(groups__name=MODERATORS_GROUP)


# --- Verified professionals and experience experts -------------------------------------------


def active_verified_verifications(now=None):
    """Active verifications of a verified role (not revoked, not expired at `now`)."""
    return Verification.objects.active(now).filter(role__in=VERIFIED_ROLES)


def is_verified(user):
    """Whether `user` holds an active verified role right now (always asks the database)."""
    if not getattr(user, "pk", None):
        return False
    return active_verified_verifications().filter(user=user).exists()


def verified_exists(user=None):
    """A condition: the user holds an active verified role.

    With no argument it refers to the outer queryset's row (`OuterRef("pk")`, for user querysets);
    pass a user (or another OuterRef) to ask about that user inside any other query.
    """
    return Exists(active_verified_verifications().filter(user=OuterRef("pk") if user is None else user))


def coach_candidates():
    """Members a course may name as coach: active accounts with an active verified role, by pseudonym."""
    verified = active_verified_verifications().values("user_id")
    return get_user_model().objects.filter(pk__in=verified, is_active=True).order_by("pseudonym")
