"""The core's settings object (community/app_settings.py) and its system checks (community/checks.py)."""

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from community import app_settings as app_settings_module
from community.app_settings import app_settings
from community.checks import check_community_deploy_settings, check_community_settings


def test_the_core_registers_its_checks_through_the_registry_like_every_feature():
    from plugins.manager import registry

    for name in ("community", "forum", "selfhelp", "socialmap"):
        assert "system_checks" in registry.record(name).hooks, name


def test_defaults_when_nothing_is_set(settings):
    for name in ("BASE_URL", "CSP", "ADMIN_CSP", "ADMIN_PREFIXES", "PERMISSIONS_POLICY", "REQUIRE_SECOND_FACTOR"):
        delattr(settings, f"WIJKPLEIN_{name}")
    delattr(settings, "WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE")
    assert app_settings.BASE_URL == "http://127.0.0.1:8000"
    assert app_settings.CSP == app_settings.ADMIN_CSP == app_settings.PERMISSIONS_POLICY == ""
    assert app_settings.ADMIN_PREFIXES == ()
    assert app_settings.REQUIRE_SECOND_FACTOR is True
    assert app_settings.MAX_UPLOAD_REQUEST_SIZE == 20 * 1024 * 1024


def test_values_are_read_when_used_not_at_import():
    with override_settings(WIJKPLEIN_BASE_URL="https://wijkplein.example", WIJKPLEIN_ADMIN_PREFIXES=["/beheer/"]):
        assert app_settings.BASE_URL == "https://wijkplein.example"
        assert app_settings.ADMIN_PREFIXES == ("/beheer/",)
        assert app_settings_module.BASE_URL == "https://wijkplein.example"
    assert app_settings.BASE_URL == "http://testserver"


def test_checks_accept_the_configured_settings():
    assert check_community_settings() == []
    assert check_community_deploy_settings() == []
    assert not [
        problem for problem in run_checks(include_deployment_checks=True) if problem.id.startswith("community.")
    ]


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE", 0, "community.E001"),
        ("WIJKPLEIN_BASE_URL", "wijkplein.nl", "community.E002"),
        ("WIJKPLEIN_BASE_URL", None, "community.E002"),
        ("WIJKPLEIN_ADMIN_PREFIXES", "/admin/", "community.E003"),
        ("WIJKPLEIN_ADMIN_PREFIXES", ["admin/"], "community.E003"),
        ("WIJKPLEIN_CSP", "default-src 'self';\nscript-src *", "community.E004"),
        ("WIJKPLEIN_PERMISSIONS_POLICY", None, "community.E004"),
        ("WIJKPLEIN_REQUIRE_SECOND_FACTOR", "no", "community.E005"),
        ("PRIVATE_MEDIA_SERVE", "nginx", "community.E102"),
    ],
)
def test_checks_catch_bad_settings(setting, value, check_id):
    with override_settings(**{setting: value}):
        problems = check_community_settings()
        assert [problem.id for problem in problems] == [check_id]
        assert setting in problems[0].msg
        assert check_id in [problem.id for problem in run_checks()]


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [("WIJKPLEIN_CSP", "", "community.W001"), ("WIJKPLEIN_REQUIRE_SECOND_FACTOR", False, "community.W002")],
)
def test_deploy_checks_warn_about_switched_off_protection(setting, value, check_id):
    with override_settings(**{setting: value}):
        assert [problem.id for problem in check_community_deploy_settings()] == [check_id]
        assert check_id in [problem.id for problem in run_checks(include_deployment_checks=True)]
        assert check_id not in [problem.id for problem in run_checks()]
