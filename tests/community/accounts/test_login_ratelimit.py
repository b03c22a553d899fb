"""Login rate limits count per client: behind the proxy by X-Forwarded-For, otherwise by the socket address."""

import runpy
from pathlib import Path

import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN = reverse("account_login")
LIMITS = {"login_failed": "3/m/ip", "login": "4/m/ip"}
BASE_SETTINGS = Path(__file__).resolve().parents[3] / "community" / "settings" / "base.py"


@pytest.fixture
def rate_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = LIMITS
    cache.clear()
    yield
    cache.clear()


def settings_for(monkeypatch, tmp_path, **env):
    """community/settings/base.py evaluated afresh with this environment."""
    for name in ("BEHIND_PROXY", "TRUSTED_PROXY_COUNT", "TRUSTED_CLIENT_IP_HEADER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WIJKPLEIN_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("STATIC_ROOT", str(tmp_path / "static"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


def use_proxy_settings(settings, values):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = values["ALLAUTH_TRUSTED_PROXY_COUNT"]
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = values["ALLAUTH_TRUSTED_CLIENT_IP_HEADER"]


def attempt(client, email, password, forwarded_for):
    return client.post(LOGIN, {"login": email, "password": password}, headers={"x-forwarded-for": forwarded_for})


def test_behind_proxy_one_client_is_limited_and_another_still_logs_in(
    client, user_factory, password, settings, rate_limits, monkeypatch, tmp_path
):
    use_proxy_settings(settings, settings_for(monkeypatch, tmp_path, BEHIND_PROXY="true"))
    person = user_factory(email="ouder@example.org")
    statuses = [attempt(client, person.email, "fout-wachtwoord", "198.51.100.7").status_code for _ in range(5)]
    assert statuses[-1] == 429
    assert attempt(client, person.email, password, "198.51.100.7").status_code == 429
    # Another visitor behind the same proxy is not locked out.
    response = attempt(client, person.email, password, "203.0.113.20")
    assert response.status_code == 302 and "/account/login/" not in response["Location"]


def test_without_proxy_a_forged_header_does_not_dodge_the_limit(
    client, user_factory, password, settings, rate_limits, monkeypatch, tmp_path
):
    use_proxy_settings(settings, settings_for(monkeypatch, tmp_path))
    person = user_factory(email="ouder@example.org")
    statuses = [attempt(client, person.email, "fout-wachtwoord", f"198.51.100.{n}").status_code for n in range(5)]
    assert statuses[-1] == 429
    assert attempt(client, person.email, password, "203.0.113.99").status_code == 429


@pytest.mark.parametrize(
    "env, count, header",
    [
        ({}, 0, None),
        ({"BEHIND_PROXY": "true"}, 1, None),
        ({"BEHIND_PROXY": "true", "TRUSTED_PROXY_COUNT": "2", "TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}, 2, "X-Real-IP"),
        ({"BEHIND_PROXY": "false", "TRUSTED_PROXY_COUNT": "2", "TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}, 0, None),
    ],
)
def test_trusted_proxy_settings_follow_the_environment(monkeypatch, tmp_path, env, count, header):
    values = settings_for(monkeypatch, tmp_path, **env)
    assert values["ALLAUTH_TRUSTED_PROXY_COUNT"] == count
    assert values["ALLAUTH_TRUSTED_CLIENT_IP_HEADER"] == header
