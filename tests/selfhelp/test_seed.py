"""The self-help demo: two complete Dutch courses using every block type, coaches, one enrolment; idempotent."""

import io

import pytest
from django.core.management import call_command

from community.accounts.models import User
from selfhelp.blocks import LessonStreamBlock
from selfhelp.models import CoursePage, Enrolment, ExerciseAnswer, LessonPage

pytestmark = pytest.mark.django_db


def test_seed_selfhelp_demo_is_complete_and_idempotent(client):
    call_command("seed_demo", stdout=io.StringIO())  # runs seed_selfhelp_demo too
    answer_block_ids = set(ExerciseAnswer.objects.values_list("block_id", flat=True))
    call_command("seed_selfhelp_demo", stdout=io.StringIO())

    social = CoursePage.objects.get(title="Zinvol omgaan met social media")
    stress = CoursePage.objects.get(title="Rust in je gezin: omgaan met opvoedstress")
    assert CoursePage.objects.count() == 2
    assert social.lessons().count() == 3 and stress.lessons().count() == 5
    assert social.partner.slug == "herstelacademie-deventer" and stress.partner.slug == "cjg-deventer"
    assert "ervaringsdeskundigen" in social.lessons().last().title
    coaches = {u.email for u in User.objects.filter(coached_courses=stress)}
    assert coaches == {"professional@wijkplein.example", "ervaringsdeskundige@wijkplein.example"}

    used = {block.block_type for lesson in LessonPage.objects.all() for block in lesson.body}
    # Every block type of the course itself; a plugin's block depends on which plugins a site has.
    wanted = set(LessonStreamBlock.base_blocks) - {"plugin"}
    assert used == wanted, wanted - used

    member = User.objects.get(email="ouder@wijkplein.example")
    assert Enrolment.objects.filter(user=member).count() == 1
    # Stable block ids: the demo answer still belongs to an exercise after seeding again.
    assert set(ExerciseAnswer.objects.values_list("block_id", flat=True)) == answer_block_ids
    answer = ExerciseAnswer.objects.get()
    assert LessonPage.objects.get(pk=answer.lesson_id).exercise(answer.block_id) is not None

    for course in (social, stress):
        assert client.get(course.url).status_code == 200
        assert client.get(course.lessons().first().url).status_code == 200
    client.force_login(member)
    for lesson in LessonPage.objects.all():
        assert client.get(lesson.url).status_code == 200
