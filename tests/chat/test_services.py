"""The chat's rules as services: opening hours, sending limits, safety, the 1:1 queue, retention."""

import io
import uuid
from datetime import time, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone

from community.moderation import services as moderation
from community.moderation.models import LogEntry, QueueItem, Reason, Restriction
from forum.chat import selectors, services
from forum.chat.models import Message, OpeningHour, Participation, Room, RoomSession, Transcript, Transfer
from forum.chat.schedule import room_state
from tests.factories.accounts import UserFactory
from tests.factories.chat import RoomFactory, professional

pytestmark = pytest.mark.django_db


def kinds(user):
    return list(user.notifications.values_list("kind", flat=True))


# --- Opening hours ---------------------------------------------------------------------------------


def test_a_weekly_opening_opens_and_closes_the_room_by_itself():
    room = RoomFactory()
    now = timezone.localtime().replace(hour=19, minute=30, second=0, microsecond=0)
    OpeningHour.objects.create(room=room, weekday=now.weekday(), starts=time(19), ends=time(21))
    state = room_state(room, now)
    assert state.open and timezone.localtime(state.closes_at).hour == 21
    later = now.replace(hour=22)
    closed = room_state(room, later)
    assert not closed.open
    assert closed.opens_at == timezone.localtime(now + timedelta(days=7)).replace(hour=19, minute=0)
    assert selectors.opening_label(closed.opens_at)


def test_the_host_closes_a_session_until_the_next_opening():
    room = RoomFactory(open_now=True)
    assert room_state(room).open
    services.session_close(room, room.host)
    room.refresh_from_db()
    assert not room_state(room).open
    with pytest.raises(services.ChatError) as refused:
        services.message_send(room, UserFactory(), "hallo")
    assert refused.value.code == "closed"


def test_touching_openings_count_as_one():
    room = RoomFactory()
    now = timezone.now()
    RoomSession.objects.create(room=room, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1))
    RoomSession.objects.create(room=room, starts_at=now + timedelta(hours=1), ends_at=now + timedelta(hours=2))
    assert room_state(room, now).closes_at == now + timedelta(hours=2)


# --- Sending ---------------------------------------------------------------------------------------


def test_sending_is_idempotent_per_client_id():
    room = RoomFactory(open_now=True)
    member = UserFactory()
    client_id = uuid.uuid4()
    first = services.message_send(room, member, "hoi", client_id=client_id)
    again = services.message_send(room, member, "hoi", client_id=client_id)
    assert first.created and not again.created
    assert first.message.pk == again.message.pk
    assert Message.objects.count() == 1


def test_five_messages_in_five_seconds_then_slow_down_then_a_logged_mute_that_can_be_lifted():
    room = RoomFactory(open_now=True)
    member = UserFactory()
    for index in range(5):
        services.message_send(room, member, f"bericht {index}")
    codes = []
    for _attempt in range(3):
        with pytest.raises(services.ChatError) as refused:
            services.message_send(room, member, "nog een")
        codes.append(refused.value.code)
    assert codes == ["slow_down", "slow_down", "muted"]
    assert Message.objects.filter(author=member).count() == 5
    entry = LogEntry.objects.get(target_user=member, action=LogEntry.Action.SILENCE)
    assert room.title in entry.note
    services.participant_lift(room, room.host, member)
    assert not Participation.objects.get(room=room, user=member).muted()
    assert LogEntry.objects.filter(target_user=member, action=LogEntry.Action.LIFT).exists()


def test_the_host_is_not_rate_limited():
    room = RoomFactory(open_now=True)
    for index in range(8):
        services.message_send(room, room.host, f"welkom {index}")
    assert Message.objects.filter(author=room.host).count() == 8


def test_slow_mode_spaces_out_messages():
    room = RoomFactory(open_now=True)
    services.slow_mode_set(room, room.host, 30)
    member = UserFactory()
    services.message_send(room, member, "een")
    with pytest.raises(services.ChatError) as refused:
        services.message_send(room, member, "twee")
    assert refused.value.code == "slow_mode"
    assert refused.value.extra["seconds"] > 0


