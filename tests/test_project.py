"""Project-wide guarantees: migrations are complete, production settings pass the deploy check,
the Dutch catalogue is complete and compiled, and machina stays out of our migrations."""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_makemigrations_is_clean():
    call_command("makemigrations", "--check", "--dry-run", stdout=io.StringIO())


def test_check_deploy_has_no_warnings_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "community.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-key-0123456789",
        "ALLOWED_HOSTS": "wijkplein.example",
        "WIJKPLEIN_VAR_DIR": str(tmp_path),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests in this process only
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "community.settings.base",
        "DEBUG": "false",
        "WIJKPLEIN_VAR_DIR": str(tmp_path),
    }
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def _untranslated(po_path):
    text = po_path.read_text(encoding="utf-8")
    entries = text.split("\n\n")
    missing = []
    for entry in entries[1:]:
        if "#, fuzzy" in entry:
            missing.append(entry)
            continue
        strings = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', entry, re.MULTILINE)
        if not strings or any(not "".join(re.findall(r'"(.*)"', s)) for s in strings):
            if "msgid" in entry:
                missing.append(entry)
    return missing


def test_dutch_catalogue_is_complete_and_compiled():
    po = ROOT / "community/locale/nl/LC_MESSAGES/django.po"
    mo = ROOT / "community/locale/nl/LC_MESSAGES/django.mo"
    assert _untranslated(po) == []
    assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime - 5, "run `make messages` to compile"
    with translation.override("nl"):
        assert translation.gettext("Coming soon") == "Binnenkort"
    with translation.override("en"):
        assert translation.gettext("Coming soon") == "Coming soon"
