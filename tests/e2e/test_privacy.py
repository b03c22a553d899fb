"""Browser journey through privacy self-service on a phone: a member who started a forum topic
downloads their data as a ZIP, asks to delete their account (re-entering the password), changes
their mind by logging in, asks again; once the grace period is over the erase runs, and a visitor
still reads the conversation, without the member's pseudonym.

The privacy pages have no Dutch translation yet, so this journey reads English: the members chose
English in their profile and the browser has the language cookie (the switch in the header). The
pages are checked by their English source strings, which stay the same once the Dutch arrives.
"""

import io
import re
import zipfile
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from community.privacy.models import ErasureRequest
from tests.e2e.axe import axe_check, format_violations
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MEMBER_EMAIL = "lindeboom@example.org"
MEMBER = "Lindeboom"
OTHER = "Kastanje"
SUBJECT = "Onze peuter slaapt pas om tien uur"
MEMBER_TEXT = "Onze dochter van twee valt pas om tien uur in slaap. Wie herkent dit?"
REPLY_TEXT = "Herkenbaar! Bij ons hielp een vast ritueel met een boekje om zeven uur."
GOODBYE_URL = re.compile(r"/profiel/privacy/tot-ziens/\?datum=\d{4}-\d{2}-\d{2}$")
REAUTH_URL = re.compile(r"/account/reauthenticate/\?next=%2Fprofiel%2Fprivacy%2Fverwijderen%2F$")


@pytest.fixture
def phone(browser_context, live_server):
    """A phone-size browser context per person, with the language switch set to English."""

    def open_page():
        page = browser_context(viewport=PHONE)
        page.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
        return page

    return open_page


@pytest.fixture
def world(transactional_db, django_db_serialized_rollback):
    """A public forum with a topic the member started and another member answered."""
    from community.pages.services import platform_setup
    from forum.links import topic_url
    from tests.factories.accounts import UserFactory
    from tests.factories.forum import forum_create, topic_create

    platform_setup()
    member = UserFactory(email=MEMBER_EMAIL, pseudonym=MEMBER, language="en")
    other = UserFactory(pseudonym=OTHER, language="en")
    forum = forum_create("Slapen")
    topic = topic_create(forum, member, SUBJECT, MEMBER_TEXT, replies=[(other, REPLY_TEXT)])
    return SimpleNamespace(member=member, other=other, topic_url=topic_url(topic))


def no_horizontal_scroll(page):
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide at phone width"


def checked_page(page, failures):
    """Finished on a phone: nothing wider than the screen, no serious accessibility problems."""
    no_horizontal_scroll(page)
    violations = axe_check(page)
    if violations:
        failures.append(format_violations(page.url, violations))


def submit_login(page, email):
    """On the login page, wherever it was reached from."""
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


def log_in(page, email):
    page.goto("/account/login/")
    submit_login(page, email)


def enter_password(page):
    """allauth's re-authentication screen: the password again, then allauth resumes the POST."""
    expect(page).to_have_url(REAUTH_URL)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    no_horizontal_scroll(page)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


def pending_erase(member):
    return ErasureRequest.objects.pending().filter(user=member).first()


