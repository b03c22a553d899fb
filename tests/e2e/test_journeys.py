"""Browser journeys through the public site: a visitor, a new member and an accessibility sweep."""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.axe import axe_check, format_violations

pytestmark = pytest.mark.e2e

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
INFORMATION_PAGE = "/informatie/cjg-deventer/goed-slapen-voor-kinderen/"
PASSWORD = "Vlinder-Regenboog-2026"


def header(page):
    return page.locator("header.site-header")


def test_visitor_journey(page, demo):
    page.goto("/")
    # An English browser (locale en-US) still gets Dutch: the platform speaks Dutch first.
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Samen sterk voor ouders en kinderen in Deventer")
    expect(page.locator(".crisis")).to_contain_text("Direct hulp nodig?")
    expect(page.locator(".crisis__title")).to_be_visible()
    expect(header(page).get_by_role("link", name="Inloggen")).to_be_visible()

    header(page).get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(header(page).get_by_role("link", name="Log in")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/$"))

    header(page).get_by_role("button", name="Nederlands").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(header(page).get_by_role("link", name="Inloggen")).to_be_visible()

    search = header(page).get_by_label("Zoeken")
    expect(search).to_have_attribute("id", "site-search-q")
    search.fill("slapen")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=slapen$"))
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    expect(results.locator("mark").first).to_have_text(re.compile("slapen", re.IGNORECASE))

    first = results.first.get_by_role("link")
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    meta = page.locator(".article__meta")
    expect(meta).to_contain_text(re.compile(r"\d+ (minuten|minuut) lezen"))
    expect(meta).to_contain_text("Laatst gecontroleerd")


def test_sign_up_log_in_and_profile(page, demo):
    email = "nieuwe.ouder@example.org"
    pseudonym = "Lindeboom"
    mail.outbox.clear()  # the demo's verification grants notify their members by mail

    page.goto("/account/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    page.get_by_label("Schuilnaam").fill("bel 0612345678")
    page.get_by_label("E-mail").fill(email)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_health_data_consent").check()
    page.get_by_role("button", name="Registreren").click()

    error = page.locator("#id_pseudonym_error")
    expect(error).to_contain_text("telefoonnummer")
    expect(page.get_by_label("E-mail")).to_have_value(email)
    expect(page.locator("#id_health_data_consent")).to_be_checked()  # what was ticked is kept
    assert not mail.outbox, "no confirmation mail may go out for a rejected sign-up"

    page.get_by_label("Schuilnaam").fill(pseudonym)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Registreren").click()
    expect(page).to_have_url(re.compile(r"/account/confirm-email/$"))  # "check your mail"
    expect(page.locator("main")).to_contain_text(email)

    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    message = mail.outbox[0]
    assert message.to == [email]
    links = re.findall(r"https?://\S+/account/confirm-email/\S+/", message.body)
    assert links, message.body
    link = links[0]
    assert link.startswith(page.url.split("/account/")[0]), f"the confirmation link points elsewhere: {link}"

    page.goto(link)
    expect(page.locator("main")).to_contain_text(email)
    page.locator("main").get_by_role("button", name="Bevestig", exact=True).click()
    expect(header(page).get_by_role("link", name="Mijn profiel")).to_be_visible()

    header(page).get_by_role("button", name="Uitloggen").click()
    expect(header(page).get_by_role("link", name="Inloggen")).to_be_visible()

    page.goto("/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    header(page).get_by_role("link", name="Mijn profiel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn profiel")
    expect(page.locator(".profile-card__name")).to_contain_text(pseudonym)
    expect(page.locator(".profile-card")).to_contain_text(email)


def test_accessibility_of_main_pages(page, demo):
    failures = []
    for path in ["/", INFORMATION_PAGE, "/zoeken/?q=stress", "/account/signup/"]:
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
        violations = axe_check(page)
        if violations:
            failures.append(format_violations(path, violations))
    assert not failures, "\n".join(failures)


def _screenshot(page, path, **options):
    page.screenshot(path=str(path), animations="disabled", **options)
    assert path.exists() and path.stat().st_size > 20_000, f"{path} looks empty ({path.stat().st_size} bytes)"


def test_screenshots_of_home(page, demo):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    _screenshot(page, SCREENSHOTS / "home-phone.png", full_page=True)

    page.goto(INFORMATION_PAGE)
    expect(page.locator(".article__meta")).to_be_visible()
    _screenshot(page, SCREENSHOTS / "information-phone.png", full_page=True)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    _screenshot(page, SCREENSHOTS / "home-desktop.png", full_page=False)
