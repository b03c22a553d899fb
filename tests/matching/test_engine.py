"""The ranking, pinned on a small fixture (tests/matching/conftest.py): a change of weights.py that
changes who a parent sees first must change this test too."""

import dataclasses

import pytest
from django.utils import translation

from socialmap.matching import engine, weights


def names(results):
    return [result.obj.name if result.kind == "service" else result.obj.user.pseudonym for result in results]


def test_the_ranking_is_pinned(world, answers):
    results = engine.rank(answers)
    assert names(results) == ["Stress-spreekuur Colmschate", "Anouk", "Betaalde stresscoach", "Stressmaatje online"]
    assert [result.score for result in results] == [11, 8, 5, 0]
    assert weights.WEIGHTS == {"neighbourhood": 3, "helper": 3, "language": 3, "delivery": 2, "gender": 2}


def test_eligibility_filters_and_free_only(world, answers):
    shown = set(names(engine.rank(answers)))
    for excluded in ("Stress in Zandweerd", "Slaapcursus", "Tienerstress", "Kinderstress", "Verborgen stresshulp"):
        assert excluded not in shown
    free = names(engine.rank(dataclasses.replace(answers, free_only=True)))
    assert "Betaalde stresscoach" not in free and free[0] == "Stress-spreekuur Colmschate"
    # "For my child" keeps services for children, and without a neighbourhood the area rule is off.
    child = names(engine.rank(dataclasses.replace(answers, for_whom="child", neighbourhood=None)))
    assert "Kinderstress" in child and "Stress in Zandweerd" in child


def test_no_preference_shows_every_published_service_and_helper(world):
    everything = names(engine.rank(engine.Answers()))
    assert len(everything) == 8  # 7 published services + Anouk
    assert "Verborgen stresshulp" not in everything


def test_a_helper_without_an_active_verification_is_not_shown(world, answers):
    world.anouk.user.verifications.update(revoked_at="2020-01-01T00:00:00Z")
    assert "Anouk" not in names(engine.rank(answers))
    world.anouk.user.verifications.update(revoked_at=None)
    world.anouk.active = False
    world.anouk.save()
    assert "Anouk" not in names(engine.rank(answers))


def test_the_explanation_says_what_fits_and_what_was_not_used(world, answers):
    with translation.override("en"):
        top, anouk = engine.rank(answers)[:2]
        engine.explain(top, answers)
        engine.explain(anouk, answers)
    assert top.fits == [
        "Stress",
        "0–4 years",
        "parents and carers",
        "Colmschate",
        "professionals",
        "Turks",
        "in person",
    ]
    assert top.unused == ["preference woman — unknown"]
    assert "woman" in anouk.fits and "Turks" in anouk.fits
    assert "preference in person — online or by phone" in anouk.unused


@pytest.mark.parametrize("language, expected", [("nl", "3 weken"), ("en", "3 weeks")])
def test_freshness_is_worded(language, expected):
    from datetime import timedelta

    from django.utils import timezone

    with translation.override(language):
        text = engine.freshness(timezone.now() - timedelta(days=22))
    assert text.replace("\xa0", " ") == expected
    assert engine.freshness(timezone.now()) == ""  # the template says "today"


def test_an_experience_expert_keeps_their_badge_when_a_professional_was_asked_for(world, answers):
    from community.accounts.models import Verification
    from tests.factories.socialmap import helper_profile

    sam = helper_profile(role=Verification.VerifiedRole.EXPERIENCE_EXPERT, categories=world.anouk.categories.all())
    found = {result.obj.pk: result.obj for result in engine.rank(answers) if result.kind == "helper"}
    assert found[sam.pk].role == "experience_expert" and found[world.anouk.pk].role == "professional"
    assert found[sam.pk].fits_helper == 0 and found[world.anouk.pk].fits_helper == 1
