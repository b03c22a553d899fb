"""Browser journey at phone width: log in from the header, come back to the page, and see the bell
with its unread count without opening the menu."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import axe_check, format_violations

pytestmark = pytest.mark.e2e

PASSWORD = "Wijkplein-demo-2026"
MEMBER = "ouder@wijkplein.example"
INFORMATION_PAGE = "/informatie/cjg-deventer/goed-slapen-voor-kinderen/"


def test_phone_member_logs_in_from_the_header_and_sees_the_bell_without_the_menu(page, demo):
    from community.accounts.models import User
    from community.notifications.services import notification_send

    member = User.objects.get(email=MEMBER)
    for number in range(2):
        notification_send(member, "platform.announcement", f"/nieuws/{number}/")
    unread = member.notifications.filter(read_at__isnull=True).count()
    assert unread >= 2

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(INFORMATION_PAGE)
    header = page.locator("header.site-header")
    title = page.get_by_role("heading", level=1).inner_text()

    # A visitor opens the menu and logs in from there; afterwards they are back on this page.
    toggle = header.get_by_role("button", name="Menu")
    expect(toggle).to_be_visible()
    expect(header.get_by_role("link", name="Inloggen")).to_be_hidden()
    toggle.click()
    header.get_by_role("link", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/account/login/\?next="))
    page.get_by_label("E-mail").fill(MEMBER)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(re.escape(INFORMATION_PAGE) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    # The menu is closed, yet the bell and its count are in the header bar, in view.
    toggle = header.get_by_role("button", name="Menu")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(header.get_by_role("link", name="Mijn profiel")).to_be_hidden()
    bell = header.get_by_role("link", name=f"Meldingen, {unread} ongelezen")
    expect(bell).to_be_visible()
    expect(bell).to_be_in_viewport()
    expect(bell.locator(".bell__count")).to_have_text(str(unread))
    expect(bell.locator("svg")).to_be_visible()
    box = bell.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    assert box["x"] + box["width"] <= 390, box

    # Keyboard users reach it with Tab and see where the focus is.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('bell')"):
            break
    else:
        pytest.fail("the bell cannot be reached with Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", outline

    violations = axe_check(page)
    assert not violations, format_violations(INFORMATION_PAGE, violations)

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/meldingen/$"))