def test_a_moderators_silence_stops_chat_too():
    room = RoomFactory(open_now=True)
    member = UserFactory()
    moderation.restrict(member, Restriction.Kind.SILENCE, UserFactory(is_superuser=True), reason="rust", days=1)
    with pytest.raises(services.ChatError) as refused:
        services.message_send(room, member, "hoi")
    assert refused.value.code == "silenced"


def test_mute_and_remove_need_a_reason_are_told_and_logged():
    room = RoomFactory(open_now=True)
    member = UserFactory()
    with pytest.raises(ValidationError):
        services.participant_measure(room, room.host, member, "mute", 10, "  ")
    with pytest.raises(PermissionDenied):
        services.participant_measure(room, UserFactory(), member, "mute", 10, "nee")
    services.participant_measure(room, room.host, member, "remove", 60, "Herhaaldelijk kwetsend")
    assert "chat.measure" in kinds(member)
    assert not services.may_read(member, room)
    assert LogEntry.objects.filter(moderator=room.host, target_user=member).exists()


def test_a_crisis_word_does_not_block_and_alerts_the_host():
    room = RoomFactory(open_now=True)
    member = UserFactory()
    sent = services.message_send(room, member, "Soms wil ik er een eind aan maken.")
    assert sent.crisis and not sent.message.held
    assert "chat.crisis" in kinds(room.host)
    assert "chat.crisis" not in kinds(member)


def test_a_held_word_holds_the_message_for_the_one_queue(settings):
    settings.MODERATION_HELD_WORDS = ["scheldwoord"]
    room = RoomFactory(open_now=True)
    author, reader = UserFactory(), UserFactory()
    moderator = UserFactory(is_superuser=True)
    sent = services.message_send(room, author, "Jij scheldwoord")
    assert sent.message.held
    item = QueueItem.objects.get(content_kind="chat.message", object_id=str(sent.message.pk))
    assert item.held
    assert [m["id"] for m in selectors.messages_page(room, reader)[0]] == []
    assert [m["id"] for m in selectors.messages_page(room, author)[0]] == [sent.message.pk]
    moderation.item_resolve(item, moderator, "approve")
    assert [m["id"] for m in selectors.messages_page(room, reader)[0]] == [sent.message.pk]


def test_new_members_are_not_premoderated_in_a_live_room():
    room = RoomFactory(open_now=True)
    sent = services.message_send(room, UserFactory(), "Mijn eerste bericht")
    assert not sent.message.held


def test_a_report_lands_in_the_one_queue_and_reaches_the_host():
    room = RoomFactory(open_now=True)
    author, reporter = UserFactory(), UserFactory()
    moderator = UserFactory(is_superuser=True)
    message = services.message_send(room, author, "vervelend").message
    moderation.report_create("chat.message", message.pk, reporter, Reason.HURTFUL)
    item = QueueItem.objects.get(content_kind="chat.message", object_id=str(message.pk))
    assert item.place == f"chat:{room.pk}"
    assert "chat.report" in kinds(room.host)
    assert "moderation.report" in kinds(moderator)
    moderation.item_resolve(item, moderator, "hide")
    message.refresh_from_db()
    assert message.hidden
    assert [m["id"] for m in selectors.messages_page(room, reporter)[0]] == []
    assert "moderation.report_outcome" in kinds(reporter)


def test_nobody_reports_a_message_they_cannot_read():
    member, stranger = UserFactory(), UserFactory()
    professional()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    message = services.message_send(chat, member, "privé").message
    with pytest.raises(PermissionDenied):
        moderation.report_create("chat.message", message.pk, stranger, Reason.SPAM)


def test_text_is_escaped_and_links_are_made_safe():
    html = selectors.text_html("<script>x</script> kijk op https://example.org/a?b=1 en javascript:alert(1)\nnieuw")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="https://example.org/a?b=1" rel="nofollow noopener noreferrer ugc">' in html
    assert 'href="javascript' not in html
    assert "<br>" in html


# --- 1:1 chats -------------------------------------------------------------------------------------


