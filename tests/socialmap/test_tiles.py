"""The map tile proxy (socialmap/tiles.py): real URLs through the test client, a fake upstream.

No test here reaches the internet: the proxy's fetcher is a fake (`FakeTileFetcher`), and the one
real HTTP fetcher is tested against a small server on 127.0.0.1. `_no_internet` makes any other
connection fail the test.
"""

import http.server
import json
import os
import socket
import threading
import time
import zlib

import pytest
from django.urls import reverse

from socialmap import tiles
from socialmap.app_settings import PROXY_TILE_URL, app_settings
from socialmap.checks import check_socialmap_settings

FAKE = "tests.socialmap.test_tiles.FakeTileFetcher"
# Deventer's Brink at zoom 13 and 17; Paris at zoom 13.
DEVENTER_13 = (13, 4236, 2696)
DEVENTER_17 = (17, 67778, 43143)
PARIS_13 = (13, 4149, 2818)
PNG = tiles.blank_tile()
OTHER_PNG = tiles.blank_tile(size=8)


def tile_url(z, x, y):
    return f"/sociale-kaart/kaart/tegels/{z}/{x}/{y}.png"


class FakeTileFetcher:
    """The upstream for the tests: records every fetch; `answer` is the bytes to give, None for "not
    modified", or an exception to raise."""

    calls = []
    answer = PNG

    def fetch(self, url, modified_since=None):
        FakeTileFetcher.calls.append((url, modified_since))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch):
    """Any connection to a host other than this machine fails the test."""
    real = socket.create_connection

    def only_loopback(address, *args, **kwargs):
        if address[0] not in ("127.0.0.1", "localhost"):
            pytest.fail(f"A test tried to connect to {address[0]}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", only_loopback)


@pytest.fixture
def proxy(settings, tmp_path, db):
    """The proxy as shipped (the default SOCIALMAP_TILE_URL), with the fake upstream and a fresh cache."""
    settings.SOCIALMAP_TILE_URL = PROXY_TILE_URL
    settings.SOCIALMAP_TILE_UPSTREAM = "https://tiles.upstream.example/{z}/{x}/{y}.png"
    settings.SOCIALMAP_TILE_FETCHER = FAKE
    settings.SOCIALMAP_TILE_CACHE_DIR = str(tmp_path / "tiles")
    settings.SOCIALMAP_TILE_MAX_AGE = 7 * 24 * 60 * 60
    settings.SOCIALMAP_TILE_BOUNDS = None
    FakeTileFetcher.calls = []
    FakeTileFetcher.answer = PNG
    return FakeTileFetcher


def test_the_default_tile_url_is_the_proxys_own_path():
    assert reverse("socialmap:tile", kwargs={"z": 1, "x": 2, "y": 3}) == PROXY_TILE_URL.format(z=1, x=2, y=3)


def test_a_tile_is_fetched_once_cached_on_disk_and_cacheable_by_browsers(client, proxy, settings):
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content == PNG
    assert response["Cache-Control"] == "public, max-age=604800"
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert proxy.calls == [("https://tiles.upstream.example/13/4236/2696.png", None)]
    cached = tiles.cache_path(*DEVENTER_13)
    assert cached.is_relative_to(settings.SOCIALMAP_TILE_CACHE_DIR) and cached.read_bytes() == PNG

    again = client.get(tile_url(*DEVENTER_13))
    assert again.content == PNG and again["ETag"] == response["ETag"]
    assert len(proxy.calls) == 1  # from the cache

    unchanged = client.get(tile_url(*DEVENTER_13), HTTP_IF_NONE_MATCH=response["ETag"])
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert len(proxy.calls) == 1


def test_the_upstream_never_learns_about_the_visitor(client, proxy, member):
    client.force_login(member)
    client.get(tile_url(*DEVENTER_17), HTTP_X_FORWARDED_FOR="203.0.113.9", HTTP_USER_AGENT="Visitor's browser")
    # The fetcher gets only the tile's URL: no cookie, no address, no header of the visitor's.
    assert proxy.calls == [("https://tiles.upstream.example/17/67778/43143.png", None)]


