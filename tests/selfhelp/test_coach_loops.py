"""The loops between a course member and their coach, end to end through real URLs.

Member chooses a coach → the coach is told; member shares an answer → the coach is told; coach
writes feedback → the member is told; member replies → the coach is told; coach answers again →
the member is told. Each notification names who did it and which course or exercise, links where
one click (on a phone) opens it, and repeated ones are grouped. Only the member and their current
coach read or write the thread.
"""

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from community.notifications.models import Notification
from selfhelp.models import AnswerMessage, Enrolment, ExerciseAnswer
from selfhelp.services import (
    answer_save,
    coach_choose,
    enrolment_create,
    enrolment_leave,
    feedback_create,
    reply_create,
)
from tests.factories.accounts import UserFactory
from tests.factories.selfhelp import REFLECTION_ID
from tests.selfhelp.test_coach_assignment import remove_coach

pytestmark = pytest.mark.django_db

QUESTION = "Wat geeft jou rust?"  # the reflection exercise in every test lesson


def nl(msgid, **params):
    """`msgid` as a Dutch member reads it (the English text until the catalogue has it)."""
    with translation.override("nl"):
        text = translation.gettext(msgid)
    return text % params if params else text


def nl_plural(singular, plural, count):
    with translation.override("nl"):
        return translation.ngettext(singular, plural, count) % {"counter": count}


def login(user):
    client = Client()
    client.force_login(user)
    return client


def notification_page(client):
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 200
    return response.content.decode()


def open_notification(client, notification):
    """What a click on the notification does: mark it read and go to its link."""
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    return response["Location"]


def answer_url(courses, lesson=0):
    return reverse("selfhelp:answer", args=[courses.lessons[lesson].pk, REFLECTION_ID])


def shared_with_feedback(courses, member, coach, text="Ik word rustig van wandelen.", lesson=0):
    enrolment = Enrolment.objects.filter(user=member, course=courses.course).first()
    if enrolment is None:
        enrolment = enrolment_create(user=member, course=courses.course)
        coach_choose(enrolment=enrolment, coach=coach)
    answer = answer_save(user=member, lesson=courses.lessons[lesson], block_id=REFLECTION_ID, text=text, share=True)
    feedback_create(coach=coach, answer=answer, text="Mooi. Wanneer lukt dat het best?")
    return answer


# --- The loops, end to end ------------------------------------------------------------------------


