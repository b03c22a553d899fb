"""community/accounts/roles.py: the one answer to "is this person a moderator / verified / a possible coach"."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from community.accounts.models import Role, User
from community.accounts.roles import (
    MODERATORS_GROUP,
    coach_candidates,
    is_moderator,
    is_verified,
    moderator_q,
    verified_exists,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(user_factory, verification_factory):
    """One person for every case the roles module tells apart."""
    now = timezone.now()
    people = {
        "member": user_factory(pseudonym="Lid"),
        "moderator": user_factory(pseudonym="Moderator"),
        "superuser": user_factory(pseudonym="Beheerder", is_superuser=True, is_staff=True),
        "staff": user_factory(pseudonym="Medewerker", is_staff=True),
        "professional": user_factory(pseudonym="Professional"),
        "expert": user_factory(pseudonym="Ervaringsdeskundige"),
        "expired": user_factory(pseudonym="Verlopen"),
        "revoked": user_factory(pseudonym="Ingetrokken"),
        "inactive": user_factory(pseudonym="Inactief", is_active=False),
    }
    people["moderator"].groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
    verification_factory(user=people["professional"], role=Role.PROFESSIONAL, expires_at=now + timedelta(days=1))
    verification_factory(user=people["expert"], role=Role.EXPERIENCE_EXPERT)
    verification_factory(user=people["expired"], role=Role.PROFESSIONAL, expires_at=now - timedelta(minutes=1))
    verification_factory(user=people["revoked"], role=Role.PROFESSIONAL, revoked_at=now)
    verification_factory(user=people["inactive"], role=Role.PROFESSIONAL)
    return people


def test_moderators_are_the_group_and_superusers_not_staff_as_such(people):
    moderators = {name for name, user in people.items() if is_moderator(user)}
    assert moderators == {"moderator", "superuser"}
    assert not is_moderator(AnonymousUser())


def test_moderator_q_agrees_with_is_moderator(people):
    in_query = set(User.objects.filter(moderator_q()).distinct().values_list("pk", flat=True))
    assert in_query == {user.pk for user in people.values() if is_moderator(user)}


def test_verified_means_an_active_verification_of_a_verified_role(people):
    verified = {name for name, user in people.items() if is_verified(user)}
    assert verified == {"professional", "expert", "inactive"}
    assert not is_verified(AnonymousUser())


def test_verified_exists_agrees_with_is_verified_in_one_query(people, django_assert_num_queries):
    users = User.objects.filter(pk__in=[user.pk for user in people.values()])
    with django_assert_num_queries(1):
        rows = dict(users.annotate(verified=verified_exists()).values_list("pk", "verified"))
    assert rows == {user.pk: is_verified(user) for user in people.values()}
    # With a user: a condition about that one person, usable in any query.
    assert users.filter(verified_exists(people["expert"])).count() == len(people)
    assert not User.objects.filter(verified_exists(people["member"])).exists()


def test_coach_candidates_are_active_verified_members_by_pseudonym(people):
    assert list(coach_candidates()) == [people["expert"], people["professional"]]