@pytest.mark.parametrize(
    "zxy",
    [
        (20, 0, 0),  # beyond zoom 19
        (25, 0, 0),
        (1, 2, 0),  # x beyond 2^z - 1
        (1, 0, 2),
        (3, 8, 0),
        PARIS_13,  # outside the served area above zoom 6
    ],
)
def test_tiles_out_of_range_are_404_without_asking_the_upstream(client, proxy, zxy):
    response = client.get(tile_url(*zxy))
    assert response.status_code == 404
    assert response.content == b""
    assert proxy.calls == []


def test_absurd_numbers_and_negative_coordinates_are_404(client, proxy):
    assert client.get(tile_url(13, 10**30, 1)).status_code == 404
    assert client.get("/sociale-kaart/kaart/tegels/13/-1/2696.png").status_code == 404
    assert client.get("/sociale-kaart/kaart/tegels/13/4236/2696.jpg").status_code == 404
    assert proxy.calls == []


def test_low_zoom_levels_cover_the_world_and_the_bounds_can_be_narrowed(client, proxy, settings):
    assert client.get(tile_url(0, 0, 0)).status_code == 200
    assert client.get(tile_url(6, 32, 22)).status_code == 200  # Paris at zoom 6
    assert client.get(tile_url(*DEVENTER_17)).status_code == 200
    # Only Amsterdam: Deventer is then out of bounds.
    settings.SOCIALMAP_TILE_BOUNDS = ("52.30", "4.75", "52.45", "5.05")
    assert client.get(tile_url(*DEVENTER_17)).status_code == 404
    assert client.get(tile_url(13, 4207, 2692)).status_code == 200  # Amsterdam at zoom 13


def test_the_tile_that_holds_the_bounds_corner_is_served():
    south, west, north, east = tiles.tile_bounds()
    for z in (7, 12, 19):
        assert tiles.tile_allowed(z, tiles._tile_x(west, z), tiles._tile_y(north, z))
        assert tiles.tile_allowed(z, tiles._tile_x(east, z), tiles._tile_y(south, z))
        assert not tiles.tile_allowed(z, tiles._tile_x(east, z) + 1, tiles._tile_y(south, z))
        assert not tiles.tile_allowed(z, tiles._tile_x(west, z), tiles._tile_y(north, z) - 1)


def test_post_is_not_allowed(client, proxy):
    assert client.post(tile_url(*DEVENTER_13)).status_code == 405
    assert client.head(tile_url(*DEVENTER_13)).status_code == 200


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        (tiles.TileTimeout("timed out"), 504),
        (tiles.TileError("HTTP 429 <html>Too many requests from 198.51.100.1</html>"), 502),
        (RuntimeError("a bug in a custom fetcher"), 502),
        (b"<html><script>alert(1)</script></html>", 502),  # not an image: never passed on
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 502),
    ],
)
def test_upstream_failure_is_a_bare_502_or_504_and_nothing_is_cached(client, proxy, answer, status):
    proxy.answer = answer
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == status
    assert response.content == b""
    assert response["Cache-Control"] == "no-store"
    assert not tiles.cache_path(*DEVENTER_13).exists()


def _age(path, seconds):
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_a_stale_tile_is_revalidated_and_kept_when_not_modified(client, proxy):
    client.get(tile_url(*DEVENTER_13))
    path = tiles.cache_path(*DEVENTER_13)
    _age(path, 8 * 24 * 60 * 60)
    old_mtime = path.stat().st_mtime

    proxy.answer = None  # "304 Not Modified"
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == 200 and response.content == PNG
    assert proxy.calls[-1][1] == pytest.approx(old_mtime)
    assert path.stat().st_mtime > old_mtime + 60  # fresh again for another 7 days
    assert response["Cache-Control"] == "public, max-age=604800"


def test_a_stale_tile_is_replaced_by_a_new_one(client, proxy):
    client.get(tile_url(*DEVENTER_13))
    _age(tiles.cache_path(*DEVENTER_13), 8 * 24 * 60 * 60)
    proxy.answer = OTHER_PNG
    assert client.get(tile_url(*DEVENTER_13)).content == OTHER_PNG
    assert client.get(tile_url(*DEVENTER_13)).content == OTHER_PNG
    assert len(proxy.calls) == 2


