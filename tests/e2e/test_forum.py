"""Browser journey through the forum: a parent replies and reports a post; a moderator handles it."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from community.accounts.management.commands.demo_code import demo_code
from tests.e2e.axe import axe_check, format_violations

pytestmark = pytest.mark.e2e

PASSWORD = "Wijkplein-demo-2026"
SECOND_STEP_ACCOUNTS = {"moderator@wijkplein.example"}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TOPIC = "Onze peuter wil niet alleen inslapen"
FORUM_URL = re.compile(r"/forum/forum/slapen-\d+/$")
TOPIC_URL = re.compile(r"/forum/forum/slapen-\d+/topic/[\w-]+-\d+/$")


def log_in(page, email):
    page.context.clear_cookies()
    page.goto("/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    if email in SECOND_STEP_ACCOUNTS:
        # Moderators use an authenticator app: the demo's accounts share a documented secret.
        expect(page).to_have_url(re.compile(r"/account/2fa/authenticate/"))
        page.get_by_label("Code").fill(demo_code())
        page.locator("main").get_by_role("button").first.click()
    expect(page.locator("header.site-header").get_by_role("link", name="Mijn profiel")).to_be_visible()


def test_reply_report_and_moderate(page, demo):
    log_in(page, "ouder@wijkplein.example")
    page.goto("/forum/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Forum")
    page.get_by_role("link", name="Slapen", exact=True).click()
    page.get_by_role("link", name=TOPIC).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TOPIC)
    # The badge component shows the verified professional.
    expect(page.locator(".post").filter(has_text="Jeugdverpleegkundige Anouk").locator(".badge")).to_be_visible()

    page.get_by_role("link", name="Reageer").first.click()
    page.get_by_label("Bericht").fill("Wij hebben het ook met de stoel gedaan. Succes!")
    page.get_by_role("button", name="Plaats reactie").click()
    expect(page.locator(".post").last).to_contain_text("Wij hebben het ook met de stoel gedaan.")

    # Report another parent's post.
    other = page.locator(".post").filter(has_text="stoel naast het bed")
    other.get_by_role("link", name="Meld dit bericht").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meld dit bericht")
    page.get_by_label("Deelt persoonlijke gegevens").check()
    page.get_by_label("Vertel er meer over (mag je overslaan)").fill("Er staat een straatnaam in.")
    page.get_by_role("button", name="Verstuur melding").click()
    expect(page.locator(".messages, [role=status], .message").first).to_contain_text("Een moderator kijkt")

    # The moderator handles it from the queue.
    log_in(page, "moderator@wijkplein.example")
    page.goto("/forum/")
    page.locator(".forum-nav").get_by_role("link", name=re.compile("Meldingen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meldingen")
    page.get_by_role("link", name="Deelt persoonlijke gegevens").click()
    expect(page.locator(".post__body").first).to_contain_text("stoel naast het bed")
    page.get_by_label("Verberg het bericht").check()
    page.get_by_label("Notitie voor het logboek (mag je overslaan)").fill("Straatnaam, verborgen.")
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.locator(".message").first).to_contain_text("De melding is afgehandeld.")
    expect(page.locator(".moderation-list")).to_contain_text("Er zijn geen open meldingen.")
    page.locator(".forum-nav").get_by_role("link", name="Logboek moderatie").click()
    expect(page.locator("table")).to_contain_text("Bericht verborgen")

    # The hidden post is gone for the parent.
    log_in(page, "ouder@wijkplein.example")
    page.goto("/forum/")
    page.get_by_role("link", name="Slapen", exact=True).click()
    page.get_by_role("link", name=TOPIC).click()
    expect(page.locator("main")).not_to_contain_text("stoel naast het bed")


def test_accessibility_of_forum_pages(page, demo):
    log_in(page, "ouder@wijkplein.example")
    page.goto("/forum/")
    # A click returns before the next page has loaded: wait for its URL before reading it.
    page.get_by_role("link", name="Slapen", exact=True).click()
    expect(page).to_have_url(FORUM_URL)
    forum_path = page.url
    page.get_by_role("link", name=TOPIC).click()
    expect(page).to_have_url(TOPIC_URL)
    topic_path = page.url
    failures = []
    for path in [
        "/forum/",
        forum_path,
        topic_path,
        topic_path + "post/create/",
        "/forum/search/?q=slapen",
        "/forum/huisregels/",
    ]:
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
        violations = axe_check(page)
        if violations:
            failures.append(format_violations(path, violations))
    assert not failures, "\n".join(failures)


def test_screenshots_of_forum(page, demo):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/forum/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Forum")
    page.screenshot(path=str(SCREENSHOTS / "forum-phone.png"), animations="disabled", full_page=False)
    page.get_by_role("link", name="Slapen", exact=True).click()
    page.get_by_role("link", name=TOPIC).click()
    expect(page.locator(".post").first).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "forum-topic-phone.png"), animations="disabled", full_page=False)
    for name in ("forum-phone.png", "forum-topic-phone.png"):
        assert (SCREENSHOTS / name).stat().st_size > 20_000
