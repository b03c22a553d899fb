"""The chat's websocket, tried through the real ASGI application (Channels' WebsocketCommunicator):
access, bad input, idempotent sending and resuming. Each test drives its socket scenario with
`async_to_sync`, so the consumer's database calls run in the test's thread and database."""

import json
import uuid

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.test import Client, override_settings

from community.asgi import application, websocket_application
from community.moderation import services as moderation
from forum.chat import services
from forum.chat.models import Message, Room
from tests.factories.accounts import UserFactory
from tests.factories.chat import RoomFactory, professional

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://testserver")


def signed_in(user):
    """The user with a session cookie for their sockets (made here: sessions need the database,
    which the async scenario may not touch directly)."""
    client = Client()
    client.force_login(user)
    user.cookie = (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode())
    return user


def socket(user=None, origin=ORIGIN, app=application):
    headers = [origin] if origin else []
    if user is not None:
        headers.append(user.cookie)
    return WebsocketCommunicator(app, "/ws/chat/", headers=headers)


async def connect(communicator):
    connected, code = await communicator.connect()
    assert connected, code
    return communicator


async def frame(communicator, timeout=3):
    return json.loads(await communicator.receive_from(timeout=timeout))


async def until(communicator, kind, timeout=3):
    """The next frame of `kind`, skipping others (state updates, typing)."""
    while True:
        data = await frame(communicator, timeout)
        if data["type"] == kind:
            return data


async def send(communicator, **data):
    await communicator.send_to(text_data=json.dumps(data))


def run(scenario):
    async_to_sync(scenario)()


def test_a_foreign_origin_is_refused():
    member = signed_in(UserFactory())

    async def scenario():
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            app = websocket_application()
        communicator = socket(member, origin=(b"origin", b"https://evil.example"), app=app)
        connected, _code = await communicator.connect()
        assert not connected
        good = socket(member, app=app)
        assert (await good.connect())[0]
        await good.disconnect()

    run(scenario)


def test_an_anonymous_socket_is_closed_and_cannot_post():
    room = RoomFactory(open_now=True)

    async def scenario():
        communicator = socket(None)
        connected, code = await communicator.connect()
        assert not connected
        assert code == 4401

    run(scenario)
    assert not Message.objects.filter(room=room).exists()


def test_a_message_is_stored_then_reaches_everyone_in_the_room():
    room = RoomFactory(open_now=True)
    alice, bob = signed_in(UserFactory(pseudonym="Alice")), signed_in(UserFactory(pseudonym="Bob"))
    client_id = str(uuid.uuid4())

    async def scenario():
        a = await connect(socket(alice))
        b = await connect(socket(bob))
        await send(a, type="join", room=str(room.public_id))
        await send(b, type="join", room=str(room.public_id))
        assert (await until(a, "joined"))["state"]["can_send"] is True
        await until(b, "joined")
        await send(a, type="send", room=str(room.public_id), client_id=client_id, text="Hallo <b>allemaal</b>")
        ack = await until(a, "ack")
        received = await until(b, "message")
        assert received["message"]["id"] == ack["id"]
        assert received["message"]["author"]["name"] == "Alice"
        assert received["message"]["html"] == "Hallo &lt;b&gt;allemaal&lt;/b&gt;"
        assert received["message"]["mine"] is False and received["message"]["client_id"] == ""
        mine = await until(a, "message")
        assert mine["message"]["mine"] is True and mine["message"]["client_id"] == client_id
        # The same client id again (a resend after a dropped connection): the same row, no new message.
        await send(a, type="send", room=str(room.public_id), client_id=client_id, text="Hallo <b>allemaal</b>")
        assert (await until(a, "ack"))["id"] == ack["id"]
        assert await b.receive_nothing(timeout=0.3)
        await a.disconnect()
        await b.disconnect()

    run(scenario)
    assert Message.objects.filter(room=room).count() == 1


def test_resuming_after_the_last_id_sends_only_what_was_missed():
    room = RoomFactory(open_now=True)
    alice = signed_in(UserFactory())
    first = Message.objects.create(room=room, author=alice, text="een")
    second = Message.objects.create(room=room, author=alice, text="twee")
    third = Message.objects.create(room=room, author=alice, text="drie")

    async def scenario():
        a = await connect(socket(alice))
        await send(a, type="join", room=str(room.public_id), after=first.pk)
        joined = await until(a, "joined")
        assert [message["id"] for message in joined["messages"]] == [second.pk, third.pk]
        await send(a, type="history", room=str(room.public_id), before=second.pk)
        history = await until(a, "history")
        assert [message["id"] for message in history["messages"]] == [first.pk]
        await a.disconnect()

    run(scenario)


@pytest.mark.parametrize(
    "payload, code",
    [
        ("{not json", "bad_json"),
        ("[1, 2]", "bad_json"),
        (json.dumps({"type": "dance"}), "unknown_type"),
        (json.dumps({"type": 5}), "unknown_type"),
        (json.dumps({"type": "join", "room": "not-a-uuid"}), "unknown_room"),
        (json.dumps({"type": "join", "room": str(uuid.uuid4())}), "unknown_room"),
        (json.dumps({"type": "send", "room": str(uuid.uuid4()), "text": "hoi"}), "not_joined"),
        (json.dumps({"type": "read", "room": str(uuid.uuid4()), "id": "x"}), "invalid"),
        ("x" * 20_000, "bad_frame"),
    ],
)
def test_bad_frames_get_an_error_and_the_connection_stays_usable(payload, code):
    member = signed_in(UserFactory())
    RoomFactory(open_now=True)

    async def scenario():
        a = await connect(socket(member))
        await a.send_to(text_data=payload)
        error = await until(a, "error")
        assert error["code"] == code
        assert error["message"]
        await send(a, type="ping")
        assert (await until(a, "pong"))["type"] == "pong"
        await a.disconnect()

    run(scenario)
    assert not Message.objects.exists()


