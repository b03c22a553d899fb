"""The social map's settings object (socialmap/app_settings.py) and its newer checks (socialmap/checks.py).

The geocoder and tile URL checks (socialmap.E001-E005, W001) are tested in test_geocoding.py, the
tile proxy's (socialmap.E012-E016, W002-W003) in test_tiles.py.
"""

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from socialmap import app_settings as app_settings_module
from socialmap.app_settings import app_settings
from socialmap.checks import check_socialmap_settings


def test_defaults_when_nothing_is_set(settings):
    for name in (
        "SOCIALMAP_GEOCODER",
        "SOCIALMAP_NOMINATIM_USER_AGENT",
        "SOCIALMAP_TILE_URL",
        "SOCIALMAP_TILE_UPSTREAM",
        "SOCIALMAP_TILE_USER_AGENT",
        "SOCIALMAP_TILE_CACHE_DIR",
        "SOCIALMAP_TILE_MAX_AGE",
        "SOCIALMAP_TILE_FETCHER",
        "SOCIALMAP_TILE_BOUNDS",
    ):
        delattr(settings, name)
    assert app_settings.GEOCODER == "gazetteer"
    assert app_settings.NOMINATIM_USER_AGENT == ""
    # The browser asks this site's tile proxy; the proxy asks OpenStreetMap.
    assert app_settings.TILE_URL == "/sociale-kaart/kaart/tegels/{z}/{x}/{y}.png"
    assert app_settings.TILE_UPSTREAM == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert app_settings.TILE_FETCHER == "http"
    assert app_settings.TILE_USER_AGENT == f"Wijkplein ({settings.WIJKPLEIN_BASE_URL})"
    assert app_settings.TILE_CACHE_DIR == settings.VAR_DIR / "tiles"
    assert app_settings.TILE_MAX_AGE == 7 * 24 * 60 * 60
    assert app_settings.TILE_TIMEOUT == 5
    assert app_settings.TILE_BOUNDS is None
    assert app_settings.MAP_CENTER == (52.2549, 6.1603)
    assert app_settings.MAP_ZOOM == 13
    assert app_settings.SEARCH_RADIUS_KM == 25
    assert app_settings.PAGE_SIZE == 20
    assert app_settings.API_MAX_PER_PAGE == 100
    assert app_settings.IMPORT_MAX_BYTES == 10 * 1024 * 1024
    assert app_settings.GEOCODER_CACHE_SECONDS == 30 * 24 * 60 * 60
    assert app_settings.GEOCODER_TIMEOUT == 5
    assert check_socialmap_settings() == []


def test_values_are_read_when_used_not_at_import():
    with override_settings(SOCIALMAP_PAGE_SIZE=5, SOCIALMAP_SEARCH_RADIUS_KM="2.5"):
        assert app_settings.PAGE_SIZE == 5
        assert app_settings.SEARCH_RADIUS_KM == 2.5
        assert app_settings_module.PAGE_SIZE == 5
    assert app_settings.PAGE_SIZE == 20


def test_unknown_names_are_attribute_errors():
    with pytest.raises(AttributeError):
        app_settings.NO_SUCH_SETTING  # noqa: B018
    with pytest.raises(AttributeError):
        app_settings_module.NO_SUCH_SETTING  # noqa: B018


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("SOCIALMAP_IMPORT_MAX_BYTES", 0, "socialmap.E005"),
        ("SOCIALMAP_SEARCH_RADIUS_KM", -1, "socialmap.E005"),
        ("SOCIALMAP_PAGE_SIZE", 0, "socialmap.E006"),
        ("SOCIALMAP_API_MAX_PER_PAGE", "honderd", "socialmap.E007"),
        ("SOCIALMAP_GEOCODER_TIMEOUT", 0, "socialmap.E008"),
        ("SOCIALMAP_GEOCODER_CACHE_SECONDS", -1, "socialmap.E009"),
        ("SOCIALMAP_MAP_CENTER", (152.0, 6.0), "socialmap.E010"),
        ("SOCIALMAP_MAP_CENTER", "Deventer", "socialmap.E010"),
        ("SOCIALMAP_MAP_ZOOM", 30, "socialmap.E011"),
    ],
)
def test_checks_catch_bad_settings(setting, value, check_id):
    with override_settings(**{setting: value}):
        problems = check_socialmap_settings()
        assert [problem.id for problem in problems] == [check_id]
        assert setting in problems[0].msg
        assert check_id in [problem.id for problem in run_checks()]
