"""Nothing from other websites: every kind of page, for every role, loads only from this site.

The footer promises that Wijkplein loads nothing from other websites (no fonts, scripts, map tiles
or avatars from elsewhere): each request would tell another company who visits which page. This
journey walks the public pages, a member's pages, a professional's, and the Wagtail admin of an
administrator and of a partner's editor (every item in their admin menu, and the edit screens),
recording every request and websocket Chromium opens. Any whose host is not the live server's
fails the test, and so does any element on a page that would load from elsewhere (an image,
script, stylesheet, frame, preconnect...). The browser fixture also aborts and reports foreign
requests, and reports Content-Security-Policy violations.

The ASGI live server serves the pages (so the chat's websocket works too); the social map's tiles
come through the tile proxy with the "blank" fetcher, which never reaches the internet.
"""

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.second_factor import force_login_with_second_factor

pytestmark = pytest.mark.e2e

MEMBER = "ouder@wijkplein.example"
PROFESSIONAL = "professional@wijkplein.example"
ADMINISTRATOR = "beheerder@wijkplein.example"
PARTNER_EDITOR = "redacteur.cjg@wijkplein.example"
# How long to wait for a page's late requests (tiles, fetches after load) once it has loaded.
SETTLE_MS = 3_000
# Everything on a page that makes the browser fetch something by itself, as absolute URLs.
RESOURCES_JS = """() => {
  const urls = [];
  const add = (value) => { if (value) urls.push(new URL(value, document.baseURI).href); };
  const addSet = (value) => (value || "").split(",").forEach((part) => add(part.trim().split(/\\s+/)[0]));
  document.querySelectorAll("img, source").forEach((e) => { add(e.getAttribute("src")); addSet(e.getAttribute("srcset")); });
  document.querySelectorAll("script[src], iframe[src], embed[src], video[src], audio[src], track[src]")
    .forEach((e) => add(e.getAttribute("src")));
  document.querySelectorAll("video[poster]").forEach((e) => add(e.getAttribute("poster")));
  document.querySelectorAll("object[data]").forEach((e) => add(e.getAttribute("data")));
  document.querySelectorAll("link[href]").forEach((e) => {
    const rel = (e.getAttribute("rel") || "").toLowerCase();
    if (/stylesheet|icon|preload|prefetch|preconnect|dns-prefetch|modulepreload|manifest/.test(rel)) add(e.getAttribute("href"));
  });
  return urls;
}"""


@pytest.fixture
def offline_tiles(settings, tmp_path):
    """The tile proxy as shipped (the default SOCIALMAP_TILE_URL), fetching from nowhere."""
    settings.SOCIALMAP_TILE_URL = "/sociale-kaart/kaart/tegels/{z}/{x}/{y}.png"
    settings.SOCIALMAP_TILE_FETCHER = "blank"
    settings.SOCIALMAP_TILE_CACHE_DIR = str(tmp_path / "tiles")


class Scan:
    """Every request and websocket the browser opens, with the page that was being visited."""

    def __init__(self, server_url):
        self.origin = urlsplit(server_url).netloc
        self.current = ""
        self.requests = []
        self.visited = []
        self.foreign_elements = []

    def own(self, url):
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            return True
        return parts.scheme in ("http", "https", "ws", "wss") and parts.netloc == self.origin

    def watch(self, page):
        page.context.on("request", lambda request: self.requests.append((self.current, request.url)))
        page.on("websocket", lambda socket: self.requests.append((self.current, socket.url)))
        return page

    def visit(self, page, url, *, expect_status=None, settle=False):
        """Open `url` and check what it loads. `settle` also waits for the requests a page makes
        after it has loaded (the map's markers and tiles); without it, late requests are still
        recorded, under the next page's name."""
        self.current = url
        response = page.goto(url)
        assert response is not None, f"{url}: no response"
        if expect_status is not None:
            assert response.status == expect_status, f"{url}: {response.status}"
        else:
            assert response.status < 400, f"{url}: {response.status}"
        if settle:
            try:
                page.wait_for_load_state("networkidle", timeout=SETTLE_MS)
            except PlaywrightTimeout:
                pass  # a page that keeps talking to us (the chat) is still checked below
        self.visited.append(url)
        self.foreign_elements += [(url, found) for found in page.evaluate(RESOURCES_JS) if not self.own(found)]

    def foreign(self):
        return [(where, url) for where, url in self.requests if not self.own(url)]

    def assert_clean(self):
        problems = [f"  {url}  (on {where})" for where, url in self.foreign()]
        problems += [f"  {url}  (an element on {where})" for where, url in self.foreign_elements]
        assert not problems, "Loaded from another host:\n" + "\n".join(problems)


def signed_in(open_page, server, scan, email):
    """A browser context signed in as `email` (with the second step done, for the staff roles)."""
    user = get_user_model().objects.get(email=email)
    client = Client()
    force_login_with_second_factor(client, user)
    page = scan.watch(open_page())
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": django_settings.SESSION_COOKIE_NAME, "value": cookie, "url": server.url}])
    return page


def sidebar(page):
    """The admin menu as this user sees it (every link in Wagtail's sidebar but "log out") and
    the avatar picture it shows."""
    props = json.loads(page.locator("#wagtail-sidebar-props").text_content())
    urls, avatars = [], []

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "url" and isinstance(item, str) and item.startswith("/admin/") and "logout" not in item:
                    urls.append(item)
                elif key == "avatarUrl":
                    avatars.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return list(dict.fromkeys(urls)), avatars


