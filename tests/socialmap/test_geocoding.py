"""Geocoding: the offline gazetteer, the Nominatim door (network mocked at geopy), settings checks."""

import pytest
from django.core.cache import cache

from socialmap import geocoding
from socialmap.checks import check_socialmap_settings
from socialmap.geocoding import GazetteerGeocoder, GeocodingError, NominatimGeocoder, geocode


@pytest.mark.parametrize(
    ("query", "lat"),
    [
        ("7411 AB", 52.2548),
        ("7411ab", 52.2548),
        ("7414", 52.2650),
        ("Brink 12, Deventer", 52.2547),
        ("Keizerslanden", 52.2650),
    ],
)
def test_gazetteer_finds_deventer_places(query, lat):
    assert GazetteerGeocoder().geocode(query).latitude == pytest.approx(lat, abs=0.0005)


@pytest.mark.parametrize("query", ["1234 AB", "Kalverstraat 1, Amsterdam", "", "   "])
def test_gazetteer_refuses_unknown_places_with_a_sentence(query):
    with pytest.raises(GeocodingError) as error:
        GazetteerGeocoder().geocode(query)
    assert str(error.value)


def test_points_outside_the_netherlands_are_refused(settings):
    settings.SOCIALMAP_GEOCODER = "tests.socialmap.test_geocoding.ParisGeocoder"
    with pytest.raises(GeocodingError):
        geocode("Rue de Rivoli")


class ParisGeocoder:
    def geocode(self, query):
        return geocoding.Point(48.85, 2.35, "Paris")


def test_distance_and_bounding_box():
    brink, colmschate = (52.2547, 6.1596), (52.2516, 6.2293)
    assert geocoding.distance_km(brink, colmschate) == pytest.approx(4.76, abs=0.05)
    south, west, north, east = geocoding.bounding_box(brink, 5)
    assert south < 52.211 < 52.298 < north and west < 6.087 < 6.232 < east


class FakeLocation:
    latitude, longitude, address = 52.2547, 6.1596, "Brink, Deventer"


def test_nominatim_sends_user_agent_rate_limits_and_caches(settings, monkeypatch):
    settings.SOCIALMAP_NOMINATIM_USER_AGENT = "wijkplein-test (beheer@wijkplein.example)"
    cache.clear()
    calls = []

    def fake_geocode(self, query, **kwargs):
        calls.append((query, kwargs, self.headers["User-Agent"]))
        return FakeLocation()

    monkeypatch.setattr("geopy.geocoders.Nominatim.geocode", fake_geocode)
    geocoder = NominatimGeocoder()
    assert geocoder._geocode.min_delay_seconds == 1
    point = geocoder.geocode("Brink 1, Deventer")
    assert (point.latitude, point.longitude) == (52.2547, 6.1596)
    assert calls[0][1]["country_codes"] == "nl" and "wijkplein-test" in calls[0][2]
    NominatimGeocoder().geocode("brink 1, deventer")  # cached: no second request
    assert len(calls) == 1


def test_nominatim_failure_becomes_a_geocoding_error(settings, monkeypatch):
    from geopy.exc import GeocoderUnavailable

    settings.SOCIALMAP_NOMINATIM_USER_AGENT = "wijkplein-test (beheer@wijkplein.example)"
    cache.clear()

    def down(self, query, **kwargs):
        raise GeocoderUnavailable("down")

    monkeypatch.setattr("geopy.geocoders.Nominatim.geocode", down)
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    with pytest.raises(GeocodingError):
        NominatimGeocoder().geocode("Brink 1, Deventer")


def test_checks_accept_the_defaults():
    assert check_socialmap_settings() == []


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("SOCIALMAP_GEOCODER", "does.not.Exist", "socialmap.E001"),
        ("SOCIALMAP_GEOCODER", "nominatim", "socialmap.E003"),
        ("SOCIALMAP_TILE_URL", "ftp://tiles.example/{z}/{x}/{y}.png", "socialmap.E004"),
        ("SOCIALMAP_TILE_URL", "http://tiles.example/{z}/{x}/{y}.png", "socialmap.W001"),
        ("SOCIALMAP_IMPORT_MAX_BYTES", "veel", "socialmap.E005"),
    ],
)
def test_checks_catch_bad_settings(settings, setting, value, check_id):
    setattr(settings, setting, value)
    settings.SOCIALMAP_NOMINATIM_USER_AGENT = ""
    assert check_id in [problem.id for problem in check_socialmap_settings()]
