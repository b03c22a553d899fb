"""Benchmark for the self-help pages, run by hand (`.venv/bin/python bench/selfhelp.py`); prints numbers, asserts nothing.

Builds a throw-away SQLite database (or uses DATABASE_URL) with the demo data plus the issue's
size (50 courses × 10 lessons, 1,000 enrolments with progress and shared answers), then requests
the catalogue, a course page and a lesson page (as a visitor and as an enrolled member) and the
coach dashboard, printing median and 95th-percentile latency, requests per second and queries.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WIJKPLEIN_VAR_DIR", tempfile.mkdtemp(prefix="wijkplein-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "community.settings.test")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.disable(logging.INFO)

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.run import measure  # noqa: E402


def build(courses, lessons, enrolments):
    from community.accounts.models import User
    from selfhelp.models import (
        CoursePage,
        CoursePartnerSectionPage,
        Enrolment,
        ExerciseAnswer,
        LessonPage,
        LessonProgress,
    )

    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    coach = User.objects.get(email="professional@wijkplein.example")
    section = CoursePartnerSectionPage.objects.get(partner__slug="cjg-deventer")
    demo_lesson = LessonPage.objects.filter(title__startswith="Les 1: Wat is").first()
    built = []
    for number in range(CoursePage.objects.filter(slug__startswith="bench-").count(), courses):
        course = CoursePage(
            title=f"Benchcursus {number}", slug=f"bench-{number}", intro="Een cursus om te meten.", guided=True
        )
        section.add_child(instance=course)
        course.coaches = [coach]
        course.save()
        for lesson_number in range(lessons):
            course.add_child(
                instance=LessonPage(
                    title=f"Les {lesson_number}", slug=f"les-{lesson_number}", body=demo_lesson.body.raw_data
                )
            )
        built.append(course)
    if built:
        users = User.objects.bulk_create(
            [User(email=f"bench{n}@example.org", pseudonym=f"Bench {n}") for n in range(enrolments)]
        )
        rows = Enrolment.objects.bulk_create(
            [Enrolment(user=user, course=built[n % len(built)], coach=coach) for n, user in enumerate(users)]
        )
        first = {course.pk: LessonPage.objects.child_of(course).first() for course in built}
        LessonProgress.objects.bulk_create([LessonProgress(enrolment=e, lesson=first[e.course_id]) for e in rows])
        block_id = next(block.id for block in first[built[0].pk].body if block.block_type == "reflection")
        ExerciseAnswer.objects.bulk_create(
            [
                ExerciseAnswer(
                    enrolment=e,
                    lesson=first[e.course_id],
                    block_id=block_id,
                    kind="reflection",
                    text="Antwoord",
                    shared_with_coach=True,
                    feedback_pending=True,
                )
                for e in rows
            ]
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--courses", type=int, default=50)
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--enrolments", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=3.0, help="time per URL")
    args = parser.parse_args()

    from community.accounts.models import User
    from selfhelp.models import CoursePage, Enrolment, LessonPage

    build(args.courses, args.lessons, args.enrolments)
    course = CoursePage.objects.get(slug="rust-in-je-gezin-omgaan-met-opvoedstress")
    lesson = course.lessons().first()
    print(
        f"Wijkplein self-help bench — {CoursePage.objects.live().count()} courses, {LessonPage.objects.live().count()} lessons, "
        f"{Enrolment.objects.count()} enrolments, database {connection.vendor}"
    )
    print(f"{'who':<8} {'url':<58} {'reqs':>6} {'median ms':>10} {'p95 ms':>8} {'req/s':>8} {'queries':>8}")
    visitor = Client()
    member = Client()
    member_user = User.objects.get(email="ouder@wijkplein.example")
    member.force_login(member_user)
    from selfhelp.services import enrolment_create

    enrolment_create(user=member_user, course=course)
    coach = Client()
    coach.force_login(User.objects.get(email="professional@wijkplein.example"))
    rows = [
        ("visitor", visitor, "/zelfhulp/"),
        ("visitor", visitor, "/zelfhulp/?begeleiding=ja&duur=middel"),
        ("visitor", visitor, course.url),
        ("visitor", visitor, lesson.url),
        ("member", member, course.url),
        ("member", member, lesson.url),
        ("coach", coach, "/zelfhulp-cursussen/coach/"),
    ]
    for who, client, url in rows:
        row = measure(client, url, args.seconds)
        print(
            f"{who:<8} {row['url'][:58]:<58} {row['requests']:>6} {row['median_ms']:>10.1f} {row['p95_ms']:>8.1f} {row['req_per_s']:>8.1f} {row['queries']:>8}"
        )


if __name__ == "__main__":
    main()
