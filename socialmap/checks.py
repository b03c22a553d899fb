"""System checks for the social map's settings (run by `manage.py check` and at start-up)."""

from django.core.checks import Error, Tags, Warning, register

from socialmap.app_settings import app_settings


@register(Tags.compatibility)
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
    if not tile_url or not (tile_url.startswith(("https://", "http://", "/"))):
        problems.append(Error("SOCIALMAP_TILE_URL must be an http(s) URL or a path on this site.", id="socialmap.E004"))
    elif tile_url.startswith("http://"):
        problems.append(
            Warning("SOCIALMAP_TILE_URL uses plain http; browsers block it on an https site.", id="socialmap.W001")
        )
    try:
        int(app_settings.IMPORT_MAX_BYTES)
        float(app_settings.SEARCH_RADIUS_KM)
    except (TypeError, ValueError):
        problems.append(
            Error("SOCIALMAP_IMPORT_MAX_BYTES and SOCIALMAP_SEARCH_RADIUS_KM must be numbers.", id="socialmap.E005")
        )
    return problems