def test_a_stale_tile_is_served_briefly_when_the_upstream_fails(client, proxy):
    client.get(tile_url(*DEVENTER_13))
    _age(tiles.cache_path(*DEVENTER_13), 8 * 24 * 60 * 60)
    proxy.answer = tiles.TileTimeout("timed out")
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == 200 and response.content == PNG
    assert response["Cache-Control"] == f"public, max-age={tiles.STALE_MAX_AGE}"


def test_a_damaged_cache_file_is_fetched_again(client, proxy):
    path = tiles.cache_path(*DEVENTER_13)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"half a til")
    assert client.get(tile_url(*DEVENTER_13)).content == PNG
    assert path.read_bytes() == PNG


def test_an_unwritable_cache_still_serves_the_tile(client, proxy, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.SOCIALMAP_TILE_CACHE_DIR = str(blocker)
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == 200 and response.content == PNG


def test_another_upstream_gets_its_own_cache(client, proxy, settings):
    client.get(tile_url(*DEVENTER_13))
    settings.SOCIALMAP_TILE_UPSTREAM = "https://other.upstream.example/{z}/{x}/{y}.png"
    client.get(tile_url(*DEVENTER_13))
    assert [url for url, _ in proxy.calls] == [
        "https://tiles.upstream.example/13/4236/2696.png",
        "https://other.upstream.example/13/4236/2696.png",
    ]


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("SOCIALMAP_TILE_URL", "https://tiles.gemeente.example/{z}/{x}/{y}.png"),  # the operator's own server
        ("SOCIALMAP_TILE_URL", "/static/tiles/{z}/{x}/{y}.png"),
        ("SOCIALMAP_TILE_UPSTREAM", ""),
    ],
)
def test_the_proxy_is_off_when_the_browser_is_sent_elsewhere(client, proxy, settings, setting, value):
    setattr(settings, setting, value)
    assert client.get(tile_url(*DEVENTER_13)).status_code == 404
    assert proxy.calls == []


def test_the_blank_fetcher_never_leaves_the_machine(client, proxy, settings):
    settings.SOCIALMAP_TILE_FETCHER = "blank"
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == 200 and response.content == tiles.blank_tile()


def test_the_blank_tile_is_a_real_png():
    png = tiles.blank_tile()
    assert tiles.image_type(png) == "image/png"
    assert png[12:16] == b"IHDR" and int.from_bytes(png[16:20], "big") == 256
    idat_length = int.from_bytes(png[33:37], "big")
    assert png[37:41] == b"IDAT"
    assert len(zlib.decompress(png[41 : 41 + idat_length])) == 256 * (1 + 256 * 3)


def test_the_map_pages_send_the_browser_to_the_proxy_and_the_csp_names_no_other_host(client, smap, settings):
    from django.conf import settings as django_settings

    assert app_settings.TILE_URL == PROXY_TILE_URL
    response = client.get("/sociale-kaart/kaart/")
    assert json.loads(response.context["map_config"])["tiles"] == PROXY_TILE_URL
    policy = response["Content-Security-Policy"]
    img_src = next(part.split() for part in policy.split(";") if part.split()[:1] == ["img-src"])
    assert img_src == ["img-src", "'self'", "data:"]
    assert "openstreetmap" not in django_settings.WIJKPLEIN_CSP + django_settings.WIJKPLEIN_ADMIN_CSP
    assert django_settings.LEAFLET_CONFIG["TILES"] == PROXY_TILE_URL


# --- The real HTTP fetcher, against a server on this machine -----------------------------------------


class _Upstream(http.server.BaseHTTPRequestHandler):
    requests = []

    def do_GET(self):  # noqa: N802 - http.server's name
        _Upstream.requests.append((self.path, dict(self.headers)))
        if self.path.startswith("/moved/"):
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:1/elsewhere")
            self.end_headers()
        elif self.path.startswith("/slow/"):
            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()
        elif self.path.startswith("/busy/"):
            self.send_response(429)
            self.end_headers()
            self.wfile.write(b"<html>slow down</html>")
        elif self.headers.get("If-Modified-Since"):
            self.send_response(304)
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

    def log_message(self, *args):
        pass


