"""The chat over Redis: the consumer through channels-redis, and two real server processes that share
one Redis, where a message sent through one reaches a client of the other.

Both tests use the `redis_url` fixture (tests/chat/conftest.py): a redis-server of our own on loopback.
"""

import asyncio
import gc
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from django.utils import timezone

from community.settings.base import redis_channel_layers
from forum.chat import consumers
from forum.chat.models import Message, Room, RoomSession
from tests.chat.conftest import free_port
from tests.factories import UserFactory

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 20  # seconds for any one frame to arrive
IDLE = 7  # seconds the sockets of the two-process test sit idle before the message


def open_group_room():
    """A listed group room with a one-off session from an hour ago until an hour from now."""
    now = timezone.now()
    room = Room.objects.create(kind=Room.Kind.GROUP, title="Avondpraat", slug=f"avondpraat-{uuid.uuid4().hex[:8]}")
    RoomSession.objects.create(room=room, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1))
    return room


def session_cookie(user):
    """The value of the session cookie of `user`, signed in (a session row in the database)."""
    client = Client()
    client.force_login(user)
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


async def expect(receive, kind):
    """The next frame of type `kind` from `receive()` (an awaitable of a JSON text); an error frame fails."""
    while True:
        frame = json.loads(await asyncio.wait_for(receive(), TIMEOUT))
        if frame.get("type") == "error":
            raise AssertionError(f"error frame while waiting for {kind!r}: {frame}")
        if frame.get("type") == kind:
            return frame


# --- The consumer through channels-redis ---------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
# asgiref's helper threads open database connections that are collected after the test (as in
# tests/community/test_asgi.py): test plumbing, not a leak of the application.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_consumer_through_channels_redis(settings, redis_url):
    settings.CHANNEL_LAYERS = redis_channel_layers(redis_url)  # what REDIS_URL sets in production
    from channels_redis.core import RedisChannelLayer

    from community.asgi import application

    assert isinstance(get_channel_layer(), RedisChannelLayer)
    consumers.payload_cache.done.clear()  # ids of rolled-back messages of earlier tests come again
    room = open_group_room()
    writer, reader = UserFactory(pseudonym="Schrijver"), UserFactory(pseudonym="Lezer")
    key = str(room.public_id)

    async def chat():
        sockets = []
        try:
            for user in (writer, reader):
                cookie = await asyncio.to_thread(session_cookie, user)
                communicator = WebsocketCommunicator(
                    application,
                    "/ws/chat/",
                    headers=[
                        (b"host", b"testserver"),
                        (b"origin", b"http://testserver"),
                        (b"cookie", f"{django_settings.SESSION_COOKIE_NAME}={cookie}".encode()),
                    ],
                )
                connected, _code = await communicator.connect(timeout=TIMEOUT)
                assert connected
                sockets.append(communicator)
                await communicator.send_to(text_data=json.dumps({"type": "join", "room": key}))
                await expect(lambda c=communicator: c.receive_from(timeout=TIMEOUT), "joined")
            sender, receiver = sockets
            client_id = str(uuid.uuid4())
            await sender.send_to(
                text_data=json.dumps({"type": "send", "room": key, "client_id": client_id, "text": "Hoi allemaal"})
            )
            ack = await expect(lambda: sender.receive_from(timeout=TIMEOUT), "ack")
            frame = await expect(lambda: receiver.receive_from(timeout=TIMEOUT), "message")
            return client_id, ack, frame
        finally:
            for communicator in sockets:
                await communicator.disconnect()
            await get_channel_layer().flush()

    client_id, ack, frame = async_to_sync(chat)()
    gc.collect()
    assert ack["client_id"] == client_id
    assert frame["room"] == key
    assert frame["message"]["id"] == ack["id"]
    assert frame["message"]["html"] == "Hoi allemaal"
    assert frame["message"]["author"]["name"] == "Schrijver"
    assert frame["message"]["mine"] is False
    assert list(Message.objects.values_list("room_id", "author_id", "text")) == [(room.pk, writer.pk, "Hoi allemaal")]


# --- Two server processes, one Redis ---------------------------------------------------------------------


