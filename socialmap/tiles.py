"""The map tile proxy: the browser asks this site for tiles, never another host.

A visitor's browser that loaded OpenStreetMap's tiles itself would tell OpenStreetMap (with the
visitor's IP address) which neighbourhood, and so which help, they are looking at. Instead the
browser asks ``/sociale-kaart/kaart/tegels/<z>/<x>/<y>.png`` (socialmap/urls.py, the default
SOCIALMAP_TILE_URL) and this module answers from a cache on disk, fetching a missing or stale tile
from SOCIALMAP_TILE_UPSTREAM server-side: the upstream sees this server, never the visitor.

The upstream fetch sits behind a small interface, like the geocoders (socialmap/geocoding.py):
``HttpTileFetcher`` (urllib, the default), ``BlankTileFetcher`` (a plain tile without any network:
demos, tests, servers without internet access) or any class named in SOCIALMAP_TILE_FETCHER with a
``fetch(url, modified_since=None)`` method that returns the tile's bytes, ``None`` for "not
modified since", or raises ``TileError``.

Why a cache on disk and not Django's cache: tiles are 5-50 kB each and there are thousands of them.
On a small server the default cache is per process and in memory (lost at every restart, one copy
per worker); in scale mode it is Redis, whose memory is better spent on sessions and rate limits.
A folder in var/ survives restarts, is shared by every worker on the machine and costs only disk.
"""

import hashlib
import http.client
import logging
import math
import os
import struct
import tempfile
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from django.utils.http import http_date
from django.utils.module_loading import import_string

from socialmap.app_settings import PROXY_TILE_URL, app_settings

logger = logging.getLogger(__name__)

MAX_ZOOM = 19
# Up to this zoom level every tile on earth is served (5,461 tiles in all: nothing worth abusing);
# above it only tiles that touch SOCIALMAP_TILE_BOUNDS.
WORLD_ZOOM = 6
# A real tile is 5-50 kB; anything much bigger is not a tile.
MAX_TILE_BYTES = 512 * 1024
# A browser keeps a tile served from a stale copy (the upstream failed) this long.
STALE_MAX_AGE = 5 * 60
IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


class TileError(Exception):
    """The upstream did not give a tile (refused, not an image, unreachable)."""


class TileRateLimited(TileError):
    """Too many fetches from the upstream for this client or for the whole site: try again later."""


class TileTimeout(TileError):
    """The upstream did not answer within SOCIALMAP_TILE_TIMEOUT."""


@dataclass(frozen=True)
class Tile:
    content: bytes
    content_type: str
    etag: str
    max_age: int  # seconds a browser may keep it


# --- Which tiles ------------------------------------------------------------------------------------


def proxy_enabled():
    """The proxy serves tiles only while the browser is sent to it (SOCIALMAP_TILE_URL is its path)
    and an upstream is set: with the operator's own tile server, it is switched off."""
    return bool(app_settings.TILE_UPSTREAM) and urlsplit(str(app_settings.TILE_URL)).path == PROXY_TILE_URL


def tile_bounds():
    """(south, west, north, east) of SOCIALMAP_TILE_BOUNDS, or the Netherlands when it is not set."""
    from socialmap.geocoding import NETHERLANDS_BOX

    bounds = app_settings.TILE_BOUNDS
    return tuple(float(value) for value in (NETHERLANDS_BOX if bounds is None else bounds))


def _tile_x(longitude, zoom):
    return int((longitude + 180.0) / 360.0 * 2**zoom)


def _tile_y(latitude, zoom):
    latitude = max(-85.0511, min(85.0511, latitude))
    radians = math.radians(latitude)
    return int((1.0 - math.asinh(math.tan(radians)) / math.pi) / 2.0 * 2**zoom)


def tile_allowed(z, x, y):
    """Whether the proxy serves tile z/x/y: a real tile (zoom 0-19, x and y within 0..2^z-1) and,
    above zoom level 6, one that touches SOCIALMAP_TILE_BOUNDS. Keeps the proxy from being an open
    proxy to the upstream."""
    if not 0 <= z <= MAX_ZOOM or not (0 <= x < 2**z and 0 <= y < 2**z):
        return False
    if z <= WORLD_ZOOM:
        return True
    south, west, north, east = tile_bounds()
    last = 2**z - 1
    x_min, x_max = max(0, _tile_x(west, z)), min(last, _tile_x(east, z))
    y_min, y_max = max(0, _tile_y(north, z)), min(last, _tile_y(south, z))
    return x_min <= x <= x_max and y_min <= y <= y_max


def upstream_url(z, x, y):
    return app_settings.TILE_UPSTREAM.format(z=z, x=x, y=y)


def image_type(content):
    """The content type of a PNG or JPEG tile, or None for anything else (HTML, SVG, an error page)."""
    for magic, content_type in IMAGE_TYPES:
        if content.startswith(magic):
            return content_type
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


# --- Fetchers ---------------------------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # a tile server answers a tile URL itself; a redirect becomes an HTTPError