def test_the_queue_pickup_transfer_and_close_loop():
    member = UserFactory()
    anouk, bram = professional(pseudonym="Anouk"), professional(pseudonym="Bram")
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    assert services.direct_start(member, Room.Urgency.WEEK, "Anders", Room.Helper.ANY) == chat  # one open chat
    assert "chat.waiting" in kinds(anouk)
    assert services.queue_position(chat)[0] == 1
    services.message_send(chat, member, "Mijn zoon slaapt niet")  # written while waiting, kept
    services.pickup(chat, anouk)
    chat.refresh_from_db()
    assert chat.status == Room.Status.ACTIVE and chat.professional == anouk
    assert "chat.picked_up" in kinds(member)
    with pytest.raises(ValidationError):
        services.pickup(chat, bram)  # already picked up
    transfer = services.transfer_propose(chat, anouk, bram, "Bram weet veel van slapen")
    assert services.may_read(anouk, chat) and not services.may_read(bram, chat)
    with pytest.raises(PermissionDenied):
        services.transfer_decide(transfer, anouk, accept=True)  # only the member decides
    services.transfer_decide(transfer, member, accept=True)
    chat.refresh_from_db()
    assert chat.professional == bram and "chat.transfer" in kinds(bram)
    assert not services.may_read(anouk, chat)
    with pytest.raises(ValidationError):
        services.direct_close(chat, bram, "")  # a summary is required
    services.direct_close(chat, bram, "We spraken over een vast slaapritueel.")
    chat.refresh_from_db()
    assert chat.status == Room.Status.CLOSED
    assert chat.messages.filter(kind=Message.Kind.SUMMARY).exists()
    assert "chat.closed" in kinds(member)
    with pytest.raises(services.ChatError):
        services.message_send(chat, member, "nog iets")
    transcript = services.transcript_save(chat, member)
    assert "Mijn zoon slaapt niet" in transcript.text and "slaapritueel" in transcript.text


