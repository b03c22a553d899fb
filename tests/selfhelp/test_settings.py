"""The self-help settings object (selfhelp/app_settings.py) and its system checks (selfhelp/checks.py)."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from selfhelp import app_settings as app_settings_module
from selfhelp.app_settings import app_settings
from selfhelp.checks import check_selfhelp_settings
from selfhelp.cohorts import unlock_date


def test_defaults():
    assert app_settings.ANSWER_MAX_LENGTH == 10_000
    assert app_settings.FEEDBACK_MAX_LENGTH == 5_000
    assert app_settings.COHORT_UNLOCK_DAYS == 7
    assert app_settings.prefix == "SELFHELP_"


def test_values_are_read_when_used_not_at_import():
    cohort = SimpleNamespace(start_date=date(2025, 1, 1))
    with override_settings(SELFHELP_COHORT_UNLOCK_DAYS=14, SELFHELP_ANSWER_MAX_LENGTH=20):
        assert unlock_date(cohort, 2) == date(2025, 1, 29)
        assert app_settings_module.ANSWER_MAX_LENGTH == 20
    assert unlock_date(cohort, 2) == date(2025, 1, 15)


def test_checks_accept_the_configured_settings():
    assert check_selfhelp_settings() == []
    with override_settings(SELFHELP_COHORT_UNLOCK_DAYS=0):
        assert check_selfhelp_settings() == []


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("SELFHELP_ANSWER_MAX_LENGTH", 0, "selfhelp.E001"),
        ("SELFHELP_ANSWER_MAX_LENGTH", "lang", "selfhelp.E001"),
        ("SELFHELP_FEEDBACK_MAX_LENGTH", -5, "selfhelp.E002"),
        ("SELFHELP_COHORT_UNLOCK_DAYS", -1, "selfhelp.E003"),
        ("SELFHELP_COHORT_UNLOCK_DAYS", None, "selfhelp.E003"),
    ],
)
def test_checks_catch_bad_settings(setting, value, check_id):
    with override_settings(**{setting: value}):
        problems = check_selfhelp_settings()
        assert [problem.id for problem in problems] == [check_id]
        assert setting in problems[0].msg
        assert check_id in [problem.id for problem in run_checks()]
