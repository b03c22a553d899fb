"""Matching's part of "download my data" and "delete my account"."""

import pytest

import plugins
from socialmap.matching.models import HelperProfile, SavedMatch
from tests.factories.accounts import UserFactory
from tests.factories.socialmap import helper_profile

pytestmark = pytest.mark.django_db


def test_export_holds_the_members_own_saved_searches_and_profile_and_erase_removes_them():
    member, other = UserFactory(), UserFactory()
    SavedMatch.objects.create(member=member, query="onderwerp=stress", summary="Stress · Colmschate")
    SavedMatch.objects.create(member=other, query="onderwerp=slapen", summary="Slapen van een ander")
    profile = helper_profile(user=member, intro="Ik help bij stress.")
    exported = {section.key: section.data for section in plugins.collect("personal_data_export", user=member)}
    data = exported["matching"]
    assert [row["summary"] for row in data["saved_matches"]] == ["Stress · Colmschate"]
    assert data["helper_profile"]["introduction"] == "Ik help bij stress."
    assert "Slapen van een ander" not in str(exported)
    erased = {item.key: item.count for item in plugins.collect("personal_data_erase", user=member)}
    assert erased["matching.saved"] == 1 and erased["matching.profile"] == 1
    assert not SavedMatch.objects.filter(member=member).exists()
    assert not HelperProfile.objects.filter(pk=profile.pk).exists()
    assert SavedMatch.objects.filter(member=other).exists()