class HttpTileFetcher:
    """Fetches a tile over HTTP(S) with urllib: an identifying User-Agent (and the site as Referer),
    SOCIALMAP_TILE_TIMEOUT, no redirects, and nothing of the visitor's (no cookies, no address)."""

    def __init__(self):
        from community.app_settings import app_settings as core_settings

        self.user_agent = app_settings.TILE_USER_AGENT
        self.referer = core_settings.BASE_URL.rstrip("/") + "/"
        self.timeout = float(app_settings.TILE_TIMEOUT)
        self.opener = urllib.request.build_opener(_NoRedirects)

    def fetch(self, url, modified_since=None):
        headers = {"User-Agent": self.user_agent, "Referer": self.referer, "Accept": "image/png,image/*;q=0.8"}
        if modified_since is not None:
            headers["If-Modified-Since"] = http_date(modified_since)
        request = urllib.request.Request(url, headers=headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                if response.status != 200:
                    raise TileError(f"HTTP {response.status}")
                content = response.read(MAX_TILE_BYTES + 1)
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == 304 and modified_since is not None:
                return None
            raise TileError(f"HTTP {error.code}") from error
        except TimeoutError as error:
            raise TileTimeout("timed out") from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise TileTimeout("timed out") from error
            raise TileError(f"unreachable ({error.reason.__class__.__name__})") from error
        except (OSError, ValueError, http.client.HTTPException) as error:  # reset, a broken answer, a bad URL
            raise TileError(error.__class__.__name__) from error
        if len(content) > MAX_TILE_BYTES:
            raise TileError("larger than a tile")
        return content


class BlankTileFetcher:
    """A plain light tile for every square, without any network (demos, tests, offline servers)."""

    def fetch(self, url, modified_since=None):
        return None if modified_since is not None else blank_tile()


@lru_cache(maxsize=1)
def blank_tile(size=256, colour=(242, 239, 233)):
    """A PNG of one colour (OpenStreetMap's land colour by default), built without an image library."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(colour) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size, 9))
        + chunk(b"IEND", b"")
    )


FETCHERS = {"http": HttpTileFetcher, "blank": BlankTileFetcher}


def tile_fetcher_class(name=None):
    name = name or app_settings.TILE_FETCHER
    return FETCHERS.get(name) or import_string(name)


def get_tile_fetcher():
    return tile_fetcher_class()()


# --- The cache --------------------------------------------------------------------------------------


def cache_path(z, x, y):
    """Where tile z/x/y of the current upstream lives in SOCIALMAP_TILE_CACHE_DIR (one folder per
    upstream, so changing it never serves the old server's tiles)."""
    upstream = hashlib.sha256(app_settings.TILE_UPSTREAM.encode()).hexdigest()[:12]
    return app_settings.TILE_CACHE_DIR / upstream / str(z) / str(x) / f"{y}.tile"


def _read(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except OSError:
        return None, None


def _write(path, content):
    """Writes atomically (a temporary file renamed into place), so a worker never reads half a tile."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".part", delete=False) as handle:
            handle.write(content)
        os.replace(handle.name, path)
    except OSError as error:
        logger.warning("Could not cache map tile %s: %s", path, error)


def _touch(path):
    try:
        os.utime(path)
    except OSError as error:
        logger.warning("Could not refresh cached map tile %s: %s", path, error)


def _tile(content, age):
    max_age = app_settings.TILE_MAX_AGE
    return Tile(
        content=content,
        content_type=image_type(content),
        etag=hashlib.blake2b(content, digest_size=12).hexdigest(),
        max_age=max(60, int(max_age - age)) if age is not None else STALE_MAX_AGE,
    )


def get_tile(z, x, y, may_fetch=None):
    """Tile z/x/y from the cache, fetched (or revalidated) from the upstream when missing or older
    than SOCIALMAP_TILE_MAX_AGE. When the upstream fails, a stale copy is served if there is one;
    otherwise TileError (TileTimeout when it did not answer in time). `may_fetch()` is asked before
    going to the upstream (the view's rate limits): when it says no, a stale copy or TileRateLimited."""
    path = cache_path(z, x, y)
    cached, modified = _read(path)
    if cached is not None and image_type(cached) is None:
        cached = modified = None  # a damaged file: fetch it again
    now = time.time()
    if cached is not None and 0 <= now - modified < app_settings.TILE_MAX_AGE:
        return _tile(cached, now - modified)
    if may_fetch is not None and not may_fetch():
        if cached is not None:
            return _tile(cached, None)
        raise TileRateLimited("too many tiles fetched from the upstream")
    try:
        content = get_tile_fetcher().fetch(upstream_url(z, x, y), modified_since=modified)
        if content is None:
            if cached is None:
                raise TileError("not modified, but nothing cached")
            _touch(path)
            return _tile(cached, 0)
        if image_type(content) is None:
            raise TileError("not an image")
    except Exception as error:
        if not isinstance(error, TileError):
            logger.exception("The map tile fetcher failed for %s/%s/%s", z, x, y)
        if cached is not None:
            logger.warning("Serving a stale map tile %s/%s/%s: the upstream failed (%s)", z, x, y, error)
            return _tile(cached, None)
        if isinstance(error, TileError):
            raise
        raise TileError(error.__class__.__name__) from error
    _write(path, content)
    return _tile(content, 0)
