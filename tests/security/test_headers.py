"""Security headers on the public site and both admins, the language cookie, and check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

COMMON = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def assert_common(response):
    for header, value in COMMON.items():
        assert response.headers.get(header) == value, header
    policy = response.headers["Permissions-Policy"]
    assert "camera=()" in policy and "microphone=()" in policy


def test_public_pages_have_the_strict_policy(client, tree):
    for path in ("/", "/zoeken/?q=slaap", "/account/login/", "/pagina-die-niet-bestaat/"):
        response = client.get(path)
        assert_common(response)
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self';" in csp and "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp


@pytest.mark.parametrize("path", ["/admin/", "/django-admin/"])
def test_both_admins_have_their_own_policy(client, tree, path):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.get(path)
    assert response.status_code == 200
    # Wagtail and the Django admin may frame themselves (previews): SAMEORIGIN or DENY, never absent.
    assert response.headers["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response.headers["Permissions-Policy"]
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "object-src 'none'" in csp and "form-action 'self'" in csp
    assert "frame-ancestors 'self'" in csp


def test_language_cookie_is_samesite(client, db):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie["samesite"] == "Lax"


def test_check_deploy_is_clean():
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "community.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": "a-long-random-secret-key-for-the-deploy-check-0123456789abcdefghij",
        "ALLOWED_HOSTS": "wijkplein.example",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