def test_capacity_and_duty_are_respected():
    pro = professional(capacity=1)
    off_duty = professional(on_duty=False)
    first = services.direct_start(UserFactory(), Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    second = services.direct_start(UserFactory(), Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.pickup(first, pro)
    with pytest.raises(ValidationError):
        services.pickup(second, pro)
    with pytest.raises(ValidationError):
        services.pickup(second, off_duty)
    with pytest.raises(PermissionDenied):
        services.pickup(second, UserFactory())  # not a professional


def test_in_danger_now_alerts_professionals_and_moderators_on_duty_and_goes_first():
    pro = professional()
    moderator = UserFactory(is_superuser=True)
    earlier = services.direct_start(UserFactory(), Room.Urgency.WEEK, "Slapen", Room.Helper.ANY)
    danger = services.direct_start(UserFactory(), Room.Urgency.DANGER, "Stress", Room.Helper.ANY)
    assert "chat.danger" in kinds(pro) and "chat.danger" in kinds(moderator)
    assert list(Room.objects.waiting()) == [danger, earlier]
    assert services.queue_position(danger)[0] == 1


def test_nobody_on_duty_offers_another_route_at_once_and_keeps_what_was_written():
    professional(on_duty=False)
    member = UserFactory()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(chat, member, "Mijn vraag")
    assert services.fallback_due(chat)
    with pytest.raises(ValidationError):
        services.fallback_choose(
            chat, member, Room.Fallback.CALLBACK, phone="123", at=timezone.now() + timedelta(hours=2)
        )
    services.fallback_choose(
        chat, member, Room.Fallback.CALLBACK, phone="06 1234 5678", at=timezone.now() + timedelta(hours=2)
    )
    chat.refresh_from_db()
    assert chat.callback_phone == "0612345678" and chat.messages.filter(text="Mijn vraag").exists()


def test_no_pickup_within_the_time_tells_the_member_once():
    professional()
    member = UserFactory()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    assert not services.fallback_due(chat)
    later = timezone.now() + timedelta(minutes=11)
    assert services.offer_overdue_fallbacks(later) == 1
    assert services.offer_overdue_fallbacks(later) == 0
    assert kinds(member).count("chat.no_pickup") == 1
    chat.refresh_from_db()
    assert services.fallback_due(chat)


def test_handoff_from_a_group_room_puts_the_member_in_the_queue():
    room = RoomFactory(open_now=True)
    member = UserFactory()
    Participation.objects.create(room=room, user=member)
    direct = services.handoff(room, room.host, member, "Wil graag verder praten")
    assert direct.status == Room.Status.WAITING and direct.member == member and direct.handed_off_from == room
    assert "chat.handoff" in kinds(member)
    assert not services.may_read(room.host, direct) or services.is_host(room.host, direct)


# --- Retention, export and erase -------------------------------------------------------------------


def test_retention_erases_old_group_messages_and_closed_direct_chats(settings):
    settings.CHAT_GROUP_RETENTION_DAYS = 90
    settings.CHAT_DIRECT_RETENTION_DAYS = 30
    room = RoomFactory()
    member = UserFactory()
    now = timezone.now()
    old = Message.objects.create(room=room, author=member, text="oud", created_at=now - timedelta(days=91))
    recent = Message.objects.create(room=room, author=member, text="nieuw", created_at=now - timedelta(days=89))
    professional()
    closed = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(closed, member, "weg ermee")
    Room.objects.filter(pk=closed.pk).update(status=Room.Status.CLOSED, closed_at=now - timedelta(days=31))
    kept = services.direct_start(UserFactory(), Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    Room.objects.filter(pk=kept.pk).update(status=Room.Status.CLOSED, closed_at=now - timedelta(days=29))
    call_command("chat_maintain", stdout=io.StringIO())
    assert not Message.objects.filter(pk=old.pk).exists()
    assert Message.objects.filter(pk=recent.pk).exists()
    assert not Room.objects.filter(pk=closed.pk).exists()
    assert not Message.objects.filter(text="weg ermee").exists()
    assert Room.objects.filter(pk=kept.pk).exists()


def test_export_and_erase():
    from plugins import collect

    room = RoomFactory(open_now=True)
    member, other = UserFactory(), UserFactory()
    professional()
    services.message_send(room, member, "mijn groepsbericht")
    services.message_send(room, other, "bericht van een ander")
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(chat, member, "mijn vraag")
    Transcript.objects.create(user=member, title="t", text="kopie")
    exported = {section.key: section.data for section in collect("personal_data_export", user=member)}
    assert [m["text"] for m in exported["chat"]["messages"]] == ["mijn groepsbericht", "mijn vraag"]
    assert exported["chat"]["chats_with_a_professional"][0]["topic"] == "Slapen"
    erased = {item.key: item.count for item in collect("personal_data_erase", user=member)}
    assert erased["chat.direct_chats"] == 1 and erased["chat.transcripts"] == 1
    assert not Message.objects.filter(author=member).exists()
    assert Message.objects.filter(author=other).exists()


def test_administrators_edit_the_crisis_phrases():
    from forum.chat.models import ChatSettings

    room = RoomFactory(open_now=True)
    member = UserFactory()
    assert not services.message_send(room, member, "Ik zie het niet meer zitten").crisis
    chat_settings = ChatSettings.load()
    chat_settings.crisis_words += "\nik zie het niet meer zitten"
    chat_settings.save()
    assert services.message_send(room, UserFactory(), "Ik zie het niet meer zitten").crisis


def test_settings_are_checked(settings):
    from forum.chat.checks import check_chat_settings

    assert check_chat_settings() == []
    settings.CHAT_MAX_LENGTH = 0
    settings.CHAT_PICKUP_MINUTES = "soon"
    assert {error.id for error in check_chat_settings()} == {"chat.E001", "chat.E004"}


@pytest.mark.parametrize("remove_texts", [False, True])
def test_erasing_a_professional_keeps_their_answers_in_the_members_chat(remove_texts):
    from tests.factories.privacy import erase_like_the_core

    member, pro = UserFactory(), professional()
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.message_send(chat, member, "ik heb hulp nodig")
    Message.objects.create(room=chat, author=pro, text="Bel gerust de huisarts, 0570-123456")
    colleague = professional()
    Transfer.objects.create(room=chat, from_user=colleague, to_user=pro, note="Anouk weet hier meer van")
    erased = erase_like_the_core(pro, remove_texts=remove_texts)
    assert erased["chat.answers"] == 1
    texts = list(chat.messages.filter(kind=Message.Kind.TEXT).order_by("pk").values_list("author", "text"))
    assert texts[0] == (member.pk, "ik heb hulp nodig")
    assert texts[1][0] is None  # shown as "former member"
    assert (texts[1][1] == "bericht verwijderd") if remove_texts else ("huisarts" in texts[1][1])
    transfer = Transfer.objects.get()
    assert transfer.to_user is None and transfer.status == Transfer.Status.DECLINED
