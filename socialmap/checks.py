"""System checks for the social map's settings (socialmap/app_settings.py), run by ``manage.py check``."""

from urllib.parse import urlsplit

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
    problems += _tile_proxy_problems()
    return problems


OSM_TILE_POLICY_SECONDS = 7 * 24 * 60 * 60


def _tile_proxy_problems():
    from socialmap import tiles

    problems = []
    upstream = app_settings.TILE_UPSTREAM
    if upstream and not _upstream_is_valid(upstream):
        problems.append(
            Error(
                "SOCIALMAP_TILE_UPSTREAM must be an http(s) URL with {z}, {x} and {y} (and no other braces), "
                "or empty to switch the tile proxy off.",
                hint=f"It is set to {upstream!r}.",
                id="socialmap.E012",
            )
        )
    try:
        fetcher = tiles.tile_fetcher_class()
    except ImportError as error:
        fetcher = None
        problems.append(
            Error(
                f"SOCIALMAP_TILE_FETCHER={app_settings.TILE_FETCHER!r} cannot be imported: {error}",
                hint='Use "http", "blank" or a dotted path to a class with a fetch(url, modified_since=None) method.',
                id="socialmap.E013",
            )
        )
    if fetcher is not None and not callable(getattr(fetcher, "fetch", None)):
        problems.append(
            Error(
                "The SOCIALMAP_TILE_FETCHER class has no fetch(url, modified_since=None) method.", id="socialmap.E013"
            )
        )
    max_age_errors = integer_setting_errors(app_settings, "TILE_MAX_AGE", "socialmap.E014", minimum=0, unit="seconds")
    problems += max_age_errors
    problems += number_setting_errors(app_settings, "TILE_TIMEOUT", "socialmap.E015", unit="seconds")
    problems += _tile_bounds_errors() + _tile_rate_errors()
    to_osm = (
        tiles.proxy_enabled()
        and isinstance(upstream, str)
        and (urlsplit(upstream).hostname or "").endswith("openstreetmap.org")
        and fetcher is tiles.HttpTileFetcher
    )
    if to_osm and not max_age_errors and app_settings.TILE_MAX_AGE < OSM_TILE_POLICY_SECONDS:
        problems.append(
            Warning(
                "SOCIALMAP_TILE_MAX_AGE is shorter than 7 days while the tile proxy fetches from OpenStreetMap.",
                hint="OpenStreetMap's tile usage policy asks to cache tiles for at least 7 days.",
                id="socialmap.W002",
            )
        )
    user_agent = app_settings.TILE_USER_AGENT
    if to_osm and "@" not in user_agent and "http" not in user_agent:
        problems.append(
            Warning(
                "SOCIALMAP_TILE_USER_AGENT should identify this site with a contact (email or URL).",
                hint="OpenStreetMap's tile usage policy blocks anonymous or default user agents.",
                id="socialmap.W003",
            )
        )
    return problems


def _upstream_is_valid(upstream):
    if not isinstance(upstream, str) or not upstream.startswith(("https://", "http://")):
        return False
    if not all(part in upstream for part in ("{z}", "{x}", "{y}")):
        return False
    try:
        upstream.format(z=1, x=2, y=3)
    except (KeyError, IndexError, ValueError):
        return False
    return True


def _tile_rate_errors():
    from allauth.core.internal.ratelimit import parse_rates

    problems = []
    for name in ("TILE_FETCH_RATE", "TILE_FETCH_RATE_ALL"):
        value = getattr(app_settings, name)
        try:
            valid = bool(parse_rates(value))
        except (TypeError, ValueError, AttributeError):
            valid = False
        if not valid:
            problems.append(
                Error(
                    f"SOCIALMAP_{name} must be a rate in allauth's syntax, such as '120/m/ip' or '3000/h/key'.",
                    hint=f"It is set to {value!r}.",
                    id="socialmap.E017",
                )
            )
    return problems


def _tile_bounds_errors():
    bounds = app_settings.TILE_BOUNDS
    if bounds is None:
        return []
    try:
        south, west, north, east = (float(value) for value in bounds)
    except (TypeError, ValueError):
        south = None
    if south is None or not (-90 <= south < north <= 90 and -180 <= west < east <= 180):
        return [
            Error(
                "SOCIALMAP_TILE_BOUNDS must be (south, west, north, east) in degrees, south of north and west of east.",
                hint=f"It is set to {bounds!r}.",
                id="socialmap.E016",
            )
        ]
    return []


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