@pytest.fixture
def upstream():
    _Upstream.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_http_fetcher_identifies_the_site_and_revalidates(upstream, settings):
    settings.SOCIALMAP_TILE_USER_AGENT = "wijkplein-test (beheer@wijkplein.example)"
    settings.WIJKPLEIN_BASE_URL = "https://wijkplein.example"
    fetcher = tiles.HttpTileFetcher()
    assert fetcher.fetch(f"{upstream}/1/2/3.png") == PNG
    path, headers = _Upstream.requests[0]
    assert path == "/1/2/3.png"
    assert headers["User-Agent"] == "wijkplein-test (beheer@wijkplein.example)"
    assert headers["Referer"] == "https://wijkplein.example/"
    assert "Cookie" not in headers and "X-Forwarded-For" not in headers
    assert fetcher.fetch(f"{upstream}/1/2/3.png", modified_since=time.time() - 3600) is None
    assert "GMT" in _Upstream.requests[1][1]["If-Modified-Since"]


def test_http_fetcher_user_agent_falls_back_to_nominatims_then_the_site(settings):
    settings.SOCIALMAP_TILE_USER_AGENT = ""
    settings.SOCIALMAP_NOMINATIM_USER_AGENT = "wijkplein.nl (beheer@wijkplein.nl)"
    assert tiles.HttpTileFetcher().user_agent == "wijkplein.nl (beheer@wijkplein.nl)"
    settings.SOCIALMAP_NOMINATIM_USER_AGENT = ""
    settings.WIJKPLEIN_BASE_URL = "https://wijkplein.nl"
    assert tiles.HttpTileFetcher().user_agent == "Wijkplein (https://wijkplein.nl)"


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/moved/1/2/3.png", tiles.TileError),  # redirects are not followed
        ("/busy/1/2/3.png", tiles.TileError),
        ("/slow/1/2/3.png", tiles.TileTimeout),
    ],
)
def test_http_fetcher_failures_are_tile_errors(upstream, settings, path, error):
    settings.SOCIALMAP_TILE_TIMEOUT = 0.5
    with pytest.raises(error):
        tiles.HttpTileFetcher().fetch(upstream + path)
    assert [request[0] for request in _Upstream.requests] == [path]


def test_http_fetcher_unreachable_upstream_is_a_tile_error(settings):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(tiles.TileError):
        tiles.HttpTileFetcher().fetch(f"http://127.0.0.1:{port}/1/2/3.png")


def test_the_proxy_through_the_http_fetcher_end_to_end(client, proxy, settings, upstream):
    settings.SOCIALMAP_TILE_FETCHER = "http"
    settings.SOCIALMAP_TILE_UPSTREAM = upstream + "/{z}/{x}/{y}.png"
    response = client.get(tile_url(*DEVENTER_13))
    assert response.status_code == 200 and response.content == PNG
    settings.SOCIALMAP_TILE_UPSTREAM = upstream + "/busy/{z}/{x}/{y}.png"
    response = client.get(tile_url(*DEVENTER_17))
    assert response.status_code == 502 and b"slow down" not in response.content


# --- Checks -----------------------------------------------------------------------------------------


def test_the_defaults_pass_the_checks():
    assert check_socialmap_settings() == []


@pytest.mark.parametrize(
    ("setting", "value", "check_id"),
    [
        ("SOCIALMAP_TILE_UPSTREAM", "ftp://tiles.example/{z}/{x}/{y}.png", "socialmap.E012"),
        ("SOCIALMAP_TILE_UPSTREAM", "https://tiles.example/{z}/{x}.png", "socialmap.E012"),
        ("SOCIALMAP_TILE_UPSTREAM", "https://{s}.tiles.example/{z}/{x}/{y}.png", "socialmap.E012"),
        ("SOCIALMAP_TILE_FETCHER", "does.not.Exist", "socialmap.E013"),
        ("SOCIALMAP_TILE_FETCHER", "socialmap.tiles.Tile", "socialmap.E013"),
        ("SOCIALMAP_TILE_MAX_AGE", -1, "socialmap.E014"),
        ("SOCIALMAP_TILE_MAX_AGE", "een week", "socialmap.E014"),
        ("SOCIALMAP_TILE_TIMEOUT", 0, "socialmap.E015"),
        ("SOCIALMAP_TILE_BOUNDS", (53.7, 3.2, 50.7, 7.3), "socialmap.E016"),
        ("SOCIALMAP_TILE_BOUNDS", "Deventer", "socialmap.E016"),
        ("SOCIALMAP_TILE_BOUNDS", ["52.1", "6.0", "52.4"], "socialmap.E016"),
        ("SOCIALMAP_TILE_FETCH_RATE", "veel", "socialmap.E017"),
        ("SOCIALMAP_TILE_FETCH_RATE_ALL", "3000/eeuw", "socialmap.E017"),
        ("SOCIALMAP_TILE_MAX_AGE", 24 * 60 * 60, "socialmap.W002"),
        ("SOCIALMAP_TILE_USER_AGENT", "Wijkplein", "socialmap.W003"),
    ],
)
def test_checks_catch_bad_tile_settings(settings, setting, value, check_id):
    settings.SOCIALMAP_TILE_FETCHER = "http"  # OpenStreetMap's politeness checks apply to real fetches
    setattr(settings, setting, value)
    problems = check_socialmap_settings()
    assert [problem.id for problem in problems] == [check_id]
    assert setting in problems[0].msg


