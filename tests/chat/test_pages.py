"""The chat's pages through real URLs: who sees what, forms that keep what was typed, flat queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.chat import services
from forum.chat.models import Message, Participation, Room
from tests.factories.accounts import UserFactory
from tests.factories.chat import RoomFactory, professional

pytestmark = pytest.mark.django_db


def test_the_home_page_chat_card_links_to_the_chat(client, tree):
    response = client.get("/")
    assert reverse("chat:index") in response.content.decode()
    page = client.get(reverse("chat:index"))
    assert page.status_code == 200


def test_an_anonymous_visitor_sees_hours_and_alternatives_but_no_history(client):
    room = RoomFactory()  # closed now
    Message.objects.create(room=room, author=UserFactory(), text="Iets persoonlijks")
    page = client.get(reverse("chat:room", args=[room.slug])).content.decode()
    assert "Iets persoonlijks" not in page
    assert "0800-0113" in page and "088 0767 000" in page
    assert "Openingstijden" in page or "Opening hours" in page
    assert 'name="text"' not in page


def test_a_member_reads_the_history_and_a_removed_member_does_not(client):
    room = RoomFactory(open_now=True)
    Message.objects.create(room=room, author=UserFactory(), text="Welkom in de groep")
    member = UserFactory()
    client.force_login(member)
    page = client.get(reverse("chat:room", args=[room.slug])).content.decode()
    assert "Welkom in de groep" in page and 'name="text"' in page
    services.participant_measure(room, room.host, member, "remove", 60, "Kwetsende taal")
    page = client.get(reverse("chat:room", args=[room.slug])).content.decode()
    assert "Welkom in de groep" not in page
    assert "Kwetsende taal" in page


def test_a_one_to_one_chat_is_only_for_its_member_the_assigned_professional_and_moderators(client):
    member = UserFactory()
    pro = professional()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(chat, member, "Mijn vraag")
    url = reverse("chat:direct", args=[chat.public_id])
    assert client.get(url).status_code == 302  # to the login
    for outsider in (UserFactory(), pro):  # the professional has not picked it up
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert client.post(reverse("chat:send", args=[chat.public_id]), {"text": "hoi"}).status_code == 404
    client.force_login(UserFactory(is_superuser=True))
    assert "Mijn vraag" in client.get(url).content.decode()
    services.pickup(chat, pro)
    client.force_login(pro)
    assert "Mijn vraag" in client.get(url).content.decode()
    client.force_login(member)
    page = client.get(url).content.decode()
    assert "Mijn vraag" in page
    guessed = reverse("chat:direct", args=["00000000-0000-0000-0000-000000000000"])
    assert client.get(guessed).status_code == 404
    assert Message.objects.filter(room=chat, kind=Message.Kind.TEXT).count() == 1


def test_a_refused_message_keeps_what_was_typed(client):
    room = RoomFactory(open_now=True)
    member = UserFactory()
    services.participant_measure(room, room.host, member, "mute", 30, "Even pauze")
    client.force_login(member)
    response = client.post(reverse("chat:send", args=[room.public_id]), {"text": "Mijn lange verhaal"}, follow=True)
    page = response.content.decode()
    assert "Even pauze" in page
    assert "Mijn lange verhaal" in page
    assert not Message.objects.filter(author=member).exists()


def test_sending_without_javascript(client):
    room = RoomFactory(open_now=True)
    member = UserFactory()
    client.force_login(member)
    response = client.post(reverse("chat:send", args=[room.public_id]), {"text": "Zonder script"})
    assert response.status_code == 302
    assert Message.objects.get(author=member).text == "Zonder script"


def test_host_tools_are_for_the_host_only(client):
    room = RoomFactory(open_now=True)
    member = UserFactory()
    Participation.objects.create(room=room, user=member)
    url = reverse("chat:host-action", args=[room.slug])
    client.force_login(member)
    assert client.post(url, {"action": "mute", "user": member.pk, "minutes": 30, "reason": "x"}).status_code == 403
    assert client.post(url, {"action": "close"}).status_code == 403
    client.force_login(room.host)
    page = client.get(reverse("chat:room", args=[room.slug])).content.decode()
    assert "Host tools" in page or "Gastheer" in page or "host-tools" in page
    response = client.post(url, {"action": "mute", "user": member.pk, "minutes": 30, "reason": "Rustig"}, follow=True)
    assert response.status_code == 200
    assert Participation.objects.get(room=room, user=member).muted()
    response = client.post(url, {"action": "mute", "user": member.pk, "minutes": 30, "reason": ""}, follow=True)
    assert response.status_code == 200  # a clear error, no crash


def test_the_queue_is_for_professionals_and_shows_the_triage_answers(client):
    member = UserFactory()
    chat = services.direct_start(member, Room.Urgency.DANGER, "Stress", Room.Helper.PROFESSIONAL)
    client.force_login(member)
    assert client.get(reverse("chat:queue")).status_code == 403
    assert client.post(reverse("chat:pickup", args=[chat.public_id])).status_code == 403
    pro = professional()
    client.force_login(pro)
    page = client.get(reverse("chat:queue")).content.decode()
    assert "Stress" in page
    response = client.post(reverse("chat:pickup", args=[chat.public_id]))
    assert response.status_code == 302 and str(chat.public_id) in response["Location"]


def test_the_start_form_says_what_is_missing_and_in_danger_shows_the_help_card(client):
    member = UserFactory()
    client.force_login(member)
    page = client.get(reverse("chat:direct-start")).content.decode()
    assert "niet direct herleidbaar" in page or "not directly traceable" in page
    response = client.post(reverse("chat:direct-start"), {"urgency": "today"})
    assert response.status_code == 200
    assert not Room.objects.direct().exists()
    body = response.content.decode()
    assert 'value="today" checked' in body or 'checked value="today"' in body or "checked" in body
    response = client.post(
        reverse("chat:direct-start"), {"urgency": "danger", "topic": "other", "helper": "any"}, follow=True
    )
    chat = Room.objects.direct().get(member=member)
    assert chat.urgency == Room.Urgency.DANGER
    page = response.content.decode()
    assert 'id="help-card"' in page and 'id="help-card" hidden' not in page


def test_the_fallback_form_keeps_the_choice_and_says_what_is_wrong(client):
    member = UserFactory()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)  # nobody on duty
    client.force_login(member)
    url = reverse("chat:fallback", args=[chat.public_id])
    response = client.post(url, {"choice": "callback", "phone": "", "at": ""})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="callback"' in page and "field__error" in page
    at = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(url, {"choice": "callback", "phone": "0612345678", "at": at})
    assert response.status_code == 302
    chat.refresh_from_db()
    assert chat.fallback == Room.Fallback.CALLBACK


def test_answer_by_message_moves_the_question_to_the_helpdesk_mailbox(client):
    """Nobody on duty: "answer by message" hands the question to the platform's helpdesk mailbox
    (the message_handoff hook); the member lands in that conversation and the helpdesk is told."""
    from community.notifications.models import Notification
    from socialmap.mailbox.models import ProviderMailbox, Thread
    from tests.factories.mailbox import provider

    helpdesk, pro = provider(name="Helpdesk Wijkplein")
    ProviderMailbox.objects.create(partner=helpdesk, helpdesk=True)
    member = UserFactory()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(chat, member, "Mijn zoon slaapt al weken slecht.")
    client.force_login(member)
    response = client.post(reverse("chat:fallback", args=[chat.public_id]), {"choice": "message"})
    thread = Thread.objects.get(member=member)
    assert response.status_code == 302 and response["Location"] == reverse("mailbox:thread", args=[thread.public_id])
    assert thread.partner == helpdesk and thread.origin == Thread.Origin.CHAT
    assert thread.messages.filter(author=member, text="Mijn zoon slaapt al weken slecht.").exists()
    assert Notification.objects.filter(recipient=pro, kind="mailbox.new").exists()
    chat.refresh_from_db()
    assert chat.status == Room.Status.CLOSED
    assert client.get(response["Location"]).status_code == 200


def test_answer_by_message_without_a_helpdesk_keeps_the_question_in_the_chat(client):
    member = UserFactory()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(chat, member, "Mijn vraag")
    client.force_login(member)
    response = client.post(reverse("chat:fallback", args=[chat.public_id]), {"choice": "message"})
    assert response["Location"] == services.room_url(chat)
    chat.refresh_from_db()
    assert chat.status == Room.Status.WAITING and chat.fallback == Room.Fallback.MESSAGE


def test_another_members_transcript_is_not_found(client):
    member, other = UserFactory(), UserFactory()
    professional()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.direct_close(chat, member)
    transcript = services.transcript_save(chat, member)
    client.force_login(other)
    assert client.get(reverse("chat:transcript", args=[transcript.pk])).status_code == 404
    client.post(reverse("chat:transcript-delete", args=[transcript.pk]))
    assert type(transcript).objects.filter(pk=transcript.pk).exists()
    client.force_login(member)
    assert client.get(reverse("chat:transcript", args=[transcript.pk])).status_code == 200


@pytest.mark.parametrize("count", [10, 200])
def test_the_room_page_queries_stay_flat(client, django_assert_max_num_queries, count):
    room = RoomFactory(open_now=True)
    authors = [professional(on_duty=False) for _ in range(3)] + [UserFactory() for _ in range(3)]
    Message.objects.bulk_create(
        [Message(room=room, author=authors[index % len(authors)], text=f"bericht {index}") for index in range(count)]
    )
    member = UserFactory()
    client.force_login(member)
    client.get(reverse("chat:room", args=[room.slug]))
    with django_assert_max_num_queries(40):
        response = client.get(reverse("chat:room", args=[room.slug]))
    assert response.status_code == 200
