"""The social map's settings (SOCIALMAP_*), in the shape of allauth's ``AppSettings``.

Every property reads ``django.conf.settings`` when it is used, never at import, so
``override_settings`` works. socialmap/checks.py validates the values (``manage.py check``).

Use it as ``from socialmap.app_settings import app_settings`` and ``app_settings.GEOCODER``.
"""

from community.app_settings import PrefixedSettings


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
        """Map tiles; default OpenStreetMap's. Its host is added to the CSP's img-src in the settings."""
        return self._setting("TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")

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