def test_every_loop_between_member_and_coach_through_real_urls(courses, mailoutbox, django_capture_on_commit_callbacks):
    member, coach = login(courses.member), login(courses.coach)
    lesson = courses.lessons[0]
    with django_capture_on_commit_callbacks(execute=True):
        # 1. The member enrols and chooses a coach: the coach is told who, for which course.
        assert member.post(reverse("selfhelp:enrol", args=[courses.course.pk])).status_code == 302
        response = member.post(reverse("selfhelp:choose-coach", args=[courses.course.pk]), {"coach": courses.coach.pk})
        assert response.status_code == 302
        enrolment = Enrolment.objects.get(user=courses.member)
        participant_url = reverse("selfhelp:participant", args=[enrolment.pk])
        line = nl("%(actor)s chose you as their coach for “%(subject)s”", actor="Zonnebloem", subject="Rust in huis")
        assert escape(line) in notification_page(coach)
        chosen = Notification.objects.get(recipient=courses.coach, kind="selfhelp.coach_chosen")
        assert chosen.actor == courses.member
        assert open_notification(coach, chosen) == participant_url
        assert "Zonnebloem" in coach.get(participant_url).content.decode()

        # 2. The member shares an answer: the coach is told, and one click opens that answer.
        member.post(answer_url(courses), {"kind": "reflection", "text": "Ik word rustig van wandelen.", "share": "1"})
        answer = ExerciseAnswer.objects.get(enrolment=enrolment)
        line = nl("%(actor)s shared their answer to “%(subject)s” with you", actor="Zonnebloem", subject=QUESTION)
        assert escape(line) in notification_page(coach)
        shared = Notification.objects.get(recipient=courses.coach, kind="selfhelp.answer_shared")
        target = open_notification(coach, shared)
        assert target == f"{participant_url}#antwoord-{answer.pk}"
        assert "Ik word rustig van wandelen." in coach.get(target).content.decode()

        # 3. The coach gives feedback: the member is told who, about which exercise.
        response = coach.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Mooi. Wanneer lukt dat?"})
        assert response.status_code == 302 and response["Location"].endswith(f"#antwoord-{answer.pk}")
        line = nl("%(actor)s gave you feedback on “%(subject)s”", actor="Coach Anouk", subject=QUESTION)
        assert escape(line) in notification_page(member)
        feedback = Notification.objects.get(recipient=courses.member, kind="selfhelp.feedback")
        assert feedback.actor == courses.coach
        target = open_notification(member, feedback)
        assert target == f"{lesson.url}#oefening-{REFLECTION_ID}"
        page = member.get(lesson.url).content.decode()
        assert "Mooi. Wanneer lukt dat?" in page
        assert reverse("selfhelp:reply", args=[answer.pk]) in page  # the reply form under the exercise

        # 4. The member replies: the coach is told, and sees the reply waiting for them.
        response = member.post(reverse("selfhelp:reply", args=[answer.pk]), {"text": "Meestal 's avonds."})
        assert response.status_code == 302 and response["Location"] == f"{lesson.url}#oefening-{REFLECTION_ID}"
        line = nl("%(actor)s replied to your feedback on “%(subject)s”", actor="Zonnebloem", subject=QUESTION)
        assert escape(line) in notification_page(coach)
        reply = Notification.objects.get(recipient=courses.coach, kind="selfhelp.reply")
        target = open_notification(coach, reply)
        assert target == f"{participant_url}#antwoord-{answer.pk}"
        page = coach.get(target).content.decode()
        assert "Meestal &#x27;s avonds." in page and nl("reply waiting for you") in page

        # 5. The coach answers again: the member is told again (a new line: they read the first).
        coach.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Probeer het eens 's ochtends."})
        unread = Notification.objects.get(recipient=courses.member, kind="selfhelp.feedback", read_at__isnull=True)
        assert unread.actor == courses.coach and unread.subject == QUESTION and unread.count == 1
        assert open_notification(member, unread) == f"{lesson.url}#oefening-{REFLECTION_ID}"

    page = member.get(lesson.url).content.decode()
    thread = ["Mooi. Wanneer lukt dat?", "Meestal &#x27;s avonds.", "Probeer het eens &#x27;s ochtends."]
    assert [page.index(text) for text in thread] == sorted(page.index(text) for text in thread)
    assert list(AnswerMessage.objects.values_list("from_coach", flat=True)) == [True, False, True]
    # Every one of them emailed at once (the coach's choice notice waits for the digest), and no
    # email carries who, what or which exercise.
    assert len(mailoutbox) == 4
    for message in mailoutbox:
        other_side = "Zonnebloem" if message.to == [courses.coach.email] else "Coach Anouk"
        for secret in (other_side, QUESTION, "wandelen", "avonds", "ochtends", "Rust in huis"):
            assert secret not in message.body and secret not in message.subject


