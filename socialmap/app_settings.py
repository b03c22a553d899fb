"""The social map's settings (SOCIALMAP_*), in the shape of allauth's ``AppSettings``.

Every property reads ``django.conf.settings`` when it is used, never at import, so
``override_settings`` works. socialmap/checks.py validates the values (``manage.py check``).

Use it as ``from socialmap.app_settings import app_settings`` and ``app_settings.GEOCODER``.
"""

from pathlib import Path

from community.app_settings import PrefixedSettings

# The tile proxy's own path (socialmap/urls.py, mounted at /sociale-kaart/): the default TILE_URL.
PROXY_TILE_URL = "/sociale-kaart/kaart/tegels/{z}/{x}/{y}.png"


class AppSettings(PrefixedSettings):
    @property
    def GEOCODER(self):
        """``"gazetteer"`` (offline, ships with the project; the default), ``"nominatim"``, or a dotted
        path to a class with a ``geocode(query)`` method (see socialmap/geocoding.py)."""
        return self._setting("GEOCODER", "gazetteer")

    @property
    def NOMINATIM_USER_AGENT(self):
        """Identifies this site with a contact; Nominatim's usage policy requires it. Default empty."""
        return self._setting("NOMINATIM_USER_AGENT", "")

    @property
    def NOMINATIM_DOMAIN(self):
        """The Nominatim server; default nominatim.openstreetmap.org."""
        return self._setting("NOMINATIM_DOMAIN", "nominatim.openstreetmap.org")

    @property
    def GEOCODER_CACHE_SECONDS(self):
        """How long a geocoder's answer is cached; default 30 days."""
        return int(self._setting("GEOCODER_CACHE_SECONDS", 30 * 24 * 60 * 60))

    @property
    def GEOCODER_TIMEOUT(self):
        """Seconds to wait for an online geocoder; default 5."""
        return self._setting("GEOCODER_TIMEOUT", 5)

    @property
    def TILE_URL(self):
        """Where the browser gets map tiles; default this site's tile proxy (socialmap/tiles.py), so
        visitors' browsers ask no other host. An absolute URL (an operator's own tile server) is
        used as is, without the proxy; its host is then added to the CSP's img-src in the settings."""
        return self._setting("TILE_URL", PROXY_TILE_URL)

    @property
    def TILE_UPSTREAM(self):
        """Where the tile proxy fetches tiles, a ``{z}/{x}/{y}`` template; default OpenStreetMap's.
        Empty switches the proxy off (every tile a 404)."""
        return self._setting("TILE_UPSTREAM", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")

    @property
    def TILE_FETCHER(self):
        """How the proxy gets a tile: ``"http"`` (the default: TILE_UPSTREAM over the network),
        ``"blank"`` (a plain tile, never leaves the machine: demos and tests) or a dotted path to a
        class with a ``fetch(url, modified_since=None)`` method (see socialmap/tiles.py)."""
        return self._setting("TILE_FETCHER", "http")

    @property
    def TILE_USER_AGENT(self):
        """The proxy's User-Agent towards TILE_UPSTREAM. Default: NOMINATIM_USER_AGENT if set, else
        "Wijkplein (<WIJKPLEIN_BASE_URL>)"; OpenStreetMap's tile policy requires one that identifies the site."""
        from community.app_settings import app_settings as core_settings

        return (
            self._setting("TILE_USER_AGENT", "") or self.NOMINATIM_USER_AGENT or f"Wijkplein ({core_settings.BASE_URL})"
        )

    @property
    def TILE_CACHE_DIR(self):
        """Folder of the proxy's tile cache; default ``tiles`` in WIJKPLEIN_VAR_DIR."""
        from django.conf import settings

        default = Path(getattr(settings, "VAR_DIR", Path(settings.BASE_DIR) / "var")) / "tiles"
        return Path(self._setting("TILE_CACHE_DIR", "") or default)

    @property
    def TILE_MAX_AGE(self):
        """Seconds a cached tile is used before the proxy asks the upstream again (and the most a
        browser keeps it); default 7 days, the least OpenStreetMap's tile policy allows."""
        return int(self._setting("TILE_MAX_AGE", 7 * 24 * 60 * 60))

    @property
    def TILE_TIMEOUT(self):
        """Seconds the proxy waits for the upstream; default 5."""
        return self._setting("TILE_TIMEOUT", 5)

    @property
    def TILE_FETCH_RATE(self):
        """How many tiles one client may make the proxy fetch from the upstream (cache misses only;
        allauth's rate syntax); default 120 a minute per IP. Cached tiles are never limited."""
        return self._setting("TILE_FETCH_RATE", "120/m/ip")

    @property
    def TILE_FETCH_RATE_ALL(self):
        """How many tiles the whole site may fetch from the upstream; default 3000 an hour, so
        nobody can make Wijkplein bulk-download from OpenStreetMap (against its tile policy)."""
        return self._setting("TILE_FETCH_RATE_ALL", "3000/h/key")

    @property
    def TILE_BOUNDS(self):
        """(south, west, north, east) in degrees: above zoom level 6 the proxy only serves tiles that
        touch this box. Default ``None``: the Netherlands (socialmap.geocoding.NETHERLANDS_BOX, where
        every location must lie); narrow it to your region."""
        return self._setting("TILE_BOUNDS", None)

    @property
    def TILE_ATTRIBUTION(self):
        """HTML shown on the map for the tiles; default OpenStreetMap's copyright line."""
        return self._setting(
            "TILE_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
        )

    @property
    def MAP_CENTER(self):
        """(latitude, longitude) where the map opens; default Deventer's Brink."""
        return self._setting("MAP_CENTER", (52.2549, 6.1603))

    @property
    def MAP_ZOOM(self):
        """Zoom level the map opens at; default 13."""
        return int(self._setting("MAP_ZOOM", 13))

    @property
    def SEARCH_RADIUS_KM(self):
        """The "in de buurt van" search looks this far around the point (kilometres, a bounding box); default 25."""
        return float(self._setting("SEARCH_RADIUS_KM", 25))

    @property
    def PAGE_SIZE(self):
        """Services per page in the public list; default 20."""
        return int(self._setting("PAGE_SIZE", 20))

    @property
    def API_MAX_PER_PAGE(self):
        """Most items one page of the HSDS API returns (``per_page``); default 100."""
        return int(self._setting("API_MAX_PER_PAGE", 100))

    @property
    def IMPORT_MAX_BYTES(self):
        """Largest HSDS import file in bytes (also the unpacked size of a zip); default 10 MB."""
        return int(self._setting("IMPORT_MAX_BYTES", 10 * 1024 * 1024))


app_settings = AppSettings("SOCIALMAP_")


def __getattr__(name):
    # `from socialmap import app_settings` then `app_settings.GEOCODER` works too (PEP 562).
    return getattr(app_settings, name)