def test_bounds_from_the_environment_are_strings_and_pass(settings):
    settings.SOCIALMAP_TILE_BOUNDS = ["52.15", "6.0", "52.35", "6.35"]
    assert check_socialmap_settings() == []
    assert tiles.tile_bounds() == (52.15, 6.0, 52.35, 6.35)


def test_osm_policy_warnings_only_when_the_proxy_fetches_from_osm(settings):
    settings.SOCIALMAP_TILE_MAX_AGE = 60
    settings.SOCIALMAP_TILE_USER_AGENT = "Wijkplein"
    settings.SOCIALMAP_TILE_UPSTREAM = "https://tiles.gemeente.example/{z}/{x}/{y}.png"
    assert check_socialmap_settings() == []
    settings.SOCIALMAP_TILE_UPSTREAM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    settings.SOCIALMAP_TILE_FETCHER = "blank"
    assert check_socialmap_settings() == []
    settings.SOCIALMAP_TILE_FETCHER = "http"
    settings.SOCIALMAP_TILE_URL = "https://tiles.gemeente.example/{z}/{x}/{y}.png"
    assert check_socialmap_settings() == []


@pytest.mark.parametrize(
    ("tile_url_env", "img_src"),
    [
        (None, "img-src 'self' data:"),
        ("https://tiles.gemeente.example/{z}/{x}/{y}.png", "img-src 'self' data: https://tiles.gemeente.example"),
    ],
)
def test_the_csp_names_a_tile_host_only_for_an_operators_own_tile_server(tile_url_env, img_src):
    """The settings module read afresh, as a server starts: with and without SOCIALMAP_TILE_URL."""
    import subprocess
    import sys

    environment = {key: value for key, value in os.environ.items() if key != "SOCIALMAP_TILE_URL"}
    if tile_url_env:
        environment["SOCIALMAP_TILE_URL"] = tile_url_env
    environment["DJANGO_SETTINGS_MODULE"] = "community.settings.test"
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WIJKPLEIN_CSP); print(settings.WIJKPLEIN_ADMIN_CSP)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    for policy in output:
        sources = next(part.strip() for part in policy.split(";") if part.strip().startswith("img-src"))
        assert sources.removesuffix(" blob:") == img_src


def test_fetches_from_the_upstream_are_rate_limited_but_cached_tiles_are_not(client, proxy, settings):
    settings.SOCIALMAP_TILE_FETCH_RATE = "2/m/ip"
    settings.SOCIALMAP_TILE_FETCH_RATE_ALL = "3/h/key"
    first, second, third = (13, 4236, 2696), (13, 4237, 2696), (13, 4238, 2696)
    assert client.get(tile_url(*first)).status_code == 200
    assert client.get(tile_url(*second)).status_code == 200
    refused = client.get(tile_url(*third))
    assert refused.status_code == 429 and refused["Retry-After"] == "60" and refused.content == b""
    assert len(proxy.calls) == 2  # the third never reached the upstream
    for _ in range(5):  # tiles already in the cache keep coming
        assert client.get(tile_url(*first)).status_code == 200
    # Another client has its own allowance, but the whole site has one too.
    assert client.get(tile_url(*third), REMOTE_ADDR="198.51.100.7").status_code == 200
    assert client.get(tile_url(13, 4239, 2696), REMOTE_ADDR="198.51.100.8").status_code == 429
