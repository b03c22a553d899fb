"""Browser journey through the forum on a phone: a parent replies and reports a post as urgent; the
moderator sees it in the header bar, handles it, and the parent hears back."""

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
    # The bell is in the header bar at every width (the menu may be collapsed on a phone).
    expect(page.locator("header.site-header .bell")).to_be_visible()


def test_reply_report_and_moderate(page, demo):
    page.set_viewport_size({"width": 390, "height": 844})
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

    # Report another parent's post: no reason is chosen yet, sending without one explains why.
    other = page.locator(".post").filter(has_text="stoel naast het bed")
    other.get_by_role("link", name="Meld dit bericht").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meld dit")
    expect(page.get_by_label("Iemand is misschien in gevaar")).not_to_be_checked()
    page.get_by_label("Vertel er meer over (mag je overslaan)").fill("Ik maak me zorgen om deze ouder.")
    page.get_by_role("button", name="Verstuur melding").click()
    expect(page.locator(".field__error")).to_contain_text("Kies wat er mis is")
    expect(page.get_by_label("Vertel er meer over (mag je overslaan)")).to_have_value(
        "Ik maak me zorgen om deze ouder."
    )
    page.get_by_label("Iemand is misschien in gevaar").check()
    page.get_by_role("button", name="Verstuur melding").click()
    expect(page.locator(".messages, [role=status], .message").first).to_contain_text("Een moderator kijkt")

    # The moderator sees the queue and its count in the header bar, without opening the menu.
    log_in(page, "moderator@wijkplein.example")
    header = page.locator("header.site-header")
    expect(header.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")
    queue_link = header.locator('[data-account-item="moderation"]')
    expect(queue_link).to_be_in_viewport()
    expect(queue_link.locator(".count-badge")).to_have_text(re.compile(r"[1-9]\d*"))
    expect(header.locator(".bell__count")).to_be_visible()  # the urgent alert is in the bell too
    queue_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wachtrij moderatie")
    urgent = page.locator(".review-row--urgent").filter(has_text="stoel naast het bed")
    expect(urgent).to_contain_text("Iemand is misschien in gevaar")
    urgent.get_by_role("link").first.click()
    expect(page.locator("main")).to_contain_text("Ik maak me zorgen om deze ouder.")
    page.get_by_label("Verbergen").check()
    page.get_by_label("Notitie voor het logboek (mag je overslaan)").fill("Contact opgenomen, verborgen.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".message").first).to_contain_text("Afgehandeld")
    expect(page.locator("main")).not_to_contain_text("stoel naast het bed")
    page.get_by_role("link", name="Logboek moderatie").click()
    expect(page.locator("table")).to_contain_text("Contact opgenomen, verborgen.")

    # The parent hears that the report was looked at; the hidden post is gone for them.
    log_in(page, "ouder@wijkplein.example")
    page.locator("header.site-header .bell").click()
    page.get_by_role("link", name="We hebben je melding bekeken").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn meldingen")
    expect(page.locator("main")).to_contain_text("verborgen")
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


def test_accessibility_of_moderation_pages(page, demo):
    from forum.machina_models import Post

    post = (
        Post.objects.filter(approved=True, topic__subject=TOPIC)
        .exclude(poster__email="ouder@wijkplein.example")  # nobody reports their own text
        .order_by("pk")
        .last()
    )
    log_in(page, "ouder@wijkplein.example")
    member_paths = [f"/melden/forum.post/{post.pk}/", "/melden/mijn-meldingen/", "/melden/mijn-maatregelen/"]
    page.goto(member_paths[0])
    page.get_by_label("Deelt persoonlijke gegevens").check()
    page.get_by_role("button", name="Verstuur melding").click()
    expect(page.locator(".messages, [role=status], .message").first).to_contain_text("Een moderator kijkt")
    failures = []
    for path in member_paths:
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
        failures += [format_violations(path, v) for v in [axe_check(page)] if v]
    log_in(page, "moderator@wijkplein.example")
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ["/moderatie/", "/moderatie/dienst/", "/moderatie/logboek/"]:
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
        failures += [format_violations(path, v) for v in [axe_check(page)] if v]
    page.goto("/moderatie/")
    page.locator(".review-row__title a").first.click()
    failures += [format_violations(page.url, v) for v in [axe_check(page)] if v]
    page.goto("/moderatie/")
    page.screenshot(path=str(SCREENSHOTS / "moderation-queue-phone.png"), animations="disabled", full_page=False)
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
