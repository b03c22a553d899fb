"""Browser journey through matching and the private mailbox on a phone (issue 12): a visitor fills
in the questionnaire one question per screen, reads why the top result fits and contacts the CJG's
professional with an attachment; the professional picks it up from the inbox, answers and closes;
the member answers the survey; the CJG's editor sees the contact in the provider report.

The browser asks for English (locale en-US); every page must still speak Dutch, so the journey
checks the Dutch texts.
"""

import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from community.accounts.management.commands.demo_code import demo_code
from community.pages.management.commands.seed_demo import DEMO_PASSWORD
from tests.e2e.axe import axe_check, format_violations
from tests.e2e.conftest import _new_page

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MEMBER = "ouder@wijkplein.example"
PROFESSIONAL = "professional@wijkplein.example"
PROFESSIONAL_NAME = "Jeugdverpleegkundige Anouk"
EDITOR = "redacteur.cjg@wijkplein.example"
CJG = "Centrum voor Jeugd en Gezin Deventer"
TOPIC = "Slapen"
NEIGHBOURHOOD = "Keizerslanden"
EARLIER_CONTACTS = 9  # the journey's contact is the 10th: the report shows groups of 10 and more
THREAD_URL = re.compile(r"/berichten/[0-9a-f-]{36}/(#.*)?$")
# A tiny but real PDF: the mailbox accepts it by its extension, the browser sends it as a person would.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def phone(browser, live_server, page_problems):
    """Opens a phone-size browser context per person (own cookies) against the live server; like
    the `page` fixture, the browser's problems fail the test. The WSGI live server, not the ASGI
    one: nothing here needs a websocket."""
    contexts = []

    def open_page():
        context, page = _new_page(browser, live_server, page_problems, viewport=PHONE)
        contexts.append(context)
        return page

    yield open_page
    for context in contexts:
        context.close()
    report = page_problems.report()
    if report and report != page_problems.reported:
        pytest.fail("The browser reported problems:\n" + report, pytrace=False)


def progress_text(number):
    return re.compile(rf"^Vraag {number} van 8$")


def axe_failures(page):
    violations = axe_check(page)
    return [format_violations(page.url, violations)] if violations else []


def no_horizontal_scroll(page):
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide at phone width"


def submit_login(page, email):
    """On the login page (wherever it was reached from): the demo password, and for staff roles the
    second step with the demo's authenticator code."""
    page.get_by_label("E-mail").fill(email)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    if email == EDITOR:
        expect(page).to_have_url(re.compile(r"/account/2fa/authenticate/"))
        page.get_by_label("Code").fill(demo_code())
        page.locator("main").get_by_role("button").first.click()


def earlier_contacts_and_showings():
    """Nine other members already contacted the CJG from a match today, and the CJG was shown in
    nine earlier result pages: with the journey's own, both figures reach the report's minimum of 10."""
    from community.partners.models import PartnerOrganisation
    from socialmap.mailbox import services as mailbox
    from socialmap.mailbox.models import Thread
    from socialmap.matching import services as matching
    from tests.factories.accounts import UserFactory

    cjg = PartnerOrganisation.objects.get(slug="cjg-deventer")
    for number in range(EARLIER_CONTACTS):
        mailbox.thread_start(
            UserFactory(),
            cjg,
            f"Vraag {number}: mijn kind slaapt slecht.",
            subject="Slapen",
            origin=Thread.Origin.MATCH,
        )
        matching.shown_count([cjg.pk])
    return cjg