def test_a_message_over_the_limit_is_refused_and_nothing_is_stored():
    room = RoomFactory(open_now=True)
    member = signed_in(UserFactory())

    async def scenario():
        a = await connect(socket(member))
        await send(a, type="join", room=str(room.public_id))
        await until(a, "joined")
        await send(a, type="send", room=str(room.public_id), client_id=str(uuid.uuid4()), text="x" * 2001)
        error = await until(a, "error")
        assert error["code"] == "too_long"
        assert "2000" in error["message"]
        await send(a, type="send", room=str(room.public_id), text="   ")
        assert (await until(a, "error"))["code"] == "empty"
        await a.disconnect()

    run(scenario)
    assert not Message.objects.exists()


def test_a_member_cannot_subscribe_to_another_members_chat():
    owner, other = UserFactory(), signed_in(UserFactory())
    professional()
    chat = services.direct_start(owner, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    Message.objects.create(room=chat, author=owner, text="geheim")

    async def scenario():
        a = await connect(socket(other))
        await send(a, type="join", room=str(chat.public_id))
        error = await until(a, "error")
        assert error["code"] == "unknown_room"  # the same answer as for an id that does not exist
        await send(a, type="send", room=str(chat.public_id), text="hoi")
        assert (await until(a, "error"))["code"] == "not_joined"
        assert await a.receive_nothing(timeout=0.2)
        await a.disconnect()

    run(scenario)
    assert Message.objects.filter(room=chat).count() == 1


def test_a_muted_member_and_a_closed_room_cannot_send():
    room = RoomFactory(open_now=True)
    closed = RoomFactory()  # no opening now
    member = signed_in(UserFactory())
    services.participant_measure(room, room.host, member, "mute", 30, "Even afkoelen")

    async def scenario():
        a = await connect(socket(member))
        await send(a, type="join", room=str(room.public_id))
        joined = await until(a, "joined")
        assert joined["state"]["can_send"] is False
        assert "Even afkoelen" in joined["state"]["reason"]
        await send(a, type="send", room=str(room.public_id), text="hoi")
        assert (await until(a, "error"))["code"] == "muted"
        await send(a, type="join", room=str(closed.public_id))
        assert (await until(a, "joined"))["state"]["open"] is False
        await send(a, type="send", room=str(closed.public_id), text="hoi")
        assert (await until(a, "error"))["code"] == "closed"
        await a.disconnect()

    run(scenario)
    assert not Message.objects.filter(kind=Message.Kind.TEXT).exists()


def test_a_host_mute_reaches_the_members_open_window_at_once():
    room = RoomFactory(open_now=True)
    member = signed_in(UserFactory())

    async def scenario():
        a = await connect(socket(member))
        await send(a, type="join", room=str(room.public_id))
        await until(a, "joined")
        from channels.db import database_sync_to_async

        await database_sync_to_async(services.participant_measure)(room, room.host, member, "mute", 10, "Rustig aan")
        state = await until(a, "state")
        assert state["state"]["can_send"] is False
        assert "Rustig aan" in state["state"]["reason"]
        await a.disconnect()

    run(scenario)


def test_a_hidden_message_is_removed_from_open_windows():
    room = RoomFactory(open_now=True)
    author, reader = UserFactory(), signed_in(UserFactory())
    moderator = UserFactory(is_superuser=True)
    message = Message.objects.create(room=room, author=author, text="vervelend")

    async def scenario():
        a = await connect(socket(reader))
        await send(a, type="join", room=str(room.public_id))
        joined = await until(a, "joined")
        assert [m["id"] for m in joined["messages"]] == [message.pk]
        from channels.db import database_sync_to_async

        await database_sync_to_async(moderation.content_hide)("chat.message", message.pk, moderator)
        removed = await until(a, "remove")
        assert removed["id"] == message.pk
        await a.disconnect()

    run(scenario)


def test_typing_and_read_status_in_a_one_to_one_chat():
    member = signed_in(UserFactory())
    pro = signed_in(professional(pseudonym="Anouk"))
    chat = services.direct_start(member, Room.Urgency.TODAY, "Slapen", Room.Helper.ANY)
    services.pickup(chat, pro)

    async def scenario():
        m = await connect(socket(member))
        p = await connect(socket(pro))
        for communicator in (m, p):
            await send(communicator, type="join", room=str(chat.public_id))
            await until(communicator, "joined")
        await send(p, type="typing", room=str(chat.public_id))
        assert (await until(m, "typing"))["name"] == "Anouk"
        await send(p, type="send", room=str(chat.public_id), client_id=str(uuid.uuid4()), text="Hoe gaat het?")
        sent = await until(p, "ack")
        await until(m, "message")
        await send(m, type="read", room=str(chat.public_id), id=sent["id"])
        assert (await until(p, "read"))["id"] == sent["id"]
        await m.disconnect()
        await p.disconnect()

    run(scenario)


def test_a_crisis_word_is_sent_and_shows_the_writer_the_help_card():
    room = RoomFactory(open_now=True)
    member = signed_in(UserFactory())

    async def scenario():
        a = await connect(socket(member))
        await send(a, type="join", room=str(room.public_id))
        await until(a, "joined")
        await send(a, type="send", room=str(room.public_id), client_id=str(uuid.uuid4()), text="Ik wil niet meer leven")
        await until(a, "ack")
        assert (await until(a, "help"))["type"] == "help"
        await a.disconnect()

    run(scenario)
    assert Message.objects.filter(room=room, hidden=False, held=False).count() == 1
    assert room.host.notifications.filter(kind="chat.crisis").exists()