def public_urls():
    from forum.links import topic_url
    from socialmap.models import Service

    service = Service.objects.published().first()
    return [
        "/",
        "/sociale-kaart/",
        service.get_absolute_url(),
        "/hulp-vinden/",
        "/forum/",
        _topic_url(topic_url),
        "/zelfhulp-cursussen/",
        "/chat/",
        "/zoeken/?q=slapen",
        "/privacyverklaring/",
        "/account/login/",
        "/account/signup/",
    ]


def _topic_url(topic_url):
    from machina.core.db.models import get_model

    from forum.models import PrivateSpace

    private = PrivateSpace.objects.values("forum")
    topic = get_model("forum_conversation", "Topic").objects.filter(approved=True).exclude(forum__in=private).first()
    return topic_url(topic)


def member_urls(member):
    from forum.chat.models import Room
    from selfhelp.models import Enrolment, LessonPage
    from socialmap.mailbox.models import Thread

    enrolment = Enrolment.objects.filter(user=member).first()
    lessons = LessonPage.objects.live()
    lesson = (lessons.descendant_of(enrolment.course).first() if enrolment else None) or lessons.first()
    thread = Thread.objects.filter(member=member).first()
    room = Room.objects.filter(kind=Room.Kind.GROUP).exclude(slug=None).first()
    answers = "wijk=colmschate&voor=parent&leeftijd=3&onderwerp=stress&hulpverlener=professional&vorm=in_person"
    urls = [
        "/profiel/",
        "/profiel/bewerken/",
        "/profiel/privacy/",
        "/meldingen/",
        "/meldingen/instellingen/",
        "/berichten/",
        "/chat/",
        f"{reverse('matching:results')}?{answers}",
        reverse("matching:saved"),
        lesson.url,
    ]
    if thread is not None:
        urls.append(reverse("mailbox:thread", args=[thread.public_id]))
    if room is not None:
        urls.append(reverse("chat:room", args=[room.slug]))  # opens the chat's websocket
    return urls


def admin_edit_urls():
    from wagtail.models import Page

    from socialmap.models import Location, Service

    home = Page.objects.get(depth=2)
    return [
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/{home.pk}/",
        f"/admin/socialmap/locations/edit/{Location.objects.first().pk}/",  # the map widget
        f"/admin/socialmap/services/edit/{Service.objects.first().pk}/",
        f"/admin/users/edit/{get_user_model().objects.get(email=MEMBER).pk}/",
        "/admin/account/",
        "/django-admin/",
    ]


def test_no_page_loads_anything_from_another_host(asgi_browser_context, asgi_live_server, demo, offline_tiles):
    scan = Scan(asgi_live_server.url)

    # A visitor: the public pages, the map (tiles through the proxy) and an error page.
    visitor = scan.watch(asgi_browser_context())
    for url in public_urls():
        scan.visit(visitor, url, settle=url.startswith("/sociale-kaart/hulp/"))
    scan.visit(visitor, "/sociale-kaart/kaart/", settle=True)
    expect(visitor.locator("img.leaflet-tile-loaded").first).to_be_visible()
    scan.visit(visitor, "/deze-pagina-bestaat-niet/", expect_status=404)

    # A member (a parent) and a professional.
    member = get_user_model().objects.get(email=MEMBER)
    member_page = signed_in(asgi_browser_context, asgi_live_server, scan, MEMBER)
    for url in member_urls(member):
        scan.visit(member_page, url, settle=url.startswith("/chat/groep/"))
    professional = signed_in(asgi_browser_context, asgi_live_server, scan, PROFESSIONAL)
    for url in ("/berichten/inbox/", "/chat/dienst/"):
        scan.visit(professional, url)

    # The administrator: the dashboard, every item of the admin menu, and the edit screens.
    administrator = signed_in(asgi_browser_context, asgi_live_server, scan, ADMINISTRATOR)
    scan.visit(administrator, "/admin/", settle=True)
    menu, avatars = sidebar(administrator)
    assert len(menu) >= 10, menu
    # No Gravatar (WAGTAIL_GRAVATAR_PROVIDER_URL = None): the avatar is Wagtail's own default picture.
    assert avatars and all(scan.own(urljoin(asgi_live_server.url, url)) for url in avatars), avatars
    assert not any("gravatar" in url for url in avatars), avatars
    for url in dict.fromkeys(menu + admin_edit_urls()):
        if url not in scan.visited:
            scan.visit(administrator, url, settle="/locations/edit/" in url)

    # A partner's editor: their dashboard and the items of their admin menu the administrator's
    # walk did not already show (the same screens, with less in them).
    editor = signed_in(asgi_browser_context, asgi_live_server, scan, PARTNER_EDITOR)
    scan.visit(editor, "/admin/")
    editor_menu, _avatars = sidebar(editor)
    for url in editor_menu:
        if url not in scan.visited:
            scan.visit(editor, url)

    scan.assert_clean()
    # The scan saw what it claims to have seen: the tiles (through the proxy) and the admin's assets.
    seen = [url for _where, url in scan.requests]
    assert any(re.search(r"/sociale-kaart/kaart/tegels/\d+/\d+/\d+\.png$", url) for url in seen)
    assert any("/static/wagtailadmin/" in url for url in seen)
    assert len(scan.visited) >= 40, scan.visited
