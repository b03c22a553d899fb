"""The safety core's settings (community/moderation/app_settings.py) and their system checks."""

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from community.moderation.app_settings import app_settings
from community.moderation.checks import check_moderation_settings


def test_defaults_when_nothing_is_set(settings):
    for name in ("HELD_WORDS", "NEW_MEMBER_HELD_POSTS", "TRUST_DAYS", "URGENT_MINUTES", "WAIT_HOURS"):
        delattr(settings, f"MODERATION_{name}")
    assert app_settings.HELD_WORDS == []
    assert (app_settings.NEW_MEMBER_HELD_POSTS, app_settings.TRUST_DAYS) == (2, 30)
    assert (app_settings.URGENT_MINUTES, app_settings.WAIT_HOURS) == (30, 24)


def test_values_are_read_when_used():
    with override_settings(MODERATION_HELD_WORDS=[" Bel Me ", ""], MODERATION_NEW_MEMBER_HELD_POSTS=0):
        assert app_settings.HELD_WORDS == ["bel me"]
        assert app_settings.NEW_MEMBER_HELD_POSTS == 0
        assert check_moderation_settings() == []


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("MODERATION_HELD_WORDS", "wietplantage", "moderation.E001"),
        ("MODERATION_NEW_MEMBER_HELD_POSTS", -1, "moderation.E002"),
        ("MODERATION_TRUST_DAYS", "veel", "moderation.E003"),
        ("MODERATION_URGENT_MINUTES", 0, "moderation.E004"),
        ("MODERATION_WAIT_HOURS", None, "moderation.E005"),
    ],
)
def test_checks_catch_bad_settings(setting, value, check_id):
    with override_settings(**{setting: value}):
        problems = check_moderation_settings()
        assert [problem.id for problem in problems] == [check_id]
        assert setting in problems[0].msg
        assert check_id in [problem.id for problem in run_checks()]
