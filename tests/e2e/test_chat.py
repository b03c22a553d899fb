"""Browser journeys through the live chat at phone width, over the websocket (the ASGI live server):
a member and a professional chat 1:1 in real time; a host mutes a member in a group room; an
anonymous visitor finds a closed room's hours and the help that is always there.

The site's chat texts may be Dutch or (until the catalogue has them) English: the journeys find
things by their hooks and check what people wrote, which is the same in both.
"""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import axe_check, format_violations
from tests.e2e.test_forum import log_in

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DIRECT_URL = re.compile(r"/chat/gesprek/[0-9a-f-]{36}/$")
PROFESSIONAL = "Jeugdverpleegkundige Anouk"


def phone_page(open_page, email):
    page = open_page(viewport=PHONE)
    log_in(page, email)
    return page


def no_horizontal_scroll(page):
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide at phone width"


def axe_failures(page):
    violations = axe_check(page)
    return [format_violations(page.url, violations)] if violations else []


def send(page, text):
    """Type and send with Enter, as a person does; the box empties once the server has the message."""
    box = page.locator("#chat-text")
    box.click()
    box.fill(text)
    box.press("Enter")
    expect(box).to_have_value("")
    expect(box).to_be_focused()


def mark_page(page):
    """A flag in the page's window: gone after a reload, so "still there" means "no reload"."""
    page.evaluate("() => { window.__noReload = true; }")


def assert_not_reloaded(page):
    assert page.evaluate("() => window.__noReload === true"), f"{page.url} was reloaded"


def test_member_and_professional_chat_live(asgi_browser_context, demo):
    professional = phone_page(asgi_browser_context, "professional@wijkplein.example")
    professional.goto("/chat/dienst/")
    queue_status = professional.locator("[data-chat-status]")
    expect(queue_status).to_have_attribute("data-state", "live")
    expect(professional.locator("[data-chat-queue-list] > li")).to_have_count(0)

    # The member reads what happens to the chat, answers the triage and waits in the queue.
    member = phone_page(asgi_browser_context, "ouder@wijkplein.example")
    member.goto("/chat/professional/")
    member.locator("input[name=urgency][value=today]").check()
    topic = member.locator("input[name=topic]").first
    topic.check()
    topic_label = member.locator(f"label[for='{topic.get_attribute('id')}']").inner_text().strip()
    expect(member.locator("#help-card")).to_be_hidden()
    member.locator("[data-chat-triage] button[type=submit]").click()
    expect(member).to_have_url(DIRECT_URL)
    expect(member.locator("[data-chat-status]")).to_have_attribute("data-state", "live")
    mark_page(member)
    send(member, "Hallo, mijn dochter van drie slaapt al weken slecht.")
    expect(member.locator("#chat-log .chat-message--mine")).to_contain_text("slaapt al weken slecht")
    no_horizontal_scroll(member)

    # The professional's queue shows the waiting member without a reload, and they pick up.
    mark_page(professional)
    waiting = professional.locator("[data-chat-queue-list] > li").filter(has_text=topic_label)
    expect(waiting).to_have_count(1)
    assert_not_reloaded(professional)
    waiting.locator("button[type=submit]").click()
    expect(professional).to_have_url(member.url)
    expect(professional.locator("#chat-log")).to_contain_text("slaapt al weken slecht")
    expect(professional.locator("[data-chat-status]")).to_have_attribute("data-state", "live")

    # The member sees who is there, live.
    expect(member.locator("[data-chat-state]")).to_contain_text(PROFESSIONAL)
    expect(member.locator("#chat-log .chat-message--system")).to_contain_text(PROFESSIONAL)

    # Messages both ways, without reloading; typing shows, reading shows under one's own message.
    professional.locator("#chat-text").press_sequentially("Fijn")
    expect(member.locator("[data-chat-typing]")).to_contain_text(PROFESSIONAL)
    professional.locator("#chat-text").fill("")
    send(professional, "Fijn dat je het vertelt. Hoe gaat het bedtijdritueel nu?")
    reply = member.locator("#chat-log .chat-message").filter(has_text="bedtijdritueel")
    expect(reply).to_be_visible()
    expect(reply.locator(".member__name")).to_have_text(PROFESSIONAL)
    expect(reply.locator(".badge")).to_be_visible()
    expect(reply).not_to_have_class(re.compile(r"chat-message--mine"))
    send(member, "We lezen een boekje, daarna wil ze steeds water.")
    expect(professional.locator("#chat-log .chat-message").filter(has_text="steeds water")).to_be_visible()
    own_last = member.locator("#chat-log .chat-message--mine").last
    expect(own_last).to_contain_text("steeds water")
    expect(own_last.locator("[data-chat-read]")).to_be_visible()
    # Nothing was sent twice, though both sides were live the whole time.
    expect(member.locator("#chat-log .chat-message").filter(has_text="steeds water")).to_have_count(1)
    expect(professional.locator("#chat-log .chat-message").filter(has_text="bedtijdritueel")).to_have_count(1)
    assert_not_reloaded(member)

    failures = axe_failures(member)
    member.screenshot(path=str(SCREENSHOTS / "chat-phone.png"), animations="disabled", full_page=False)

    # The professional closes with a summary; the member reads it at once and cannot write any more.
    professional.locator("#id_summary").fill("Samen besproken: vast ritueel, water vooraf klaarzetten.")
    professional.locator("form[action$='/professional/sluiten/'] button[type=submit]").click()
    expect(professional.locator("[data-chat-compose]")).to_be_hidden()
    summary = member.locator("#chat-log .chat-message--summary")
    expect(summary).to_contain_text("water vooraf klaarzetten")
    expect(member.locator("[data-chat-compose]")).to_be_hidden()
    expect(member.locator("[data-chat-reason]")).to_be_visible()
    expect(member.locator("[data-chat-save]")).to_be_visible()
    expect(member.locator("[data-chat-end]")).to_be_hidden()
    assert_not_reloaded(member)
    assert not failures, "\n".join(failures)