def test_shares_are_grouped_per_participant_and_replies_per_answer(courses):
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    member = login(courses.member)
    member.post(answer_url(courses, 0), {"kind": "reflection", "text": "Eerste", "share": "1"})
    member.post(answer_url(courses, 1), {"kind": "reflection", "text": "Tweede", "share": "1"})
    # Changing an answer the coach has not answered yet adds nothing to their to-do.
    member.post(answer_url(courses, 1), {"kind": "reflection", "text": "Tweede, beter", "share": "1"})
    # Saving without sharing tells the coach nothing.
    member.post(answer_url(courses, 2), {"kind": "reflection", "text": "Alleen voor mij"})
    shared = Notification.objects.get(recipient=courses.coach, kind="selfhelp.answer_shared")
    assert shared.count == 2 and shared.group == f"selfhelp:participant:{enrolment.pk}"
    more = nl_plural("and %(counter)s more", "and %(counter)s more", 1)
    assert escape(more) in notification_page(login(courses.coach))

    first, second = ExerciseAnswer.objects.filter(shared_with_coach=True).order_by("lesson__path")
    for answer in (first, second):
        feedback_create(coach=courses.coach, answer=answer, text="Goed bezig.")
    member.post(reverse("selfhelp:reply", args=[first.pk]), {"text": "Dank je."})
    member.post(reverse("selfhelp:reply", args=[first.pk]), {"text": "Nog een vraag."})
    member.post(reverse("selfhelp:reply", args=[second.pk]), {"text": "Over de tweede."})
    replies = Notification.objects.filter(recipient=courses.coach, kind="selfhelp.reply").order_by("pk")
    assert [(n.group, n.count) for n in replies] == [
        (f"selfhelp:answer:{first.pk}", 2),
        (f"selfhelp:answer:{second.pk}", 1),
    ]
    # A changed answer after the coach's answer is back on the to-do: the coach hears of it again.
    feedback_create(coach=courses.coach, answer=first, text="Graag gedaan.")
    answer_save(user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Aangepast")
    assert Notification.objects.get(recipient=courses.coach, kind="selfhelp.answer_shared").count == 3


def test_the_coach_dashboard_puts_the_to_do_first_with_counts(courses):
    replied = shared_with_feedback(courses, courses.member, courses.coach)
    reply_create(user=courses.member, answer=replied, text="Meestal 's avonds.")
    sharer = courses.other_member
    enrolment = enrolment_create(user=sharer, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    for lesson in courses.lessons[:2]:
        answer_save(user=sharer, lesson=lesson, block_id=REFLECTION_ID, text="Gedeeld", share=True)
    done = UserFactory(pseudonym="Klaproos")
    shared_with_feedback(courses, done, courses.coach)  # answered: nothing waiting
    # The reply has waited longest.
    ExerciseAnswer.objects.filter(pk=replied.pk).update(waiting_since=replied.shared_at)

    response = login(courses.coach).get(reverse("selfhelp:coach-dashboard"))
    page = response.content.decode()
    waiting = list(response.context["waiting"])
    assert [(e.user.pseudonym, e.reply_count, e.shared_count) for e in waiting] == [
        ("Zonnebloem", 1, 0),
        ("Madelief", 0, 2),
    ]
    assert [e.user.pseudonym for e in response.context["others"]] == ["Klaproos"]
    assert nl_plural("%(counter)s reply waiting", "%(counter)s replies waiting", 1) in page
    assert nl_plural("%(counter)s shared answer waiting", "%(counter)s shared answers waiting", 2) in page
    assert page.index("Zonnebloem") < page.index("Madelief") < page.index("Klaproos")

    # Answering the reply takes Zonnebloem off the to-do.
    feedback_create(coach=courses.coach, answer=replied, text="Fijn om te horen.")
    response = login(courses.coach).get(reverse("selfhelp:coach-dashboard"))
    assert [e.user.pseudonym for e in response.context["waiting"]] == ["Madelief"]


# --- Who may read and write the thread ----------------------------------------------------------


def test_only_the_member_may_post_a_reply_to_their_answer(client, courses):
    answer = shared_with_feedback(courses, courses.member, courses.coach)
    url = reverse("selfhelp:reply", args=[answer.pk])
    response = client.post(url, {"text": "Anoniem"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    for intruder in (courses.other_member, courses.coach, courses.other_coach):
        assert login(intruder).post(url, {"text": "Niet van mij"}).status_code == 404
    assert login(courses.member).post(reverse("selfhelp:reply", args=[999_999]), {"text": "Weg"}).status_code == 404
    assert login(courses.member).get(url).status_code == 405
    assert list(AnswerMessage.objects.values_list("from_coach", flat=True)) == [True]


def test_only_the_current_coach_reads_and_answers_the_thread(client, courses):
    answer = shared_with_feedback(courses, courses.member, courses.coach)
    reply_create(user=courses.member, answer=answer, text="Geheime reactie")
    participant_url = reverse("selfhelp:participant", args=[answer.enrolment_id])
    feedback_url = reverse("selfhelp:feedback", args=[answer.pk])
    assert "Geheime reactie" in login(courses.coach).get(participant_url).content.decode()
    for intruder in (courses.other_member, courses.other_coach):
        assert login(intruder).get(participant_url).status_code == 404
        assert login(intruder).post(feedback_url, {"text": "Ik ook"}).status_code == 404
        assert "Geheime reactie" not in login(intruder).get(courses.lessons[0].url).content.decode()
    response = client.get(participant_url)
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert client.post(feedback_url, {"text": "Anoniem"}).status_code == 302
    assert AnswerMessage.objects.count() == 2


def test_after_a_change_of_coach_the_old_coach_no_longer_sees_the_thread(courses):
    answer = shared_with_feedback(courses, courses.member, courses.coach)
    reply_create(user=courses.member, answer=answer, text="Geheime reactie")
    member = login(courses.member)
    member.post(reverse("selfhelp:choose-coach", args=[courses.course.pk]), {"coach": courses.other_coach.pk})
    old = login(courses.coach)
    participant_url = reverse("selfhelp:participant", args=[answer.enrolment_id])
    assert old.get(participant_url).status_code == 404
    assert old.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Nog even"}).status_code == 404
    assert "Zonnebloem" not in old.get(reverse("selfhelp:coach-dashboard")).content.decode()
    # The new coach has the thread (and its waiting reply) on their to-do, and hears the next reply.
    new = login(courses.other_coach)
    assert "Geheime reactie" in new.get(participant_url).content.decode()
    assert [e.pk for e in new.get(reverse("selfhelp:coach-dashboard")).context["waiting"]] == [answer.enrolment_id]
    member.post(reverse("selfhelp:reply", args=[answer.pk]), {"text": "Voor mijn nieuwe coach"})
    assert Notification.objects.filter(recipient=courses.other_coach, kind="selfhelp.reply").exists()
    assert Notification.objects.filter(recipient=courses.coach, kind="selfhelp.reply").count() == 1  # the old one


def test_after_leaving_the_course_the_coach_no_longer_sees_anything(courses):
    answer = shared_with_feedback(courses, courses.member, courses.coach)
    enrolment_leave(enrolment=answer.enrolment)
    coach = login(courses.coach)
    assert coach.get(reverse("selfhelp:participant", args=[answer.enrolment_id])).status_code == 404
    assert coach.post(reverse("selfhelp:feedback", args=[answer.pk]), {"text": "Hallo?"}).status_code == 404
    assert not AnswerMessage.objects.exists()


def test_no_reply_once_the_coach_is_gone_or_the_answer_unshared(courses):
    answer = shared_with_feedback(courses, courses.member, courses.coach)
    member = login(courses.member)
    url = reverse("selfhelp:reply", args=[answer.pk])
    remove_coach(courses.course, courses.coach)
    assert reverse("selfhelp:reply", args=[answer.pk]) not in member.get(courses.lessons[0].url).content.decode()
    response = member.post(url, {"text": "Ben je er nog?"})
    assert response.status_code == 400
    page = response.content.decode()
    assert nl("You can only reply while this answer is shared with your coach.") in page
    assert "Ben je er nog?" in page  # what was typed is not lost
    assert not Notification.objects.filter(kind="selfhelp.reply").exists()

    other = shared_with_feedback(courses, courses.other_member, courses.other_coach)
    answer_save(
        user=courses.other_member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Toch niet", share=False
    )
    response = login(courses.other_member).post(reverse("selfhelp:reply", args=[other.pk]), {"text": "Hallo"})
    assert response.status_code == 400
    assert AnswerMessage.objects.filter(from_coach=False).count() == 0


# --- Bad input ------------------------------------------------------------------------------------


def test_empty_too_long_or_early_replies_get_a_clear_error_and_keep_the_text(courses):
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    coach_choose(enrolment=enrolment, coach=courses.coach)
    answer = answer_save(user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="A", share=True)
    member = login(courses.member)
    url = reverse("selfhelp:reply", args=[answer.pk])
    response = member.post(url, {"text": "Al een vraag"})  # before any feedback
    assert response.status_code == 400
    assert nl("You can reply once your coach has given feedback.") in response.content.decode()

    feedback_create(coach=courses.coach, answer=answer, text="Goed zo")
    response = member.post(url, {"text": "   "})
    assert response.status_code == 400
    assert nl("Write your reply first.") in response.content.decode()
    with override_settings(SELFHELP_FEEDBACK_MAX_LENGTH=40):
        typed = "Dit is veel te lang <b>voor</b> een reactie aan de coach."
        response = member.post(url, {"text": typed})
    assert response.status_code == 400
    page = response.content.decode()
    error = nl(
        "Your reply is too long: %(length)d characters. Keep it under %(limit)d characters.",
        length=len(typed),
        limit=40,
    )
    assert error in page
    assert escape(typed) in page and "<b>voor</b>" not in page
    assert 'aria-invalid="true"' in page
    assert AnswerMessage.objects.filter(from_coach=False).count() == 0
    # A double submit makes one message, and the text is shown escaped to the coach.
    for _ in range(2):
        member.post(url, {"text": "<script>alert(1)</script>"})
    assert AnswerMessage.objects.filter(from_coach=False).count() == 1
    page = login(courses.coach).get(reverse("selfhelp:participant", args=[enrolment.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


# --- Query counts ---------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def participant_with_thread(courses, member, lessons=1, rounds=1):
    answers = []
    for number in range(lessons):
        answer = shared_with_feedback(courses, member, courses.coach, text=f"Antwoord {number}", lesson=number)
        for round_ in range(rounds):
            reply_create(user=member, answer=answer, text=f"Reactie {round_}")
            feedback_create(coach=courses.coach, answer=answer, text=f"Antwoord van de coach {round_}")
        answers.append(answer)
    return answers


def test_dashboard_participant_and_lesson_pages_stay_flat(courses, django_assert_max_num_queries):
    answer = participant_with_thread(courses, courses.member)[0]
    reply_create(user=courses.member, answer=answer, text="Nog één vraag")
    other = participant_with_thread(courses, courses.other_member)[0]
    coach, member = login(courses.coach), login(courses.member)
    dashboard = reverse("selfhelp:coach-dashboard")
    participant = reverse("selfhelp:participant", args=[answer.enrolment_id])
    lesson = courses.lessons[0].url
    small = {
        "dashboard": count_queries(coach, dashboard),
        "participant": count_queries(coach, participant),
        "lesson": count_queries(member, lesson),
    }

    # More participants (some waiting, some not), more answers and a longer thread.
    for number in range(12):
        someone = UserFactory(pseudonym=f"Deelnemer {number}")
        answers = participant_with_thread(courses, someone)
        if number % 2:
            reply_create(user=someone, answer=answers[0], text="Wachtend")
    participant_with_thread(courses, courses.member, lessons=3, rounds=4)
    participant_with_thread(courses, courses.other_member, lessons=2, rounds=2)
    assert AnswerMessage.objects.filter(answer__enrolment=answer.enrolment).count() > 20
    assert other.pk

    for name, client, url in (
        ("dashboard", coach, dashboard),
        ("participant", coach, participant),
        ("lesson", member, lesson),
    ):
        client.get(url)
        with django_assert_max_num_queries(small[name], info=name):
            assert client.get(url).status_code == 200
    assert max(small.values()) <= 40, small
