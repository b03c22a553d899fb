"""Catalogue, course and lesson pages keep a constant query count as courses, lessons and enrolments grow.

The issue's size is 50 courses × 10 lessons and 1,000 enrolments. Pages are added with
`add_child` (no revisions) and people, enrolments, progress and answers with bulk_create, which
keeps this test at about half a minute; bench/selfhelp.py reports the same pages' speed.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.accounts.models import User
from selfhelp.models import CoursePage, Enrolment, ExerciseAnswer, LessonPage, LessonProgress
from selfhelp.services import answer_save, coach_choose, enrolment_create
from tests.factories.selfhelp import REFLECTION_ID, exercise_body

pytestmark = pytest.mark.django_db

COURSES, LESSONS, ENROLMENTS = 50, 10, 1000


def build(courses, count_courses, count_lessons, count_enrolments, prefix):
    section = courses.course_section_a
    built = []
    for number in range(count_courses):
        course = CoursePage(
            title=f"Grote cursus {prefix}{number}", slug=f"{prefix}-cursus-{number}", intro="Over rust.", guided=True
        )
        section.add_child(instance=course)
        course.coaches = [courses.coach]
        course.save()
        for lesson_number in range(count_lessons):
            course.add_child(
                instance=LessonPage(title=f"Les {lesson_number}", slug=f"les-{lesson_number}", body=exercise_body())
            )
        built.append(course)
    users = User.objects.bulk_create(
        [User(email=f"{prefix}{n}@example.org", pseudonym=f"Deelnemer {prefix} {n}") for n in range(count_enrolments)]
    )
    enrolments = Enrolment.objects.bulk_create(
        [Enrolment(user=user, course=built[n % len(built)], coach=courses.coach) for n, user in enumerate(users)]
    )
    first_lessons = {course.pk: LessonPage.objects.child_of(course).first() for course in built}
    LessonProgress.objects.bulk_create(
        [LessonProgress(enrolment=e, lesson=first_lessons[e.course_id]) for e in enrolments]
    )
    ExerciseAnswer.objects.bulk_create(
        [
            ExerciseAnswer(
                enrolment=e,
                lesson=first_lessons[e.course_id],
                block_id=REFLECTION_ID,
                kind="reflection",
                text="Antwoord",
                shared_with_coach=True,
                feedback_pending=True,
            )
            for e in enrolments
        ]
    )
    return built


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def urls(courses):
    catalogue = courses.course.get_parent().get_parent()
    return {
        "catalogue": catalogue.url,
        "filtered": catalogue.url + "?onderwerp=&begeleiding=ja&duur=middel",
        "course": courses.course.url,
        "lesson": courses.lessons[0].url,
        "dashboard": "/zelfhulp-cursussen/coach/",
    }


def test_query_counts_stay_constant(client, courses, django_assert_max_num_queries):
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    answer_save(
        user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Mijn antwoord", share=True
    )
    build(courses, 2, 2, 4, prefix="klein")

    client.force_login(courses.member)
    small = {name: count_queries(client, url) for name, url in urls(courses).items() if name != "dashboard"}
    client.force_login(courses.coach)
    small["dashboard"] = count_queries(client, urls(courses)["dashboard"])

    build(courses, COURSES, LESSONS, ENROLMENTS, prefix="groot")
    assert Enrolment.objects.count() >= ENROLMENTS
    assert LessonPage.objects.count() >= COURSES * LESSONS

    client.force_login(courses.member)
    for name, url in urls(courses).items():
        if name == "dashboard":
            client.force_login(courses.coach)
        client.get(url)
        with django_assert_max_num_queries(small[name], info=name):
            assert client.get(url).status_code == 200
    # Sanity: the numbers themselves are small.
    assert max(small.values()) <= 40, small


def test_anonymous_pages_are_cheap(client, courses):
    catalogue = courses.course.get_parent().get_parent()
    assert count_queries(client, catalogue.url) <= 20  # Wagtail routing costs one query per tree level
    assert count_queries(client, courses.course.url) <= 20  # Wagtail routing costs one query per tree level
    assert count_queries(client, courses.lessons[0].url) <= 20  # Wagtail routing costs one query per tree level
