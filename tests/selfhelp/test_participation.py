"""Taking part through the real URLs: enrol, answer, mark done, leave; every bad input gives a clear error."""

import pytest
from django.urls import reverse

from selfhelp.models import Enrolment, ExerciseAnswer, LessonProgress
from selfhelp.services import answer_save, enrolment_create
from tests.factories.selfhelp import CHECKLIST_ID, ITEM_IDS, QUIZ_ID, REFLECTION_ID, RIGHT_OPTION, WRONG_OPTION

pytestmark = pytest.mark.django_db


def answer_url(lesson, block_id):
    return reverse("selfhelp:answer", args=[lesson.pk, block_id])


@pytest.fixture
def enrolled(client, courses):
    client.force_login(courses.member)
    client.post(reverse("selfhelp:enrol", args=[courses.course.pk]))
    return Enrolment.objects.get(user=courses.member, course=courses.course)


def test_enrol_with_confirmation_page_and_double_submit_is_harmless(client, courses):
    client.force_login(courses.member)
    url = reverse("selfhelp:enrol", args=[courses.course.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Ja, meld me aan" in page.content.decode()
    first = client.post(url)
    second = client.post(url)
    assert first.status_code == second.status_code == 302
    # A guided course asks for a coach next.
    assert first["Location"] == reverse("selfhelp:choose-coach", args=[courses.course.pk])
    assert Enrolment.objects.filter(user=courses.member).count() == 1


def test_enrol_asks_anonymous_visitors_to_log_in(client, courses):
    response = client.post(reverse("selfhelp:enrol", args=[courses.course.pk]))
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_reflection_saved_private_and_shown_again(client, courses, enrolled):
    lesson = courses.lessons[0]
    response = client.post(
        answer_url(lesson, REFLECTION_ID), {"kind": "reflection", "text": "Een wandeling met de hond."}
    )
    assert response.status_code == 302
    answer = ExerciseAnswer.objects.get()
    assert answer.text == "Een wandeling met de hond." and not answer.shared_with_coach
    page = client.get(lesson.url).content.decode()
    assert "Een wandeling met de hond." in page
    assert "Alleen jij kunt het zien" in page


def test_quiz_shows_feedback_for_the_chosen_option(client, courses, enrolled):
    lesson = courses.lessons[0]
    client.post(answer_url(lesson, QUIZ_ID), {"kind": "quiz", "choice": WRONG_OPTION})
    page = client.get(lesson.url).content.decode()
    assert "Dat maakt het vaak erger." in page
    assert "Goed zo, dat helpt." not in page
    client.post(answer_url(lesson, QUIZ_ID), {"kind": "quiz", "choice": RIGHT_OPTION})
    assert ExerciseAnswer.objects.get().choice == RIGHT_OPTION
    assert "Goed zo, dat helpt." in client.get(lesson.url).content.decode()


def test_checklist_ticks_are_saved(client, courses, enrolled):
    lesson = courses.lessons[0]
    client.post(answer_url(lesson, CHECKLIST_ID), {"kind": "checklist", "checked": [ITEM_IDS[1]]})
    assert ExerciseAnswer.objects.get().checked == [ITEM_IDS[1]]
    client.post(answer_url(lesson, CHECKLIST_ID), {"kind": "checklist", "checked": ITEM_IDS})
    assert ExerciseAnswer.objects.get().checked == ITEM_IDS


def test_quiz_option_that_does_not_exist_is_refused_clearly(client, courses, enrolled):
    response = client.post(answer_url(courses.lessons[0], QUIZ_ID), {"kind": "quiz", "choice": "bestaat-niet"})
    assert response.status_code == 400
    assert "Kies een van de antwoorden." in response.content.decode()
    assert not ExerciseAnswer.objects.exists()


def test_checklist_item_that_does_not_exist_is_refused(client, courses, enrolled):
    response = client.post(answer_url(courses.lessons[0], CHECKLIST_ID), {"kind": "checklist", "checked": ["nep"]})
    assert response.status_code == 400
    assert "Deze checklist is veranderd" in response.content.decode()


def test_unknown_exercise_is_a_clear_error_not_a_500(client, courses, enrolled):
    response = client.post(answer_url(courses.lessons[0], "geen-oefening"), {"kind": "reflection", "text": "Hallo"})
    assert response.status_code == 400
    assert "Deze oefening bestaat niet (meer)" in response.content.decode()


def test_a_100_kb_answer_gets_a_clear_error_and_the_typed_text_back(client, courses, enrolled):
    text = "Ik schrijf heel veel. " * 5000  # about 110 KB
    response = client.post(answer_url(courses.lessons[0], REFLECTION_ID), {"kind": "reflection", "text": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Je antwoord is te lang" in page
    assert text.strip()[:5000] in page  # the typed answer is in the textarea again
    assert not ExerciseAnswer.objects.exists()


def test_empty_reflection_is_refused(client, courses, enrolled):
    response = client.post(answer_url(courses.lessons[0], REFLECTION_ID), {"kind": "reflection", "text": "   "})
    assert response.status_code == 400
    assert "Schrijf eerst een antwoord." in response.content.decode()


def test_answering_in_a_course_one_is_not_enrolled_in_is_refused_and_the_text_kept(client, courses):
    client.force_login(courses.member)
    response = client.post(
        answer_url(courses.lessons[0], REFLECTION_ID), {"kind": "reflection", "text": "Mijn gedachte"}
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert "Je doet nog niet mee aan deze cursus" in page
    assert "Mijn gedachte" in page
    assert not ExerciseAnswer.objects.exists()


def test_anonymous_answer_asks_to_log_in(client, courses):
    response = client.post(answer_url(courses.lessons[0], REFLECTION_ID), {"kind": "reflection", "text": "x"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_double_submit_of_an_answer_keeps_one(client, courses, enrolled):
    for _ in range(2):
        client.post(
            answer_url(courses.lessons[0], REFLECTION_ID), {"kind": "reflection", "text": "Zelfde", "share": "1"}
        )
    assert ExerciseAnswer.objects.count() == 1


def test_progress_resume_and_completion(client, courses, enrolled):
    course_url = courses.course.url
    page = client.get(course_url).content.decode()
    assert "0 van 3 lessen klaar" in page
    client.get(courses.lessons[1].url)  # only opening lesson 2 records nothing (no writes on GET)
    assert "Ga verder waar je was" not in client.get(course_url).content.decode()
    client.post(answer_url(courses.lessons[1], REFLECTION_ID), {"kind": "reflection", "text": "Mijn antwoord"})
    assert "Ga verder waar je was: Les 2" in client.get(course_url).content.decode()  # worked on it: resume there

    done_url = reverse("selfhelp:lesson-done", args=[courses.lessons[0].pk])
    response = client.post(done_url)
    assert response["Location"] == courses.lessons[1].url
    client.post(done_url)  # double submit
    assert LessonProgress.objects.count() == 1
    assert "1 van 3 lessen klaar" in client.get(course_url).content.decode()

    client.post(reverse("selfhelp:lesson-done", args=[courses.lessons[1].pk]))
    response = client.post(reverse("selfhelp:lesson-done", args=[courses.lessons[2].pk]), follow=True)
    page = response.content.decode()
    assert "Goed gedaan! Je hebt alle lessen van deze cursus af." in page
    assert "3 van 3 lessen klaar" in page
    assert Enrolment.objects.get().completed_at is not None


def test_mark_done_without_enrolment_is_refused(client, courses):
    client.force_login(courses.member)
    response = client.post(reverse("selfhelp:lesson-done", args=[courses.lessons[0].pk]), follow=True)
    assert "Je doet nog niet mee aan deze cursus" in response.content.decode()
    assert not LessonProgress.objects.exists()


def test_leaving_deletes_answers_after_confirmation(client, courses, enrolled):
    answer_save(user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Privé")
    leave_url = reverse("selfhelp:leave", args=[courses.course.pk])
    assert "Ja, stop en verwijder mijn antwoorden" in client.get(leave_url).content.decode()
    assert ExerciseAnswer.objects.exists()
    client.post(leave_url)
    client.post(leave_url)  # double submit
    assert not Enrolment.objects.exists() and not ExerciseAnswer.objects.exists()


def test_a_member_never_sees_another_members_answers(client, courses):
    enrolment_create(user=courses.other_member, course=courses.course)
    answer_save(
        user=courses.other_member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Geheim van Madelief"
    )
    enrolment_create(user=courses.member, course=courses.course)
    client.force_login(courses.member)
    assert "Geheim van Madelief" not in client.get(courses.lessons[0].url).content.decode()
    assert not ExerciseAnswer.objects.visible_to(courses.member).exists()
    assert ExerciseAnswer.objects.visible_to(courses.other_member).count() == 1


def test_anonymous_reads_course_and_first_lesson_only(client, courses):
    assert client.get(courses.course.url).status_code == 200
    first = client.get(courses.lessons[0].url)
    assert first.status_code == 200
    page = first.content.decode()
    assert "Wat geeft jou rust?" in page and "om je antwoord te bewaren" in page
    assert 'name="text"' not in page  # no answer form without an account
    second = client.get(courses.lessons[1].url)
    assert second.status_code == 302 and second["Location"].startswith("/account/login/?next=")


def test_my_courses_shows_only_own_enrolments_and_progress(client, courses):
    enrolment_create(user=courses.other_member, course=courses.course)
    client.force_login(courses.member)
    page = client.get(reverse("selfhelp:my-courses")).content.decode()
    assert "Je volgt nog geen cursus." in page
    enrolment_create(user=courses.member, course=courses.course)
    page = client.get(reverse("selfhelp:my-courses")).content.decode()
    assert "Rust in huis" in page and "0 van 3 lessen klaar" in page
    # A member is nobody's coach: the coach overview is empty, whatever they try.
    dashboard = client.get(reverse("selfhelp:coach-dashboard")).content.decode()
    assert "Madelief" not in dashboard
    other = Enrolment.objects.get(user=courses.other_member)
    assert client.get(reverse("selfhelp:participant", args=[other.pk])).status_code == 404
