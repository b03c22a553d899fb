"""The partner-owned admin rule (community/partners/admin_policy.py) on the verified-roles screens,
through the real Wagtail admin URLs: another partner's record is answered exactly like a record
that does not exist (404), one's own is served. The social map's screens: tests/socialmap/test_admin_access.py."""

import pytest

from community.accounts.models import Role, Verification

pytestmark = pytest.mark.django_db

ADMIN = "/admin/verifications"
VIEWS = ["edit", "history", "history-results", "usage"]


@pytest.fixture
def verifications(tree, user_factory, verification_factory):
    member = user_factory(pseudonym="Anouk")
    return {
        "a": verification_factory(
            user=member, role=Role.PROFESSIONAL, partner=tree.partner_a, granted_by=tree.editor_a
        ),
        "b": verification_factory(
            user=member, role=Role.PROFESSIONAL, partner=tree.partner_b, granted_by=tree.editor_b
        ),
    }


@pytest.mark.parametrize("view", VIEWS)
def test_another_partners_verification_is_not_found_like_a_missing_one(client, tree, verifications, view):
    client.force_login(tree.editor_a)
    missing = Verification.objects.order_by("pk").last().pk + 1000
    assert client.get(f"{ADMIN}/{view}/{verifications['b'].pk}/").status_code == 404
    assert client.get(f"{ADMIN}/{view}/{missing}/").status_code == 404
    assert client.get(f"{ADMIN}/{view}/{verifications['a'].pk}/").status_code == 200


def test_a_forged_post_to_another_partners_verification_changes_nothing(client, tree, verifications):
    client.force_login(tree.editor_a)
    response = client.post(f"{ADMIN}/edit/{verifications['b'].pk}/", {"note": "gekaapt", "revoke": "on"})
    assert response.status_code == 404
    verifications["b"].refresh_from_db()
    assert verifications["b"].note == "" and verifications["b"].revoked_at is None


def test_the_index_lists_only_the_own_partners_verifications(client, tree, verifications):
    client.force_login(tree.editor_b)
    response = client.get(f"{ADMIN}/")
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [verifications["b"]]


@pytest.mark.parametrize("view", VIEWS)
def test_superusers_open_every_partners_verification(client, tree, user_factory, verifications, view):
    client.force_login(user_factory(is_superuser=True, is_staff=True))
    for verification in verifications.values():
        assert client.get(f"{ADMIN}/{view}/{verification.pk}/").status_code == 200


@pytest.mark.parametrize("view", ["history", "usage"])
def test_an_editor_who_does_not_administer_the_partner_sees_no_verification(
    client, tree, user_factory, verifications, view
):
    """Verifications are the partner's administrators' business; its other editors do not find them."""
    from community.partners.services import partner_membership_add

    editor = user_factory(pseudonym="Redacteur zonder beheer")
    partner_membership_add(partner=tree.partner_a, user=editor, is_admin=False)
    client.force_login(editor)
    assert client.get(f"{ADMIN}/{view}/{verifications['a'].pk}/").status_code == 404
