"""Browser journey on a phone through the example plugin (the neighbourhood agenda): a parent finds
what is on in their neighbourhood, says they will come, and finds it back on their own page."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import _new_page
from tests.e2e.test_selfhelp import DEMO_PASSWORD

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not __import__("django.apps", fromlist=["apps"]).apps.is_installed("wijkplein_agenda"),
        reason="the example plugin is installed by make test",
    ),
]


@pytest.fixture
def phone(browser, live_server, page_problems):
    context, page = _new_page(browser, live_server, page_problems, viewport={"width": 390, "height": 844})
    yield page
    context.close()


def test_a_parent_finds_an_activity_nearby_and_says_they_will_come(phone, demo):
    import datetime

    from django.apps import apps
    from django.utils import timezone

    from community.partners.models import Neighbourhood, PartnerOrganisation

    # Starting in a minute, so it is "this week" whatever the day the suite runs.
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(minutes=1)
    apps.get_model("wijkplein_agenda", "Activity").objects.create(
        partner=PartnerOrganisation.objects.get(slug="cjg-deventer"),
        title="Koffieochtend voor ouders",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        location="Wijkcentrum De Kribbe",
        neighbourhood=Neighbourhood.objects.get(name="Rivierenwijk"),
        published=True,
    )
    page = phone
    page.goto("/account/login/?next=/")
    page.get_by_label("E-mail").fill("ouder@wijkplein.example")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/$"))

    # The plugin's menu item, in the collapsed phone menu.
    page.get_by_role("button", name="Menu").click()
    page.locator("#site-nav").get_by_role("link", name="Agenda").click()
    expect(page).to_have_url(re.compile(r"/plugins/agenda/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    # Filter on a neighbourhood without JavaScript (a plain GET form).
    page.get_by_label("Wijk", exact=True).select_option(label="Rivierenwijk")
    page.locator("form.agenda-filter button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"wijk=rivierenwijk"))
    page.get_by_role("link", name="Koffieochtend voor ouders").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Koffieochtend voor ouders")

    page.get_by_role("button", name="Ik kom").click()
    expect(page.locator("main")).to_contain_text("Leuk dat je komt")

    # Their own page shows it in the agenda's panel.
    page.goto("/profiel/")
    panel = page.locator("[data-panel^='agenda']")
    expect(panel).to_contain_text("Koffieochtend voor ouders")
