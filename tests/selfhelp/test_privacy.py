"""Self-help's part of "download my data" and "delete my account": a participant's own course data
goes with them; a coach's feedback stays for the participants, without the coach's name (or as
"message removed"), and every page that shows the thread still renders."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

import plugins
from selfhelp.models import AnswerMessage, Cohort, Enrolment, ExerciseAnswer, LessonProgress
from selfhelp.privacy import REMOVED_TEXT, stored_text
from selfhelp.services import (
    answer_save,
    coach_choose,
    cohort_create,
    enrolment_create,
    feedback_create,
    lesson_mark_done,
    reply_create,
)
from tests.factories.privacy import erase_like_the_core, export_sections
from tests.factories.selfhelp import CHECKLIST_ID, ITEM_IDS, QUIZ_ID, REFLECTION_ID, RIGHT_OPTION

pytestmark = pytest.mark.django_db

FEEDBACK = "Mooi dat je dit opschrijft. Wanneer lukt wandelen het best?"


def coached(courses, member, text):
    """`member` follows the course with Coach Anouk, shared a reflection, got feedback and replied."""
    enrolment = enrolment_create(user=member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    lesson = courses.lessons[0]
    answer = answer_save(user=member, lesson=lesson, block_id=REFLECTION_ID, text=text, share=True)
    feedback_create(coach=courses.coach, answer=answer, text=FEEDBACK)
    reply_create(user=member, answer=answer, text=f"Antwoord van {member.pseudonym}: 's avonds.")
    return enrolment, answer


def test_export_holds_the_members_courses_answers_and_thread_and_nothing_of_others(courses):
    member = courses.member
    enrolment, _answer = coached(courses, member, "Ik word rustig van wandelen.")
    coached(courses, courses.other_member, "Madelief haar eigen antwoord.")
    answer_save(user=member, lesson=courses.lessons[0], block_id=QUIZ_ID, choice=RIGHT_OPTION)
    answer_save(user=member, lesson=courses.lessons[0], block_id=CHECKLIST_ID, checked=[ITEM_IDS[0]])
    lesson_mark_done(user=member, lesson=courses.lessons[0])

    data = json.loads(json.dumps(export_sections(member)["selfhelp"].data))

    [row] = data["enrolments"]
    assert row["course"] == "Rust in huis" and row["coach"] == "Coach Anouk" and row["started_at"]
    assert [done["lesson"] for done in row["lessons_done"]] == ["Les 1"]
    answers = {answer["kind"]: answer for answer in data["answers"]}
    reflection = answers["reflection"]
    assert reflection["answer"] == "Ik word rustig van wandelen." and reflection["exercise"] == "Wat geeft jou rust?"
    assert [(m["from"], m["coach"], m["text"]) for m in reflection["messages"]] == [
        ("coach", "Coach Anouk", FEEDBACK),
        ("you", None, "Antwoord van Zonnebloem: 's avonds."),
    ]
    assert answers["quiz"]["answer"] == "Rustig ademen"
    assert answers["checklist"]["answer"] == ["Moment 0"]
    assert "Madelief" not in str(data)
    # The coach's export: their courses and their own feedback, without the participants.
    coach = json.loads(json.dumps(export_sections(courses.coach)["selfhelp"].data))
    assert coach["as_coach"]["courses"] == ["Rust in huis"] and coach["as_coach"]["participants"] == 2
    assert [m["text"] for m in coach["as_coach"]["feedback_written"]] == [FEEDBACK, FEEDBACK]
    assert "Zonnebloem" not in str(coach) and "Madelief" not in str(coach) and "wandelen." not in str(coach)


def test_cohort_membership_is_exported_and_goes_with_the_member(courses):
    course = courses.course
    course.group_mode = True
    course.save_revision().publish()
    cohort = cohort_create(course=course, name="Najaar", start_date=timezone.localdate())
    enrolment_create(user=courses.member, course=course, cohort=cohort)
    enrolment_create(user=courses.other_member, course=course, cohort=cohort)

    data = export_sections(courses.member)["selfhelp"].data
    assert data["groups"] == [
        {"course": "Rust in huis", "group": "Najaar", "start_date": cohort.start_date.isoformat()}
    ]

    erase_like_the_core(courses.member)

    assert Cohort.objects.filter(pk=cohort.pk).exists()
    assert list(Cohort.objects.get(pk=cohort.pk).members) == [courses.other_member]


def test_erasing_a_participant_removes_their_course_data_and_nothing_else(client, courses):
    enrolment, answer = coached(courses, courses.member, "Ik word rustig van wandelen.")
    lesson_mark_done(user=courses.member, lesson=courses.lessons[0])
    other_enrolment, other_answer = coached(courses, courses.other_member, "Madelief haar eigen antwoord.")
    counts = (LessonProgress.objects.count(), ExerciseAnswer.objects.count(), AnswerMessage.objects.count())
    assert counts == (1, 2, 4)

    erased = erase_like_the_core(courses.member)

    assert erased["selfhelp.enrolments"] == 1 and erased["selfhelp.answers"] == 1
    assert not Enrolment.objects.filter(pk=enrolment.pk).exists()
    assert not LessonProgress.objects.exists()
    assert list(ExerciseAnswer.objects.all()) == [other_answer]
    assert AnswerMessage.objects.filter(answer=other_answer).count() == 2
    assert courses.course.coaches.count() == 2
    client.force_login(courses.coach)
    dashboard = client.get(reverse("selfhelp:coach-dashboard"))
    assert dashboard.status_code == 200 and "Zonnebloem" not in dashboard.content.decode()
    assert client.get(reverse("selfhelp:participant", args=[other_enrolment.pk])).status_code == 200


@pytest.mark.parametrize("remove_texts", [False, True])
def test_a_coachs_feedback_stays_for_the_participant_without_the_coach(client, courses, remove_texts):
    enrolment, answer = coached(courses, courses.member, "Ik word rustig van wandelen.")

    erased = erase_like_the_core(courses.coach, remove_texts=remove_texts)

    assert erased["selfhelp.participants"] == 1 and erased["selfhelp.feedback"] == 1
    enrolment.refresh_from_db()
    assert enrolment.coach is None
    feedback = AnswerMessage.objects.get(answer=answer, from_coach=True)
    assert feedback.author is None
    assert feedback.text == (stored_text(REMOVED_TEXT) if remove_texts else FEEDBACK)
    assert AnswerMessage.objects.get(answer=answer, from_coach=False).author == courses.member

    client.cookies["django_language"] = "en"
    client.force_login(courses.member)
    page = client.get(courses.lessons[0].url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Feedback from a former coach" in html and "Coach Anouk" not in html
    assert (FEEDBACK in html) is not remove_texts
    assert "Ik word rustig van wandelen." in html and "Your reply" in html
    course_page = client.get(courses.course.url)
    assert course_page.status_code == 200 and "Coach Anouk" not in course_page.content.decode()
    # The member chooses the other coach, who reads the thread.
    coach_choose(enrolment=enrolment, coach=courses.other_coach)
    client.force_login(courses.other_coach)
    detail = client.get(reverse("selfhelp:participant", args=[enrolment.pk]))
    assert detail.status_code == 200
    assert "Feedback from a former coach" in detail.content.decode()
    assert "Coach Anouk" not in detail.content.decode()


def test_retention_rule_says_course_data_is_kept_while_taking_part(courses):
    rules = {rule.key: rule for rule in plugins.collect("retention_rules")}
    rule = rules["selfhelp.participation"]
    assert rule.days is None and rule.enforce is None and str(rule.description)
