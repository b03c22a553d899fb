"""Settings of the social map, read lazily with the SOCIALMAP_ prefix so tests can override them."""

from django.conf import settings

DEFAULTS = {
    # "gazetteer" (offline, ships with the project), "nominatim", or a dotted path to a class
    # with a `geocode(query)` method (see socialmap/geocoding.py).
    "GEOCODER": "gazetteer",
    # Nominatim's usage policy asks for an identifying user agent with contact details.
    "NOMINATIM_USER_AGENT": "",
    "NOMINATIM_DOMAIN": "nominatim.openstreetmap.org",
    "GEOCODER_CACHE_SECONDS": 30 * 24 * 60 * 60,
    "GEOCODER_TIMEOUT": 5,
    "TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "TILE_ATTRIBUTION": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    # Where the map opens: Deventer's Brink.
    "MAP_CENTER": (52.2549, 6.1603),
    "MAP_ZOOM": 13,
    # "In de buurt van" looks this far around the point (bounding box on indexed columns).
    "SEARCH_RADIUS_KM": 25,
    "PAGE_SIZE": 20,
    "API_MAX_PER_PAGE": 100,
    "IMPORT_MAX_BYTES": 10 * 1024 * 1024,
}


def get(name):
    return getattr(settings, f"SOCIALMAP_{name}", DEFAULTS[name])


class _Settings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(name)
        return get(name)


app_settings = _Settings()
