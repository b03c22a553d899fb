"""The three features wired together on the seeded demo (seed_demo runs every feature's seeder)."""

import io

import pytest
from django.core.management import call_command

from community.accounts.models import User
from selfhelp.models import CoursePage, Enrolment, LessonPage

pytestmark = pytest.mark.django_db


def test_demo_lessons_group_and_service_pages_link_across_features(client):
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())  # still idempotent with the wiring in place
    enrolment = Enrolment.objects.filter(cohort__isnull=False).select_related("user", "course").first()
    member = enrolment.user
    client.force_login(member)

    # Lesson blocks: the "stress" forum and the social map filtered on "opvoeden".
    stress_lesson = next(
        lesson
        for lesson in LessonPage.objects.live()
        if any(
            b.block_type == "community_link" and b.value["kind"] == "forum" and b.value["topic"].slug == "stress"
            for b in lesson.body
        )
    )
    Enrolment.objects.get_or_create(user=member, course=CoursePage.objects.get(pk=stress_lesson.get_parent().pk))
    page = client.get(stress_lesson.url).content.decode()
    assert 'class="lesson-link" href="/forum/forum/stress-' in page
    assert 'href="/sociale-kaart/?category=opvoeden"' in page

    # The group's private forum: open for the member, 404 for another demo parent.
    response = client.get(enrolment.course.url)
    space = response.context["cohort_space"]
    assert space and client.get(space.url).status_code == 200
    client.force_login(User.objects.get(email="lindenblad@ouders.wijkplein.example"))
    assert client.get(space.url).status_code == 404

    # A service about stress lists public forum topics, never the demo's private group.
    from socialmap.models import Service

    client.logout()
    service = Service.objects.published().filter(categories__slug="stress").first()
    page = client.get(service.get_absolute_url()).content.decode()
    assert "In het forum:" in page and "/forum/forum/stress-" in page
    assert "Besloten" not in page
