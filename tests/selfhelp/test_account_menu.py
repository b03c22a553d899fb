"""Self-help's account menu item: "Coaching" ("Begeleiding") for coaches only, in the header and on their profile."""

import pytest
from django.urls import reverse

from community.accounts.models import Role
from community.accounts.services import verification_grant, verification_revoke
from selfhelp import hooks

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("selfhelp:coach-dashboard")
COACHING_LINK = f'<a href="{DASHBOARD}" data-account-item="selfhelp.coaching">Begeleiding</a>'


def menu_of(client, user, path=None):
    client.force_login(user)
    html = client.get(path or reverse("search")).content.decode()
    return html[html.index('<nav id="site-nav"') :]


def test_a_coach_finds_the_coach_overview_in_the_account_menu_and_on_the_profile(client, courses):
    assert COACHING_LINK in menu_of(client, courses.coach)
    profile = client.get(reverse("accounts:profile")).content.decode()
    assert (
        f'class="button button--secondary" href="{DASHBOARD}" data-account-item="selfhelp.coaching">Begeleiding'
        in profile
    )
    assert client.get(DASHBOARD).status_code == 200


def test_a_member_or_a_verified_professional_without_course_sees_no_coaching(client, courses, user_factory):
    assert "selfhelp.coaching" not in menu_of(client, courses.member, reverse("accounts:profile"))
    professional = user_factory(pseudonym="Pro zonder cursus")
    verification_grant(
        granted_by=courses.tree.editor_a, user=professional, role=Role.PROFESSIONAL, partner=courses.tree.partner_a
    )
    assert "selfhelp.coaching" not in menu_of(client, professional, reverse("accounts:profile"))


def test_a_coach_whose_verified_role_was_revoked_no_longer_sees_coaching(client, courses):
    for verification in courses.coach.verifications.all():
        verification_revoke(verification=verification, revoked_by=courses.tree.editor_a)
    assert "selfhelp.coaching" not in menu_of(client, courses.coach)


def test_the_check_is_one_query(rf, courses, django_assert_num_queries):
    request = rf.get("/")
    request.user = courses.coach
    with django_assert_num_queries(1):
        items = hooks.account_menu_items(request)
    assert [item.url for item in items] == [DASHBOARD]
    request.user = courses.member
    with django_assert_num_queries(1):
        assert hooks.account_menu_items(request) == []