def _open_now(slug):
    from django.utils import timezone

    from forum.chat.models import Room, RoomSession

    room = Room.objects.get(slug=slug)
    now = timezone.now()
    RoomSession.objects.create(room=room, starts_at=now - timedelta(minutes=30), ends_at=now + timedelta(hours=2))
    return room


# Runs before the page's own scripts (through DevTools, so the page's CSP does not apply): keeps the
# page's websockets within reach of the test, and can refuse new ones for a while.
SOCKET_SPY = """
(() => {
  const Native = window.WebSocket;
  window.__sockets = [];
  function Spied(url, protocols) {
    if (window.__blockSockets) throw new Error("blocked by the test");
    const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    window.__sockets.push(socket);
    return socket;
  }
  Spied.prototype = Native.prototype;
  ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach((name) => { Spied[name] = Native[name]; });
  window.WebSocket = Spied;
})();
"""


def test_host_mutes_a_member_live(asgi_browser_context, demo):
    _open_now("praatgroep-stress")
    member = phone_page(asgi_browser_context, "ouder@wijkplein.example")
    member.context.add_init_script(SOCKET_SPY)
    member.goto("/chat/")
    failures = axe_failures(member)
    member.goto("/chat/groep/praatgroep-stress/")
    expect(member.locator("[data-chat-status]")).to_have_attribute("data-state", "live")
    expect(member.locator("#chat-log")).to_contain_text("Hoe was jullie week?")
    send(member, "Ik ben er vanavond ook weer bij.")
    expect(member.locator("#chat-log .chat-message--mine").last).to_contain_text("vanavond ook weer")
    no_horizontal_scroll(member)
    failures += axe_failures(member)
    mark_page(member)

    host = phone_page(asgi_browser_context, "ervaringsdeskundige@wijkplein.example")
    host.goto("/chat/groep/praatgroep-stress/")
    expect(host.locator("#chat-log")).to_contain_text("vanavond ook weer")
    # The host's message reaches the member live.
    send(host, "Welkom terug! Fijn dat je er bent.")
    expect(member.locator("#chat-log .chat-message").filter(has_text="Welkom terug!")).to_be_visible()

    # The member's connection drops; what is said meanwhile arrives once they are back, once.
    member.evaluate("() => { window.__blockSockets = true; window.__sockets.forEach((s) => s.close()); }")
    status = member.locator("[data-chat-status]")
    expect(status).to_have_attribute("data-state", "lost")
    send(host, "Wie wil er beginnen vanavond?")
    expect(host.locator("#chat-log .chat-message").filter(has_text="Wie wil er beginnen")).to_be_visible()
    expect(member.locator("#chat-log")).not_to_contain_text("Wie wil er beginnen")
    member.evaluate("() => { window.__blockSockets = false; }")
    expect(status).to_have_attribute("data-state", "live")
    expect(member.locator("#chat-log .chat-message").filter(has_text="Wie wil er beginnen")).to_have_count(1)
    expect(member.locator("#chat-log .chat-message").filter(has_text="Welkom terug!")).to_have_count(1)
    expect(member.locator("#chat-log .chat-message").filter(has_text="vanavond ook weer")).to_have_count(1)

    participant = host.locator(".chat-participant").filter(has_text="Zonnebloem")
    participant.locator("summary").click()
    participant.locator("select[name=action]").select_option("mute")
    participant.locator("input[name=reason]").fill("Even pauze, we praten morgen verder.")
    participant.locator("button[type=submit]").first.click()

    # The member's composer disappears and the reason shows, without a reload.
    expect(member.locator("[data-chat-compose]")).to_be_hidden()
    reason = member.locator("[data-chat-reason]")
    expect(reason).to_be_visible()
    expect(reason).to_contain_text("Even pauze, we praten morgen verder.")
    assert_not_reloaded(member)
    assert not failures, "\n".join(failures)


