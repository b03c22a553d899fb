"""Migrations do not depend on which plugins are installed (plugin blocks are stored generically)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from plugins.manager import plugin_django_apps

ROOT = Path(__file__).resolve().parents[2]


def makemigrations_check(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "community.settings.test", **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("blocked", ["", "agenda"], ids=["with-installed-plugins", "without-the-agenda"])
def test_makemigrations_is_clean_with_and_without_plugins(blocked):
    result = makemigrations_check(WIJKPLEIN_PLUGINS_BLOCKED=blocked)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


def test_blocking_a_plugin_removes_its_app():
    before = os.environ.get("WIJKPLEIN_PLUGINS_BLOCKED")
    os.environ["WIJKPLEIN_PLUGINS_BLOCKED"] = "agenda"
    try:
        assert "wijkplein_agenda" not in plugin_django_apps()
    finally:
        if before is None:
            del os.environ["WIJKPLEIN_PLUGINS_BLOCKED"]
        else:
            os.environ["WIJKPLEIN_PLUGINS_BLOCKED"] = before