def answer_questionnaire(page):
    """Step by step, as on a phone: one question per screen, Next and Previous by keyboard too."""
    page.goto("/hulp-vinden/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    form = page.locator("form[data-matching-steps]")
    progress = form.locator(".mq-progress")
    steps = form.locator(".mq-step")
    nav = form.locator(".mq-nav")
    previous, next_ = nav.locator("button").nth(0), nav.locator("button").nth(1)
    submit = form.locator(".mq-submit button[type=submit]")
    expect(steps).to_have_count(8)
    expect(progress).to_have_text(progress_text(1))

    def on_step(number):
        expect(progress).to_have_text(progress_text(number))
        current = steps.nth(number - 1)
        expect(current).to_be_visible()
        expect(form.locator(".mq-step:visible")).to_have_count(1)
        return current

    # 1. Where: the neighbourhood. Only the first question shows, and there is no "Previous" yet.
    step = on_step(1)
    expect(previous).to_be_hidden()
    expect(submit).to_be_hidden()
    step.locator("select[name=wijk]").select_option(label=NEIGHBOURHOOD)
    # Next by keyboard: focus moves to the next question's title, which a screen reader reads.
    next_.focus()
    page.keyboard.press("Enter")
    step = on_step(2)
    expect(step.locator(".mq-step__title")).to_be_focused()
    # Previous by keyboard (Space on the button), and the answer is still there.
    previous.focus()
    page.keyboard.press("Space")
    step = on_step(1)
    expect(step.locator(".mq-step__title")).to_be_focused()
    expect(step.locator("select[name=wijk]")).to_have_value(re.compile(r"\S"))
    next_.click()

    # 2. For whom, and the child's age; Enter in the age field goes on instead of sending half the answers.
    step = on_step(2)
    step.locator("input[name=voor][value=parent]").check()
    age = step.locator("input[name=leeftijd]")
    age.fill("3")
    age.press("Enter")

    # 3. The topic.
    step = on_step(3)
    topic = step.get_by_label(TOPIC, exact=True)
    topic.check()
    expect(topic).to_be_checked()
    next_.click()

    # 4. The helper: a professional.
    step = on_step(4)
    step.locator("input[name=hulpverlener][value=professional]").check()
    next_.click()

    # 5.-7. Gender, language and how: "no preference" is checked unless the member picks.
    step = on_step(5)
    expect(step.locator("input[name=geslacht][value='']")).to_be_checked()
    next_.click()
    step = on_step(6)
    step.locator("select[name=taal]").select_option("nl")
    next_.click()
    step = on_step(7)
    expect(step.locator("input[name=vorm][value='']")).to_be_checked()
    next_.click()

    # 8. The last question: no "Next", the button that shows the results instead.
    step = on_step(8)
    expect(next_).to_be_hidden()
    expect(previous).to_be_visible()
    expect(submit).to_be_visible()
    no_horizontal_scroll(page)
    failures = axe_failures(page)
    submit.click()
    return failures


def test_match_contact_answer_survey_and_report(phone, demo):
    cjg = earlier_contacts_and_showings()

    # --- The visitor, not signed in, answers the questions and reads the results. ----------------
    member = phone()
    failures = answer_questionnaire(member)
    expect(member).to_have_url(re.compile(r"/hulp-vinden/resultaten/\?"))
    assert "onderwerp=slapen" in member.url and "hulpverlener=professional" in member.url, member.url
    results = member.locator(".mq-result")
    expect(results.first).to_be_visible()
    # How many fit is a heading (the results are headings under it), not a live region on a fresh page.
    expect(member.get_by_role("heading", level=2, name=re.compile(r"^\d+ aanbieders? pas"))).to_be_visible()
    expect(member.locator(".mq-summary")).to_contain_text(TOPIC)
    top = results.first
    # Why the top result fits: the chosen topic, the age, the preferences it meets.
    why = top.locator(".mq-why")
    expect(why).to_contain_text(re.compile(r"^Past bij:"))
    expect(why).to_contain_text(TOPIC)
    expect(why).to_contain_text(re.compile(r"\d+–\d+ jaar|elke leeftijd|vanaf \d+ jaar"))
    # The data was seeded just now: "updated today".
    expect(top.locator(".mq-fresh")).to_have_text("Gegevens vandaag bijgewerkt")
    # The CJG's professional fits (slapen, 0-12 years, parents, Dutch) and is offered with her organisation.
    anouk = results.filter(has_text=PROFESSIONAL_NAME)
    expect(anouk).to_have_count(1)
    expect(anouk.locator(".card__meta")).to_have_text(CJG)
    expect(anouk.locator(".mq-why")).to_contain_text(TOPIC)
    no_horizontal_scroll(member)
    failures += axe_failures(member)
    member.screenshot(path=str(SCREENSHOTS / "matching-phone.png"), animations="disabled", full_page=False)

    # --- Contact: sign in first, the answers are kept (also through "sign up" for a new member). --
    anouk.locator(".mq-actions a").first.click()
    expect(member).to_have_url(re.compile(r"/account/login/\?next=/hulp-vinden/contact/hulpverlener/"))
    expect(member.locator("main a[href^='/account/signup/']")).to_have_attribute(
        "href", re.compile(r"next=%2Fhulp-vinden%2Fcontact%2F.*onderwerp%3Dslapen")
    )
    submit_login(member, MEMBER)
    expect(member).to_have_url(re.compile(r"/berichten/nieuw/cjg-deventer/\?"))
    expect(member.get_by_role("heading", level=1)).to_contain_text(CJG)
    # The message goes to the professional the member chose, and the subject comes from the answers.
    expect(member.locator("main")).to_contain_text(PROFESSIONAL_NAME)
    subject = member.locator("#id_subject")
    expect(subject).to_have_value(re.compile(rf"^{TOPIC}\b"))
    expect(subject).to_have_value(re.compile(NEIGHBOURHOOD))
    member.locator("#id_text").fill(
        "Mijn dochter van drie wordt elke nacht om vier uur wakker. Ik heb een slaapdagboek bijgehouden."
    )
    member.locator("input[type=file][name=attachments]").set_input_files(
        {"name": "slaapdagboek.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    member.locator("form.mailbox-form button[type=submit]").click()

    expect(member).to_have_url(THREAD_URL)
    thread_url = member.url.split("#")[0]
    messages = member.locator(".mailbox-messages > li")
    expect(messages.first).to_have_class(re.compile(r"mailbox-message--welcome"))
    mine = member.locator(".mailbox-message--member").filter(has_text="elke nacht om vier uur")
    expect(mine).to_have_count(1)
    attachment = mine.locator(".mailbox-attachments a")
    expect(attachment).to_have_text("slaapdagboek.pdf")
    expect(attachment).to_have_attribute("href", re.compile(r"/berichten/[0-9a-f-]{36}/bijlage/[0-9a-f-]{36}/$"))
    # The attachment is served to the member (the access-checked view), as the PDF that was sent.
    response = member.request.get(attachment.get_attribute("href"))
    assert response.ok and response.body() == PDF, (response.status, response.headers)
    no_horizontal_scroll(member)
    failures += axe_failures(member)

    # --- The professional: the inbox in the header, with a count; the conversation is theirs. ----
    professional = phone()
    professional.goto("/account/login/")
    submit_login(professional, PROFESSIONAL)
    inbox_link = professional.locator('header.site-header [data-account-item="mailbox-inbox"]')
    expect(inbox_link).to_be_in_viewport()
    # Nine earlier contacts wait unassigned, the journey's is assigned to her: ten at least.
    count = inbox_link.locator(".count-badge")
    expect(count).to_have_text(re.compile(r"^\d+$"))
    assert int(count.inner_text()) >= EARLIER_CONTACTS + 1, count.inner_text()
    inbox_link.click()
    expect(professional).to_have_url(re.compile(r"/berichten/inbox/$"))
    # The member chose her: the conversation is not waiting unassigned, it is under "Mine".
    unassigned = professional.locator(".mailbox-item").filter(has_text="Zonnebloem")
    expect(professional.locator(".mailbox-item").first).to_be_visible()
    expect(unassigned).to_have_count(0)
    professional.locator("nav.tabs a[href='?tab=mine']").click()
    expect(professional.locator("nav.tabs a[href='?tab=mine']")).to_have_attribute("aria-current", "page")
    item = professional.locator(".mailbox-item").filter(has_text="Zonnebloem").filter(has_text=TOPIC)
    expect(item).to_have_count(1)
    expect(item).to_have_class(re.compile(r"mailbox-item--unread"))
    no_horizontal_scroll(professional)
    item.locator("a").click()
    expect(professional).to_have_url(thread_url)
    expect(professional.locator(".mailbox-messages")).to_contain_text("elke nacht om vier uur")
    expect(professional.locator(".mailbox-attachments a")).to_have_text("slaapdagboek.pdf")
    expect(professional.locator("#id_assignee option:checked")).to_have_text(PROFESSIONAL_NAME)
    professional.locator("#reply textarea[name=text]").fill(
        "Dag Zonnebloem, dank voor het dagboek. Wakker worden rond vier uur is bij peuters heel gewoon. "
        "Probeer een week lang dezelfde bedtijd; ik bel je volgende week."
    )
    professional.locator("#reply button[type=submit]").click()
    expect(professional).to_have_url(re.compile(re.escape(thread_url) + r"(#reply)?$"))
    expect(professional.locator(".mailbox-message--provider").filter(has_text="dezelfde bedtijd")).to_have_count(1)
    professional.locator("form[action$='/sluiten/'] button[type=submit]").click()
    expect(professional.locator(".mailbox-thread__meta .tag--open")).to_have_count(0)
    expect(professional.locator("#reply")).to_have_count(0)
    expect(professional.locator(".mailbox-message--system").last).to_contain_text(CJG)

    # --- The member reads the answer and answers the survey. -------------------------------------
    member.goto("/")
    messages_link = member.locator('header.site-header [data-account-item="mailbox"]')
    expect(messages_link).to_be_in_viewport()  # prominent: there is an unread answer
    expect(messages_link.locator(".count-badge")).to_have_text(re.compile(r"^[1-9]\d*$"))
    member.goto(thread_url)
    expect(member.locator(".mailbox-message--provider").filter(has_text="dezelfde bedtijd")).to_have_count(1)
    expect(member.locator("#reply")).to_have_count(0)
    survey = member.locator("#survey")
    expect(survey).to_be_visible()
    failures += axe_failures(member)
    survey.locator("input[name=score][value='4']").check()
    survey.locator("textarea[name=comment]").fill("Fijn dat ik het dagboek kon meesturen.")
    survey.locator("button[type=submit]").click()
    expect(member).to_have_url(thread_url)
    expect(member.locator("#survey")).to_have_count(0)
    expect(member.locator(".messages")).to_contain_text("Dank je")
    expect(member.locator("main")).to_contain_text("Dank je wel voor het invullen van de vragenlijst.")

    # --- The CJG's editor: the report counts the contact (the 10th) and the showings. ------------
    editor = phone()
    editor.goto("/account/login/")
    submit_login(editor, EDITOR)
    expect(editor.locator("header.site-header .bell")).to_be_visible()
    today = timezone.localdate().isoformat()
    response = editor.goto(f"/admin/rapportage/?partner={cjg.pk}&van={today}&tot={today}")
    assert response.ok, response.status
    contacts = editor.locator('tr[data-figure="mailbox.contacts_from_match"] td')
    expect(contacts).to_have_text(str(EARLIER_CONTACTS + 1))
    shown = editor.locator('tr[data-figure="matching.shown"] td')
    # Nine earlier result pages and the journey's own: each page of results counts the CJG once.
    expect(shown).to_have_text(str(EARLIER_CONTACTS + 1))
    # One survey answer: far fewer than 10 people, so no figure.
    expect(editor.locator('tr[data-figure="mailbox.survey"] td')).to_have_text("minder dan 10")

    assert not failures, "\n".join(failures)