def test_download_my_data_then_delete_my_account(phone, world):
    failures = []
    member = phone()
    header = member.locator("header.site-header")

    # --- Sign in, open the profile from the menu, then Privacy. ----------------------------------
    log_in(member, MEMBER_EMAIL)
    expect(header.locator(".bell")).to_be_visible()
    header.get_by_role("button", name="Menu").click()
    header.get_by_role("link", name="My profile").click()
    expect(member).to_have_url(re.compile(r"/profiel/$"))
    no_horizontal_scroll(member)
    member.locator("main [data-account-item=privacy]").click()
    expect(member).to_have_url(re.compile(r"/profiel/privacy/$"))
    expect(member.get_by_role("heading", level=1)).to_have_text("Privacy: your data")
    checked_page(member, failures)
    member.screenshot(path="/tmp/privacy-overview.png", full_page=True)

    # --- Make my download, then download the ZIP. -------------------------------------------------
    member.get_by_role("button", name="Make my download").click()
    expect(member.locator(".messages, .message").first).to_be_visible()
    link = member.locator(".privacy-downloads [data-export=ready] a")
    expect(link).to_have_count(1)
    checked_page(member, failures)
    member.screenshot(path="/tmp/privacy-ready.png", full_page=True)
    with member.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert re.fullmatch(r"wijkplein-mijn-gegevens-\d{4}-\d{2}-\d{2}\.zip", download.suggested_filename)
    data = Path(download.path()).read_bytes()
    assert zipfile.is_zipfile(io.BytesIO(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        everything = "\n".join(archive.read(name).decode("utf-8", "replace") for name in names)
        summary = archive.read("overzicht.html").decode()
    assert "overzicht.html" in names, names
    assert MEMBER_TEXT in everything
    assert MEMBER_TEXT in summary
    assert REPLY_TEXT not in everything
    assert OTHER not in everything
    # The page as it looks once the download is ready (the screenshot for the docs).
    member.reload()
    expect(link).to_be_visible()
    member.screenshot(path=str(SCREENSHOTS / "privacy-phone.png"), animations="disabled", full_page=False)

    # --- Delete my account: what goes and what stays, the confirmation box, the password. ---------
    member.locator("main a.button--danger").click()
    expect(member).to_have_url(re.compile(r"/profiel/privacy/verwijderen/$"))
    expect(member.get_by_role("heading", name="What disappears")).to_be_visible()
    expect(member.get_by_role("heading", name="What stays, without your name")).to_be_visible()
    # The name it promises is the one the forum shows for an erased member.
    expect(member.locator(".callout")).to_contain_text("They show “former member” instead of your pseudonym.")
    checked_page(member, failures)
    member.screenshot(path="/tmp/privacy-erase.png", full_page=True)
    form = member.locator("main form.form")
    keep = form.locator("input[name=texts][value=anonymise]")
    remove = form.locator("input[name=texts][value=remove]")
    confirm = form.locator("input[name=confirm]")
    submit = form.get_by_role("button", name="Delete my account")
    expect(keep).to_be_checked()
    remove.check()
    submit.click()
    # The form is checked first: the error, with the choice kept, and no password asked yet.
    expect(member).to_have_url(re.compile(r"/profiel/privacy/verwijderen/$"))
    expect(form).to_contain_text("Tick the box to confirm that you want to delete your account.")
    expect(remove).to_be_checked()
    expect(confirm).not_to_be_checked()
    checked_page(member, failures)
    member.screenshot(path="/tmp/privacy-erase-error.png", full_page=True)
    # By keyboard: from the chosen answer Tab to the box, Space ticks it, Tab to the button, Enter.
    remove.focus()
    member.keyboard.press("Tab")
    expect(confirm).to_be_focused()
    member.keyboard.press("Space")
    expect(confirm).to_be_checked()
    member.keyboard.press("Tab")
    expect(submit).to_be_focused()
    member.keyboard.press("Enter")
    # Then allauth asks for the password and resumes the request.
    enter_password(member)
    expect(member).to_have_url(GOODBYE_URL)
    expect(member.get_by_role("heading", level=1)).to_have_text("Your account will be deleted")
    expect(header.locator(".bell")).to_have_count(0)
    checked_page(member, failures)
    member.screenshot(path="/tmp/privacy-goodbye.png", full_page=True)
    request = pending_erase(world.member)
    assert request is not None and request.remove_texts
    assert timezone.localdate(request.erase_after).isoformat() in member.url

    # --- Changed their mind: logging in cancels the erase. ---------------------------------------
    member.get_by_role("link", name="Log in to keep my account").click()
    submit_login(member, MEMBER_EMAIL)
    expect(member.locator(".messages, .message").first).to_contain_text("we will not delete your account")
    assert pending_erase(world.member) is None
    member.screenshot(path="/tmp/privacy-cancelled.png", full_page=True)

    # --- Asks again, keeping the posts without a name this time. -------------------------------
    member.goto("/profiel/privacy/verwijderen/")
    expect(keep).to_be_checked()
    confirm.check()
    submit.click()
    enter_password(member)
    expect(member).to_have_url(GOODBYE_URL)
    request = pending_erase(world.member)
    assert request is not None and not request.remove_texts

    # --- The grace period is over: the erase runs (as the daily `enforce_retention` does). ---------
    ErasureRequest.objects.filter(pk=request.pk).update(erase_after=timezone.now() - timedelta(minutes=1))
    call_command("enforce_retention", stdout=io.StringIO())
    request.refresh_from_db()
    assert request.status == ErasureRequest.Status.DONE and request.user is None

    # --- A visitor still reads the conversation, without the member's pseudonym. --------------
    visitor = phone()
    visitor.goto(world.topic_url)
    main = visitor.locator("main")
    expect(visitor.get_by_role("heading", level=1)).to_contain_text(SUBJECT)
    expect(main).to_contain_text(MEMBER_TEXT)
    expect(main).to_contain_text(REPLY_TEXT)
    expect(main).to_contain_text(OTHER)
    expect(main).to_contain_text("former member")
    expect(visitor.locator("body")).not_to_contain_text(MEMBER)
    checked_page(visitor, failures)
    visitor.screenshot(path="/tmp/privacy-topic.png", full_page=True)

    # --- The erased member cannot log in any more. ---------------------------------------------
    log_in(visitor, MEMBER_EMAIL)
    expect(visitor).to_have_url(re.compile(r"/account/login/$"))
    expect(visitor.locator("main form")).to_contain_text("not correct")
    expect(visitor.locator("header.site-header .bell")).to_have_count(0)
    visitor.screenshot(path="/tmp/privacy-login-fails.png", full_page=True)

    # The member heard of each step by email (content-free: no texts, only what happens when).
    subjects = [m.subject for m in mail.outbox if m.to == [MEMBER_EMAIL] and "account" in m.subject]
    assert subjects == [
        "Your Wijkplein account will be deleted",
        "Your Wijkplein account stays",
        "Your Wijkplein account will be deleted",
        "Your Wijkplein account has been deleted",
    ], subjects

    assert not failures, "\n".join(failures)
