"""Browser journey through the social map: near a postcode, filters, map and list, a service page.

Map tiles come from the live server's own tile proxy (the default SOCIALMAP_TILE_URL), whose
upstream is the "blank" fetcher (one plain tile for every square, no network): the browser fixture
fails on any request to another host.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import axe_check, format_violations

pytestmark = pytest.mark.e2e

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), animations="disabled", full_page=False)


TILE_PROXY = "/sociale-kaart/kaart/tegels/"


@pytest.fixture
def local_tiles(settings, tmp_path):
    """The tile proxy as shipped, fetching from nowhere: the server never reaches the internet either."""
    settings.SOCIALMAP_TILE_URL = TILE_PROXY + "{z}/{x}/{y}.png"
    settings.SOCIALMAP_TILE_FETCHER = "blank"
    settings.SOCIALMAP_TILE_CACHE_DIR = str(tmp_path / "tiles")


def expect_tiles_through_the_proxy(page):
    tile = page.locator("img.leaflet-tile-loaded").first
    expect(tile).to_have_attribute("src", re.compile(rf"^{TILE_PROXY}\d+/\d+/\d+\.png$"))
    assert tile.evaluate("image => image.naturalWidth") == 256


def test_find_help_near_a_postcode_filter_switch_views_and_open_a_service(page, demo, local_tiles):
    page.goto("/")
    page.locator("header.site-header").get_by_role("link", name="Sociale kaart").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sociale kaart: hulp bij jou in de buurt")

    # Near a postcode: sorted by distance, each with its distance and whether it is open.
    page.get_by_label("In de buurt van (postcode of adres)").fill("7411 AB")
    page.get_by_role("button", name="Toon hulp").click()
    expect(page.locator(".sm-results__count")).to_contain_text("in de buurt van 7411 AB")
    first = page.locator(".sm-result").first
    expect(first.locator(".sm-fact--distance")).to_have_text(re.compile(r"^\d+ m$|^\d+,\d km$"))
    expect(first.locator(".sm-fact--open, .sm-fact--closed")).to_be_visible()

    violations = axe_check(page)
    assert not violations, format_violations(page.url, violations)
    _screenshot(page, "socialmap-list-desktop.png")

    # Filter on a category and "open now" (the Luisterlijn is open day and night).
    page.get_by_label("Waar zoek je hulp bij?").select_option(label="Stress en spanning")
    page.get_by_label("Nu open").check()
    page.get_by_role("button", name="Toon hulp").click()
    expect(page).to_have_url(re.compile(r"category=stress.*open_now=on"))
    results = page.locator(".sm-result")
    expect(results.filter(has_text="Luisterlijn dag en nacht")).to_have_count(1)
    page.wait_for_load_state("domcontentloaded")  # count() does not wait: the whole list first
    for index in range(results.count()):
        expect(results.nth(index).locator(".sm-fact--open")).to_have_text("Nu open")
    expect(page.get_by_label("In de buurt van (postcode of adres)")).to_have_value("7411 AB")

    # Switch to the map: clustered markers from the GeoJSON endpoint, same filters.
    page.get_by_role("link", name="Kaart", exact=True).click()
    expect(page).to_have_url(re.compile(r"/sociale-kaart/kaart/\?.*category=stress"))
    map_box = page.locator("[data-sm-map]")
    expect(map_box).to_have_attribute("data-sm-loaded", re.compile(r"^[1-9]\d*$"))
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    expect(page.locator(".sm-map__fallback")).to_have_count(0)
    expect_tiles_through_the_proxy(page)
    _screenshot(page, "socialmap-map-desktop.png")
    violations = axe_check(page)
    assert not violations, format_violations(page.url, violations)

    # And back to the list, then open a service.
    page.get_by_role("link", name="Lijst", exact=True).click()
    expect(page.get_by_label("Nu open")).to_be_checked()
    page.locator(".sm-result").filter(has_text="Luisterlijn dag en nacht").get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Luisterlijn dag en nacht")
    contact = page.locator(".sm-contact")
    expect(contact.get_by_role("heading", name="Neem contact op")).to_be_visible()
    expect(contact.get_by_role("link", name=re.compile(r"088"))).to_have_attribute("href", re.compile(r"^tel:"))
    expect(page.locator(".sm-hours")).to_contain_text("zondag")
    expect(page.locator("[data-sm-detail-map]")).to_have_attribute("data-sm-loaded", "1")
    expect_tiles_through_the_proxy(page)
    violations = axe_check(page)
    assert not violations, format_violations(page.url, violations)


def test_use_my_location_and_unknown_postcode(page, demo, local_tiles):
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": 52.2516, "longitude": 6.2293})  # Colmschate
    page.goto("/sociale-kaart/")
    page.get_by_role("button", name="Gebruik mijn locatie").click()
    expect(page).to_have_url(re.compile(r"lat=52\.2516"))
    expect(page.locator(".sm-results__count")).to_contain_text("in de buurt van jouw locatie")
    expect(page.locator(".sm-result").first).to_contain_text("Colmschate")

    page.get_by_label("In de buurt van (postcode of adres)").fill("9999 ZZ")
    page.get_by_role("button", name="Toon hulp").click()
    expect(page.locator("#id_near_error")).to_contain_text("We kennen postcode 9999 ZZ niet")
    expect(page.get_by_label("In de buurt van (postcode of adres)")).to_have_value("9999 ZZ")