def test_anonymous_visitor_sees_hours_and_help_on_a_closed_room(asgi_browser_context, demo):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from forum.chat.models import Message, Room, RoomSession

    host = get_user_model().objects.get(email="ervaringsdeskundige@wijkplein.example")
    room = Room.objects.create(kind=Room.Kind.GROUP, slug="avondpraat", title="Avondpraat", host=host)
    starts = timezone.now() + timedelta(days=2)
    RoomSession.objects.create(room=room, starts_at=starts, ends_at=starts + timedelta(hours=2), note="Eerste avond")
    Message.objects.create(room=room, author=host, text="Dit is een bericht voor leden alleen.")

    page = asgi_browser_context(viewport=PHONE)
    page.goto("/chat/groep/avondpraat/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Avondpraat")
    opening = page.locator("[data-chat-open]")
    expect(opening.locator(".tag--open")).to_have_count(0)
    expect(opening).to_contain_text(timezone.localtime(starts).strftime("%H:%M"))
    page.locator(".chat-hours summary").click()
    expect(page.locator(".chat-hours")).to_contain_text("Eerste avond")
    alternatives = page.locator(".chat-alternatives")
    expect(alternatives).to_be_visible()
    expect(alternatives.locator("a[href='tel:112']")).to_be_visible()
    expect(alternatives.locator("a[href='tel:08000113']")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("voor leden alleen")
    expect(page.locator("#chat-log")).to_have_count(0)
    expect(page.locator("[data-chat-composer]")).to_have_count(0)
    expect(page.locator("main a[href^='/account/login/']")).to_be_visible()
    no_horizontal_scroll(page)
    failures = axe_failures(page)
    assert not failures, "\n".join(failures)


def test_triage_danger_shows_help_at_once(asgi_browser_context, demo):
    member = phone_page(asgi_browser_context, "ouder@wijkplein.example")
    member.goto("/chat/professional/")
    card = member.locator("#help-card")
    expect(card).to_be_hidden()
    member.locator("input[name=urgency][value=danger]").check()
    expect(card).to_be_visible()
    expect(card).to_be_focused()
    expect(card.locator("a[href='tel:112']")).to_be_visible()
