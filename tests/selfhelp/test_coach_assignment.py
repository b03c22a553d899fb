"""Coaching access follows the coach's current place on the course, checked at every URL that shows
participants or their shared answers (not only when the participant chose the coach)."""

import pytest
from django.urls import reverse

from selfhelp.models import AnswerMessage
from tests.selfhelp.test_coaching import shared_answer

pytestmark = pytest.mark.django_db

SECRET = "Ik slaap slecht sinds de scheiding."


def remove_coach(course, coach):
    """What an editor does: publish the course without this coach."""
    course.coaches = [user for user in course.coaches.all() if user.pk != coach.pk]
    course.save_revision().publish()
    course.refresh_from_db()


def test_current_coach_sees_participant_and_answers(client, courses):
    answer = shared_answer(courses, courses.member, courses.coach, text=SECRET)
    client.force_login(courses.coach)
    dashboard = client.get(reverse("selfhelp:coach-dashboard"))
    assert dashboard.status_code == 200 and "Zonnebloem" in dashboard.content.decode()
    detail = client.get(reverse("selfhelp:participant", args=[answer.enrolment_id]))
    assert detail.status_code == 200 and SECRET in detail.content.decode()


def test_coach_removed_from_the_course_loses_access(client, courses):
    answer = shared_answer(courses, courses.member, courses.coach, text=SECRET)
    remove_coach(courses.course, courses.coach)
    client.force_login(courses.coach)
    assert client.get(reverse("selfhelp:participant", args=[answer.enrolment_id])).status_code == 404
    response = client.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Toch nog even"})
    assert response.status_code == 404
    assert not AnswerMessage.objects.exists()
    dashboard = client.get(reverse("selfhelp:coach-dashboard"))
    assert dashboard.status_code == 200
    assert "Zonnebloem" not in dashboard.content.decode()
    assert SECRET not in client.get(reverse("selfhelp:my-courses")).content.decode()


def test_coach_put_back_on_the_course_sees_them_again(client, courses):
    answer = shared_answer(courses, courses.member, courses.coach, text=SECRET)
    remove_coach(courses.course, courses.coach)
    courses.course.coaches = [*courses.course.coaches.all(), courses.coach]
    courses.course.save_revision().publish()
    client.force_login(courses.coach)
    assert client.get(reverse("selfhelp:participant", args=[answer.enrolment_id])).status_code == 200


def test_a_removal_only_in_a_draft_changes_nothing_yet(client, courses):
    answer = shared_answer(courses, courses.member, courses.coach, text=SECRET)
    course = courses.course
    course.coaches = [courses.other_coach]
    course.save_revision()  # not published: the live course still has both coaches
    client.force_login(courses.coach)
    assert client.get(reverse("selfhelp:participant", args=[answer.enrolment_id])).status_code == 200
