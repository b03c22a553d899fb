"""System checks for the social map's settings (socialmap/app_settings.py), run by ``manage.py check``."""

from django.core.checks import Error, Warning

from community.checks import integer_setting_errors, number_setting_errors
from socialmap.app_settings import app_settings


def check_socialmap_settings(app_configs=None, **kwargs):
    from socialmap.geocoding import NominatimGeocoder, geocoder_class

    problems = []
    try:
        geocoder = geocoder_class()
    except ImportError as error:
        return [
            Error(
                f"SOCIALMAP_GEOCODER={app_settings.GEOCODER!r} cannot be imported: {error}",
                hint='Use "gazetteer", "nominatim" or a dotted path to a geocoder class.',
                id="socialmap.E001",
            )
        ]
    if not callable(getattr(geocoder, "geocode", None)):
        problems.append(Error("The SOCIALMAP_GEOCODER class has no geocode(query) method.", id="socialmap.E002"))
    if (
        geocoder is NominatimGeocoder
        and "@" not in app_settings.NOMINATIM_USER_AGENT
        and "http" not in (app_settings.NOMINATIM_USER_AGENT)
    ):
        problems.append(
            Error(
                "SOCIALMAP_NOMINATIM_USER_AGENT must identify this site with a contact (email or URL).",
                hint="Nominatim's usage policy blocks anonymous or default user agents.",
                id="socialmap.E003",
            )
        )
    tile_url = app_settings.TILE_URL
    if not isinstance(tile_url, str) or not tile_url.startswith(("https://", "http://", "/")):
        problems.append(Error("SOCIALMAP_TILE_URL must be an http(s) URL or a path on this site.", id="socialmap.E004"))
    elif tile_url.startswith("http://"):
        problems.append(
            Warning("SOCIALMAP_TILE_URL uses plain http; browsers block it on an https site.", id="socialmap.W001")
        )
    problems += integer_setting_errors(app_settings, "IMPORT_MAX_BYTES", "socialmap.E005", unit="bytes")
    problems += number_setting_errors(app_settings, "SEARCH_RADIUS_KM", "socialmap.E005", unit="kilometres")
    problems += integer_setting_errors(app_settings, "PAGE_SIZE", "socialmap.E006")
    problems += integer_setting_errors(app_settings, "API_MAX_PER_PAGE", "socialmap.E007")
    problems += number_setting_errors(app_settings, "GEOCODER_TIMEOUT", "socialmap.E008", unit="seconds")
    problems += integer_setting_errors(
        app_settings, "GEOCODER_CACHE_SECONDS", "socialmap.E009", minimum=0, unit="seconds"
    )
    problems += _map_view_errors()
    return problems


def _map_view_errors():
    problems = []
    center = app_settings.MAP_CENTER
    try:
        latitude, longitude = (float(value) for value in center)
    except (TypeError, ValueError):
        latitude = longitude = None
    if latitude is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        problems.append(
            Error(
                "SOCIALMAP_MAP_CENTER must be a (latitude, longitude) pair in degrees.",
                hint=f"It is set to {center!r}.",
                id="socialmap.E010",
            )
        )
    try:
        zoom = app_settings.MAP_ZOOM
    except (TypeError, ValueError):
        zoom = None
    if zoom is None or not 0 <= zoom <= 22:
        problems.append(Error("SOCIALMAP_MAP_ZOOM must be an integer from 0 to 22.", id="socialmap.E011"))
    return problems
