"""The forum's settings object (forum/app_settings.py) and its system checks (forum/checks.py)."""

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from forum import app_settings as app_settings_module
from forum.app_settings import app_settings
from forum.checks import check_forum_settings


def test_defaults_when_nothing_is_set(settings):
    delattr(settings, "FORUM_POST_MAX_LENGTH")
    assert app_settings.POST_MAX_LENGTH == 20000
    assert app_settings.ATTACHMENT_MAX_SIZE == 5 * 1024 * 1024
    assert app_settings.ATTACHMENT_EXTENSIONS == ["pdf", "jpg", "jpeg", "png", "txt"]
    assert app_settings.READ_MARK_RETENTION_DAYS == 365


def test_values_are_read_when_used_not_at_import():
    with override_settings(FORUM_POST_MAX_LENGTH=300):
        assert app_settings.POST_MAX_LENGTH == 300
        # allauth's module-level access works as well.
        assert app_settings_module.POST_MAX_LENGTH == 300
    assert app_settings.POST_MAX_LENGTH == 20000


def test_checks_accept_the_configured_settings():
    assert check_forum_settings() == []
    assert not [problem for problem in run_checks() if problem.id.startswith("forum.")]


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("FORUM_POST_MAX_LENGTH", 0, "forum.E001"),
        ("FORUM_POST_MAX_LENGTH", "veel", "forum.E001"),
        ("FORUM_ATTACHMENT_MAX_SIZE", None, "forum.E003"),
        ("FORUM_ATTACHMENT_EXTENSIONS", "pdf", "forum.E005"),
        ("FORUM_ATTACHMENT_EXTENSIONS", [".pdf"], "forum.E005"),
        ("FORUM_READ_MARK_RETENTION_DAYS", 0, "forum.E007"),
    ],
)
def test_checks_catch_bad_settings(setting, value, check_id):
    with override_settings(**{setting: value}):
        problems = check_forum_settings()
        assert [problem.id for problem in problems] == [check_id]
        assert setting in problems[0].msg
        assert check_id in [problem.id for problem in run_checks()]
