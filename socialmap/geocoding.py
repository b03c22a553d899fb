"""The one door to geopy: geocoders (Nominatim or the offline Deventer gazetteer) and distances.

Everything else in the project talks to `get_geocoder()`, `distance_km()` and `bounding_box()`,
so swapping geopy (or PostGIS later) only touches this file.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.core.cache import cache
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from geopy.distance import distance as geopy_distance
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from socialmap.app_settings import app_settings

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "deventer_gazetteer.json"
# A generous box around the Netherlands (including the Wadden islands and South Limburg).
NETHERLANDS_BOX = (50.70, 3.20, 53.70, 7.30)
POSTCODE_RE = re.compile(r"^\s*(\d{4})\s*([a-zA-Z]{2})?\s*$")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    label: str = ""


class GeocodingError(Exception):
    """Geocoding failed; `str(error)` is a sentence an editor or visitor can act on."""


def in_netherlands(latitude, longitude):
    south, west, north, east = NETHERLANDS_BOX
    return south <= float(latitude) <= north and west <= float(longitude) <= east


def distance_km(a, b):
    """Exact (geodesic, WGS84) distance in kilometres between two (lat, lon) pairs."""
    return geopy_distance(tuple(map(float, a)), tuple(map(float, b))).km


def bounding_box(point, radius_km):
    """(south, west, north, east) around `point` that contains every point within `radius_km`."""
    lat, lon = float(point[0]), float(point[1])
    north = geopy_distance(kilometers=radius_km).destination((lat, lon), 0)
    east = geopy_distance(kilometers=radius_km).destination((lat, lon), 90)
    dlat = north.latitude - lat
    dlon = east.longitude - lon
    return lat - dlat, lon - dlon, lat + dlat, lon + dlon


def _normalise(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", " ", text).split()


class GazetteerGeocoder:
    """Offline geocoder for Deventer: postcodes (PC4 and some PC6), streets and neighbourhoods.

    Used by the tests and the demo; it never touches the network.
    """

    def __init__(self, path=GAZETTEER_PATH):
        self.data = _load_gazetteer(str(path))

    def geocode(self, query):
        query = (query or "").strip()
        if not query:
            raise GeocodingError(_("Enter a postcode or an address."))
        postcode = self._postcode_in(query)
        if postcode:
            return postcode
        words = " ".join(_normalise(query))
        for name, (lat, lon) in self.data["streets"].items():
            if re.search(rf"\b{re.escape(' '.join(_normalise(name)))}\b", words):
                return Point(lat, lon, name)
        for name, (lat, lon) in self.data["neighbourhoods"].items():
            if " ".join(_normalise(name)) == words or words == f"{' '.join(_normalise(name))} deventer":
                return Point(lat, lon, name)
        raise GeocodingError(
            _("We cannot find “%(query)s”. Check the postcode or address, or place the pin on the map yourself.")
            % {"query": query}
        )

    def _postcode_in(self, query):
        match = POSTCODE_RE.match(query) or re.search(r"\b(\d{4})\s?([A-Za-z]{2})\b", query)
        if not match:
            return None
        pc4, letters = match.group(1), (match.group(2) or "").upper()
        if letters and f"{pc4} {letters}" in self.data["postcodes"]:
            lat, lon = self.data["postcodes"][f"{pc4} {letters}"]
            return Point(lat, lon, f"{pc4} {letters}")
        if pc4 in self.data["postcodes"]:
            lat, lon = self.data["postcodes"][pc4]
            return Point(lat, lon, pc4)
        if POSTCODE_RE.match(query):
            raise GeocodingError(
                _("We do not know postcode %(postcode)s. The social map covers Deventer; try a Deventer postcode.")
                % {"postcode": f"{pc4} {letters}".strip()}
            )
        return None


@lru_cache(maxsize=4)
def _load_gazetteer(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


class NominatimGeocoder:
    """OpenStreetMap's Nominatim through geopy: identifying user agent, at most one request per
    second (geopy's RateLimiter) and every answer cached in Django's cache."""

    def __init__(self):
        self.client = Nominatim(
            user_agent=app_settings.NOMINATIM_USER_AGENT,
            domain=app_settings.NOMINATIM_DOMAIN,
            timeout=app_settings.GEOCODER_TIMEOUT,
        )
        self._geocode = RateLimiter(self.client.geocode, min_delay_seconds=1, max_retries=1, swallow_exceptions=False)

    def geocode(self, query):
        query = (query or "").strip()
        if not query:
            raise GeocodingError(_("Enter a postcode or an address."))
        key = "socialmap:geocode:" + hashlib.sha256(query.lower().encode()).hexdigest()
        cached = cache.get(key)
        if cached is None:
            try:
                found = self._geocode(query, country_codes="nl", exactly_one=True)
            except GeopyError as error:
                raise GeocodingError(
                    _("The address service did not answer (%(error)s). Try again later or place the pin yourself.")
                    % {"error": error.__class__.__name__}
                ) from error
            cached = [found.latitude, found.longitude, found.address] if found else []
            cache.set(key, cached, app_settings.GEOCODER_CACHE_SECONDS)
        if not cached:
            raise GeocodingError(
                _("We cannot find “%(query)s”. Check the postcode or address, or place the pin on the map yourself.")
                % {"query": query}
            )
        return Point(cached[0], cached[1], cached[2])


GEOCODERS = {"gazetteer": GazetteerGeocoder, "nominatim": NominatimGeocoder}


def geocoder_class(name=None):
    name = name or app_settings.GEOCODER
    return GEOCODERS.get(name) or import_string(name)


def get_geocoder():
    return geocoder_class()()


def geocode(query):
    """Coordinates for a postcode or address, or GeocodingError with a sentence for the user."""
    point = get_geocoder().geocode(query)
    if not in_netherlands(point.latitude, point.longitude):
        raise GeocodingError(_("This place is outside the Netherlands. Check the address."))
    return point
