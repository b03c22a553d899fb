"""Partner editors keep only their own organisation's helper profiles, tried through the Wagtail
admin URLs (GET and forged POSTs)."""

import pytest

from socialmap.matching.models import HelperProfile
from tests.factories.mailbox import provider_professional
from tests.factories.socialmap import helper_profile

pytestmark = pytest.mark.django_db

ADMIN = "/admin/matching/helpers"


def form(partner, user, **overrides):
    return {
        "partner": str(partner.pk),
        "user": str(user.pk),
        "intro": "Ik help bij slapen.",
        "target_group": "everyone",
        "delivery": "online",
        "is_free": "on",
        "active": "on",
        "gender": "",
        **overrides,
    }


@pytest.fixture
def profiles(tree):
    return {"a": helper_profile(partner=tree.partner_a), "b": helper_profile(partner=tree.partner_b)}


def test_an_editor_lists_and_edits_only_their_own_partners_profiles(client, tree, profiles):
    client.force_login(tree.editor_a)
    page = client.get(f"{ADMIN}/").content.decode()
    assert profiles["a"].user.pseudonym in page and profiles["b"].user.pseudonym not in page
    assert client.get(f"{ADMIN}/edit/{profiles['a'].pk}/").status_code == 200
    assert client.get(f"{ADMIN}/edit/{profiles['b'].pk}/").status_code == 404
    response = client.post(
        f"{ADMIN}/edit/{profiles['b'].pk}/", form(tree.partner_b, profiles["b"].user, intro="Gekaapt")
    )
    assert response.status_code == 404
    assert client.post(f"{ADMIN}/delete/{profiles['b'].pk}/").status_code == 404
    profiles["b"].refresh_from_db()
    assert profiles["b"].intro != "Gekaapt"


def test_an_editor_adds_a_profile_only_for_their_own_verified_people(client, tree):
    own = provider_professional(tree.partner_a)
    other = provider_professional(tree.partner_b)
    client.force_login(tree.editor_a)
    response = client.post(f"{ADMIN}/new/", form(tree.partner_b, other))
    assert response.status_code == 200  # the form again, with errors
    assert not HelperProfile.objects.filter(user=other).exists()
    response = client.post(f"{ADMIN}/new/", form(tree.partner_a, own, minimum_age="12", maximum_age="4"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "The maximum age must be at least" in page or "De maximale leeftijd moet minstens" in page
    assert not HelperProfile.objects.filter(user=own).exists()
    response = client.post(f"{ADMIN}/new/", form(tree.partner_a, own))
    assert response.status_code == 302
    assert HelperProfile.objects.get(user=own).partner == tree.partner_a


def test_members_cannot_open_the_screen(client, tree, profiles):
    from tests.factories.accounts import UserFactory

    client.force_login(UserFactory())
    assert client.get(f"{ADMIN}/").status_code in (302, 403)
