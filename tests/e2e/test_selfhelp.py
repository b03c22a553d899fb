"""Browser journey through a guided self-help course: a member, their coach, and the feedback loop."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import axe_check, format_violations

pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "Wijkplein-demo-2026"
COURSE = "/zelfhulp/cjg-deventer/rust-in-je-gezin-omgaan-met-opvoedstress/"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def log_in(page, email):
    page.goto("/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    expect(page.locator("header.site-header").get_by_role("link", name="Mijn profiel")).to_be_visible()


def log_out(page):
    page.locator("header.site-header").get_by_role("button", name="Uitloggen").click()
    expect(page.locator("header.site-header").get_by_role("link", name="Inloggen")).to_be_visible()


def test_guided_course_journey(page, demo):
    log_in(page, "ouder@wijkplein.example")

    # Find the course in the catalogue with the filters (a plain GET form).
    page.goto("/zelfhulp/")
    page.get_by_label("Coach").select_option("ja")
    page.get_by_role("button", name="Toon cursussen").click()
    expect(page).to_have_url(re.compile(r"begeleiding=ja"))
    page.get_by_role("link", name="Rust in je gezin: omgaan met opvoedstress").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rust in je gezin: omgaan met opvoedstress")
    expect(page.locator(".course-facts")).to_contain_text("Centrum voor Jeugd en Gezin Deventer")

    # Enrol (with a confirmation page) and choose a coach.
    page.get_by_role("link", name="Meld je aan voor deze cursus").click()
    page.get_by_role("button", name="Ja, meld me aan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kies je coach")
    page.locator(".coach-option", has_text="Jeugdverpleegkundige Anouk").locator("input").check()
    page.get_by_role("button", name="Kies deze coach").click()
    expect(page.locator(".messages")).to_contain_text("Jeugdverpleegkundige Anouk is nu je coach.")

    # Lesson 1: the quiz, then the reflection shared with the coach.
    page.goto(COURSE + "les-1-wat-is-opvoedstress/")
    quiz = page.locator(".exercise--quiz")
    quiz.get_by_label("Stress is normaal, maar als het lang duurt is het goed om er iets mee te doen.").check()
    quiz.get_by_role("button", name="Bekijk mijn antwoord").click()
    expect(page.locator(".exercise--quiz .quiz-feedback")).to_contain_text("Klopt.")

    reflection = page.locator(".exercise--reflection")
    reflection.get_by_label("Jouw antwoord (alleen jij kunt het zien)").fill(
        "Gisteren bij het avondeten. Mijn schouders zaten vast en ik werd snel boos."
    )
    reflection.get_by_label(re.compile("Deel dit antwoord met mijn coach")).check()
    reflection.get_by_role("button", name="Bewaar antwoord").click()
    expect(page.locator(".exercise--reflection")).to_contain_text("Bewaard en gedeeld met je coach.")
    page.get_by_role("button", name="Zet deze les op klaar").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les 2: Je lichaam als alarm")
    violations = axe_check(page)
    assert not violations, format_violations(page.url, violations)
    log_out(page)

    # The coach sees the participant waiting and gives feedback.
    log_in(page, "professional@wijkplein.example")
    page.goto("/zelfhulp-cursussen/coach/")
    waiting = page.locator(".coach-list--waiting")
    expect(waiting).to_contain_text("Zonnebloem")
    waiting.get_by_role("link", name="Zonnebloem").click()
    answer = page.locator(".exercise", has_text="Mijn schouders zaten vast")
    answer.get_by_label("Jouw feedback").fill(
        "Goed dat je dit merkt. Wat zou je de volgende keer aan tafel kunnen proberen?"
    )
    answer.get_by_role("button", name="Verstuur feedback").click()
    expect(page.locator("main")).to_contain_text("Je feedback is verstuurd.")
    log_out(page)

    # Back as the member: the notification, the feedback and the progress bar.
    log_in(page, "ouder@wijkplein.example")
    page.goto("/meldingen/")
    # The notification says who gave feedback on what (the email would not).
    page.locator("main").get_by_role(
        "link", name=re.compile("Jeugdverpleegkundige Anouk gaf je feedback op")
    ).first.click()
    expect(page.locator(".exercise--reflection .feedback").first).to_contain_text(
        "Wat zou je de volgende keer aan tafel kunnen proberen?"
    )
    expect(page.locator(".exercise--reflection .feedback").first).to_contain_text("Jeugdverpleegkundige Anouk")
    # The member answers the coach under the exercise; the coach is told.
    page.get_by_label("Reageer op je coach").fill("Ik ga proberen eerst tot tien te tellen.")
    page.get_by_role("button", name="Verstuur reactie").click()
    expect(page.locator("main")).to_contain_text("Je reactie is naar je coach gestuurd.")
    expect(page.locator(".exercise--reflection .feedback--reply")).to_contain_text("tot tien te tellen")
    page.goto(COURSE)
    progress = page.locator(".course-action progress")
    expect(progress).to_have_attribute("value", "1")
    expect(progress).to_have_attribute("max", "5")
    expect(page.locator(".course-action")).to_contain_text("1 van 5 lessen klaar")
    violations = axe_check(page)
    assert not violations, format_violations(page.url, violations)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(COURSE + "les-1-wat-is-opvoedstress/")
    page.screenshot(path=str(SCREENSHOTS / "selfhelp-lesson-phone.png"), full_page=True, animations="disabled")


def test_visitor_reads_first_lesson_and_is_asked_to_log_in(page, demo):
    page.goto(COURSE)
    page.get_by_role("link", name="Les 1: Wat is opvoedstress?").first.click()
    expect(page.locator(".exercise--reflection")).to_contain_text("om je antwoord te bewaren")
    page.goto(COURSE + "les-2-je-lichaam-als-alarm/")
    expect(page).to_have_url(re.compile(r"/account/login/\?next="))
    page.goto("/zelfhulp/")
    violations = axe_check(page)
    assert not violations, format_violations(page.url, violations)
