"""Guided mode: choosing a coach, sharing, the coach's view of their own participants only, feedback."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from community.notifications.models import Notification
from selfhelp.models import AnswerMessage, Enrolment, ExerciseAnswer
from selfhelp.services import answer_save, coach_choose, enrolment_create, feedback_create
from tests.factories.selfhelp import QUIZ_ID, REFLECTION_ID, RIGHT_OPTION

pytestmark = pytest.mark.django_db


def shared_answer(courses, member, coach, text="Ik word rustig van wandelen."):
    enrolment = enrolment_create(user=member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=coach)
    return answer_save(user=member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text=text, share=True)


def test_member_chooses_a_coach_of_the_course(client, courses):
    enrolment_create(user=courses.member, course=courses.course)
    client.force_login(courses.member)
    url = reverse("selfhelp:choose-coach", args=[courses.course.pk])
    page = client.get(url).content.decode()
    assert "Coach Anouk" in page and "Coach Sam" in page
    client.post(url, {"coach": courses.coach.pk})
    assert Enrolment.objects.get(user=courses.member).coach == courses.coach


def test_a_coach_not_of_this_course_cannot_be_chosen(client, courses, user_factory):
    outsider = user_factory(pseudonym="Geen coach")
    enrolment_create(user=courses.member, course=courses.course)
    client.force_login(courses.member)
    response = client.post(reverse("selfhelp:choose-coach", args=[courses.course.pk]), {"coach": outsider.pk})
    assert response.status_code == 200
    assert "Kies een van de coaches van deze cursus." in response.content.decode()
    assert Enrolment.objects.get(user=courses.member).coach is None
    response = client.post(reverse("selfhelp:choose-coach", args=[courses.course.pk]), {"coach": "abc"})
    assert "Kies een van de coaches van deze cursus." in response.content.decode()


def test_share_checkbox_shares_a_reflection_with_the_coach(client, courses):
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    client.force_login(courses.member)
    url = reverse("selfhelp:answer", args=[courses.lessons[0].pk, REFLECTION_ID])
    client.post(url, {"kind": "reflection", "text": "Nog niet delen"})
    assert not ExerciseAnswer.objects.get().shared_with_coach
    assert not ExerciseAnswer.objects.visible_to(courses.coach).exists()
    client.post(url, {"kind": "reflection", "text": "Nu wel delen", "share": "1"})
    answer = ExerciseAnswer.objects.get()
    assert answer.shared_with_coach and answer.feedback_pending
    assert list(ExerciseAnswer.objects.visible_to(courses.coach)) == [answer]
    # The other coach of the same course sees nothing.
    assert not ExerciseAnswer.objects.visible_to(courses.other_coach).exists()


def test_quiz_answers_are_never_shared(courses):
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    answer_save(user=courses.member, lesson=courses.lessons[0], block_id=QUIZ_ID, choice=RIGHT_OPTION)
    assert not ExerciseAnswer.objects.visible_to(courses.coach).exists()


def test_coach_dashboard_lists_waiting_participants_oldest_first(client, courses, user_factory):
    late = shared_answer(courses, courses.member, courses.coach)
    early = shared_answer(courses, courses.other_member, courses.coach)
    two_days_ago = timezone.now() - timedelta(days=2)
    ExerciseAnswer.objects.filter(pk=early.pk).update(shared_at=two_days_ago, waiting_since=two_days_ago)
    someone_else = user_factory(pseudonym="Klaproos")
    shared_answer(courses, someone_else, courses.other_coach, text="Voor de andere coach")
    client.force_login(courses.coach)
    page = client.get(reverse("selfhelp:coach-dashboard")).content.decode()
    assert page.index("Madelief") < page.index("Zonnebloem")
    assert "Klaproos" not in page
    assert late.pk


def test_coach_opens_own_participant_but_not_someone_elses(client, courses, user_factory):
    shared_answer(courses, courses.member, courses.coach, text="Gedeeld met Anouk")
    other = shared_answer(courses, courses.other_member, courses.other_coach, text="Gedeeld met Sam")
    own = Enrolment.objects.get(user=courses.member)
    client.force_login(courses.coach)
    page = client.get(reverse("selfhelp:participant", args=[own.pk])).content.decode()
    assert "Gedeeld met Anouk" in page and "Gedeeld met Sam" not in page
    assert client.get(reverse("selfhelp:participant", args=[other.enrolment_id])).status_code == 404
    # Not a coach at all: a plain member.
    client.force_login(courses.other_member)
    assert client.get(reverse("selfhelp:participant", args=[own.pk])).status_code == 404


def test_coach_does_not_see_unshared_answers_of_own_participant(client, courses):
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    answer = answer_save(user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Alleen voor mij")
    client.force_login(courses.coach)
    page = client.get(reverse("selfhelp:participant", args=[enrolment.pk])).content.decode()
    assert "Alleen voor mij" not in page
    response = client.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Probeer"})
    assert response.status_code == 404
    assert not AnswerMessage.objects.exists()


def test_feedback_notifies_with_a_link_only_and_shows_for_the_member(
    client, courses, django_capture_on_commit_callbacks
):
    answer = shared_answer(courses, courses.member, courses.coach)
    mail.outbox.clear()
    client.force_login(courses.coach)
    url = reverse("selfhelp:feedback", args=[answer.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"text": "Mooi dat je dit opschrijft. Wanneer lukt wandelen het best?"})
        client.post(url, {"text": "Mooi dat je dit opschrijft. Wanneer lukt wandelen het best?"})  # double submit
    assert AnswerMessage.objects.count() == 1
    assert not ExerciseAnswer.objects.get().feedback_pending
    notification = Notification.objects.get(recipient=courses.member, kind="selfhelp.feedback")
    assert notification.target_url.startswith(courses.lessons[0].url)
    assert len(mail.outbox) == 1
    assert "wandelen" not in mail.outbox[0].body and "Mooi dat" not in mail.outbox[0].body
    client.force_login(courses.member)
    page = client.get(courses.lessons[0].url).content.decode()
    assert "Wanneer lukt wandelen het best?" in page and "Coach Anouk" in page


def test_feedback_errors_are_clear_and_keep_the_text(client, courses):
    answer = shared_answer(courses, courses.member, courses.coach)
    client.force_login(courses.coach)
    url = reverse("selfhelp:feedback", args=[answer.pk])
    response = client.post(url, {"text": "  "})
    assert response.status_code == 400
    assert "Schrijf eerst je feedback." in response.content.decode()
    long_text = "Heel lang. " * 600
    response = client.post(url, {"text": long_text})
    assert response.status_code == 400
    assert "Heel lang." in response.content.decode()
    assert not AnswerMessage.objects.exists()


def test_feedback_service_refuses_another_coach(courses):
    answer = shared_answer(courses, courses.member, courses.coach)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        feedback_create(coach=courses.other_coach, answer=answer, text="Ik ben niet de coach")


def test_changing_an_answer_after_feedback_puts_it_back_on_the_list(courses):
    answer = shared_answer(courses, courses.member, courses.coach)
    feedback_create(coach=courses.coach, answer=answer, text="Goed zo")
    answer_save(user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Aangepast")
    assert ExerciseAnswer.objects.waiting_for_feedback().count() == 1


def test_a_revoked_coach_loses_access_at_once(client, courses):
    from community.accounts.models import Verification
    from community.accounts.services import verification_revoke

    answer = shared_answer(courses, courses.member, courses.coach)
    verification = Verification.objects.get(user=courses.coach)
    verification_revoke(revoked_by=courses.tree.editor_a, verification=verification)
    assert not ExerciseAnswer.objects.visible_to(courses.coach).exists()
    client.force_login(courses.coach)
    assert client.get(reverse("selfhelp:participant", args=[answer.enrolment_id])).status_code == 404
    assert client.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Nog even"}).status_code == 404
    # The member still sees their own answer.
    assert ExerciseAnswer.objects.visible_to(courses.member).count() == 1