class Servers:
    """uvicorn processes serving community.asgi:application on loopback; all are stopped at the end."""

    def __init__(self, folder):
        self.folder = folder
        self.processes = []

    def start(self, env, count):
        started = []
        for number in range(count):
            port = free_port()
            log = open(self.folder / f"uvicorn-{number}.log", "wb")
            process = subprocess.Popen(
                [
                    sys.executable, "-m", "uvicorn", "community.asgi:application",
                    "--host", "127.0.0.1", "--port", str(port),
                    "--lifespan", "off", "--no-access-log", "--log-level", "warning",
                ],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
            log.close()
            self.processes.append(process)
            started.append((process, port, self.folder / f"uvicorn-{number}.log"))
        deadline = time.monotonic() + 90  # both import Django and Wagtail at the same time on 2 cores
        for process, port, log in started:
            while True:
                if process.poll() is not None:
                    raise AssertionError(
                        f"uvicorn on port {port} stopped (exit {process.returncode}):\n{log.read_text()}"
                    )
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise AssertionError(f"uvicorn on port {port} did not listen within 90 s:\n{log.read_text()}")
                time.sleep(0.1)
        return [port for _process, port, _log in started]

    def stop(self):
        for log in sorted(self.folder.glob("uvicorn-*.log")):  # shown by pytest when the test failed
            print(f"--- {log.name}\n{log.read_text(errors='replace')}")
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@pytest.fixture
def asgi_servers(transactional_db, tmp_path):
    """Starts server processes; stops them before the test database is flushed (or dropped)."""
    servers = Servers(tmp_path)
    try:
        yield servers
    finally:
        servers.stop()


def database_for_subprocess(folder):
    """(DATABASE_URL for another process, a function counting the chat's message rows there).

    PostgreSQL: the test database itself (its data is committed under transactional_db). SQLite:
    the test database lives in this process's memory, so it is copied to a file with sqlite3's
    backup API, and the servers (and the count) use that file."""
    data = connection.settings_dict
    table = Message._meta.db_table
    if connection.vendor == "postgresql":
        url = (
            f"postgres://{quote(data['USER'] or '', safe='')}:{quote(data['PASSWORD'] or '', safe='')}"
            f"@{data['HOST'] or '127.0.0.1'}:{data['PORT'] or 5432}/{quote(data['NAME'], safe='')}"
        )
        return url, lambda: Message.objects.count()
    assert connection.vendor == "sqlite", connection.vendor
    path = folder / "chat.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()

    def count():
        with sqlite3.connect(path) as db:
            return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 - our own table name

    return f"sqlite:///{path}", count


def server_env(redis_url, database_url, folder):
    """Production settings (community.settings.base) from the environment, as an operator sets them:
    the test process's SECRET_KEY, so the session cookies made here are accepted there."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="community.settings.base",
        DEBUG="false",
        SECRET_KEY=django_settings.SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        WIJKPLEIN_VAR_DIR=str(folder / "var"),
        LOG_LEVEL="WARNING",
    )
    return env


async def through_two_servers(port_a, port_b, cookie_a, cookie_b, key, text):
    from websockets.asyncio.client import connect

    cookie = django_settings.SESSION_COOKIE_NAME

    def socket_to(port, value):
        return connect(
            f"ws://127.0.0.1:{port}/ws/chat/",
            origin=f"http://127.0.0.1:{port}",
            additional_headers={"Cookie": f"{cookie}={value}"},
            open_timeout=TIMEOUT,
        )

    async with socket_to(port_a, cookie_a) as a, socket_to(port_b, cookie_b) as b:
        for websocket in (a, b):
            await websocket.send(json.dumps({"type": "join", "room": key}))
            await expect(websocket.recv, "joined")
        # Sit idle past channels-redis's 5-second blocking read, as a tab does: with redis-py 8's
        # default socket timeout of 5 s that read raised TimeoutError and closed every idle socket.
        await asyncio.sleep(IDLE)
        client_id = str(uuid.uuid4())
        await a.send(json.dumps({"type": "send", "room": key, "client_id": client_id, "text": text}))
        ack = await expect(a.recv, "ack")
        own = await expect(a.recv, "message")
        other = await expect(b.recv, "message")
        return client_id, ack, own, other


def test_message_from_one_server_process_reaches_a_client_of_another(asgi_servers, redis_url, tmp_path):
    room = open_group_room()
    writer, reader = UserFactory(pseudonym="Schrijver"), UserFactory(pseudonym="Lezer")
    cookie_a, cookie_b = session_cookie(writer), session_cookie(reader)
    database_url, message_count = database_for_subprocess(tmp_path)
    port_a, port_b = asgi_servers.start(server_env(redis_url, database_url, tmp_path), count=2)

    text = "Hallo vanuit proces A"
    client_id, ack, own, other = asyncio.run(
        asyncio.wait_for(through_two_servers(port_a, port_b, cookie_a, cookie_b, str(room.public_id), text), 60)
    )

    assert ack["client_id"] == client_id
    assert own["message"]["id"] == ack["id"] and own["message"]["mine"] is True
    assert other["room"] == str(room.public_id)
    assert other["message"]["id"] == ack["id"]
    assert other["message"]["html"] == text
    assert other["message"]["author"]["name"] == "Schrijver"
    assert other["message"]["mine"] is False
    assert message_count() == 1
