"""The chat's websocket: one connection per browser tab, following one or more rooms.

Frames are JSON objects with a "type". The client sends join, leave, send, typing, read, history,
queue and ping; the server answers with joined, message, remove, state, ack, typing, read,
history, help, handoff, queue, pong and error. Anything malformed gets an error frame and the
connection stays usable. Every write goes through services.py (the database first); the channel
layer carries only notices ("message 42 is new"). Each process subscribes once per room
(`_LocalRooms`), reads a new message once and gives each of its connections the version that
connection's user may see.
"""

import asyncio
import json
import logging
import uuid
from collections import OrderedDict

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import override

from forum.chat import selectors, services
from forum.chat.models import Room

logger = logging.getLogger(__name__)

MAX_FRAME = 16_000
MAX_ROOMS = 20
HISTORY_LIMIT = 200


class _PayloadCache:
    """Message payloads read once per process, however many connections show the message: a
    notice to 500 connections costs one query. Kept small; a changed message is read again."""

    def __init__(self, size=512):
        self.size = size
        self.done = OrderedDict()
        self.pending = {}
        self.frames = OrderedDict()

    def clear(self):
        self.done.clear()
        self.pending.clear()
        self.frames.clear()

    def frame(self, key, payload, room_key, viewer_id, sees_all):
        """The JSON frame for one kind of viewer (the author, a host or moderator, anyone else),
        encoded once however many connections of that kind receive it."""
        variant = "mine" if payload["author_id"] == viewer_id else ("all" if sees_all else "other")
        frame_key = (key, room_key, variant, viewer_id if variant == "mine" else None)
        text = self.frames.get(frame_key)
        if text is None:
            data = selectors.viewer_payload(payload, viewer_id, sees_all)
            if data is None:
                frame = {"type": "remove", "room": room_key, "id": payload["id"]}
            else:
                data.pop("room_id", None)
                frame = {"type": "message", "room": room_key, "message": data}
            text = self.frames[frame_key] = json.dumps(frame, ensure_ascii=False)
            while len(self.frames) > self.size * 3:
                self.frames.popitem(last=False)
        return text

    async def get(self, key):
        """`key` is (message id, version, language): a changed message comes with a new version."""
        if key in self.done:
            return self.done[key]
        loop = asyncio.get_running_loop()
        future = self.pending.get(key)
        if future is not None and future.get_loop() is loop:
            return await future
        future = loop.create_future()
        self.pending[key] = future
        try:
            payload = await database_sync_to_async(_payload_read)(key[0], key[2])
        except Exception as error:  # pragma: no cover - passed on to the waiting connections
            future.set_exception(error)
            self.pending.pop(key, None)
            raise
        future.set_result(payload)
        self.pending.pop(key, None)
        self.done[key] = payload
        while len(self.done) > self.size:
            self.done.popitem(last=False)
        return payload


def _payload_read(message_id, language):
    message = selectors.messages_load([message_id]).get(message_id)
    if message is None:
        return None
    with override(language):
        payload = selectors.message_payload(message)
    payload["room_id"] = message.room_id
    return payload


payload_cache = _PayloadCache()


class _LocalRooms:
    """The connections of this process per room, and ONE channel-layer subscription per room.

    The layer delivers a room's notice once per process (not once per connection); this relay then
    hands it to every local connection that follows the room. A message to 500 connections costs
    one layer message and one database read per process instead of 500 of each. The relay task
    belongs to the running event loop; a new loop (a new server, a test) gets a new relay.
    """

    def __init__(self):
        self.loop = None
        self.lock = None
        self.channel = None
        self.task = None
        self.members = {}

    async def _ensure(self, layer):
        loop = asyncio.get_running_loop()
        if self.loop is not loop:
            self.loop, self.lock, self.task, self.members = loop, asyncio.Lock(), None, {}
        async with self.lock:
            if self.task is not None and not self.task.done():
                return
            # The layer's default prefix: channels-redis reads all of a process's own channels from
            # one Redis list named by that prefix; a channel with another prefix is never read.
            self.channel = await layer.new_channel()
            self.task = loop.create_task(self._relay(layer, self.channel), name="chat-relay")

    async def join(self, layer, group, consumer):
        await self._ensure(layer)
        members = self.members.setdefault(group, set())
        first = not members
        members.add(consumer)
        if first:
            await layer.group_add(group, self.channel)

    async def leave(self, layer, group, consumer):
        if self.loop is not asyncio.get_running_loop():
            return
        members = self.members.get(group)
        if members is None:
            return
        members.discard(consumer)
        if members:
            return
        del self.members[group]
        if not self.members and self.task is not None:
            # Nobody here follows a room any more: stop reading until somebody joins again.
            self.task.cancel()
            self.task = None
        try:
            await layer.group_discard(group, self.channel)
        except Exception as error:  # noqa: BLE001 - the layer is down; the group expires there by itself
            logger.warning("chat relay: could not leave %s (%r)", group, error)

    async def _relay(self, layer, channel):
        while True:
            try:
                event = await layer.receive(channel)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                # The layer failed (Redis restarting, unreachable): this relay can no longer vouch
                # for what its connections would have been told. Close them all, as Channels does
                # with a consumer whose own receive fails: chat.js reconnects with backoff and
                # joins again from its last message id; the database holds whatever was missed.
                logger.warning("chat relay: the channel layer failed (%r); closing this process's chat sockets", error)
                await self._close_all()
                return
            consumers = list(self.members.get(event.get("group", ""), ()))
            if not consumers:
                continue
            results = await asyncio.gather(
                *(consumer.chat_notice(event) for consumer in consumers), return_exceptions=True
            )
            for result in results:
                if isinstance(result, Exception):
                    logger.warning("chat notice failed for one connection: %r", result)

    async def _close_all(self):
        members, self.members, self.task = self.members, {}, None
        for consumer in {consumer for group in members.values() for consumer in group}:
            consumer.rooms = {}
            try:
                await consumer.close(code=1011)
            except Exception:  # noqa: BLE001, S110 - already closed
                pass


local_rooms = _LocalRooms()


class ChatConsumer(AsyncWebsocketConsumer):
    async def dispatch(self, message):
        """As Channels' dispatch, without its `aclose_old_connections()` before every message.

        That call hops to the one shared thread for synchronous code for each frame and each
        channel-layer notice: a message to 500 connections queued 500 hops behind each other and
        behind the database work (seconds of delay). Every database access here already goes
        through database_sync_to_async, which closes old connections before and after it."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self):
        self.user = self.scope.get("user")
        if self.user is None or not self.user.is_authenticated:
            await self.close(code=4401)  # an anonymous socket reads and writes nothing
            return
        self.rooms = {}  # public id (str) -> {"pk", "group", "sees_all"}
        self.language = getattr(self.user, "language", "") or "nl"
        await self.accept()

    async def __call__(self, scope, receive, send):
        try:
            await super().__call__(scope, receive, send)
        finally:
            # Also when the connection ends by an error (the channel layer gone, say) and
            # `disconnect` never runs: the relay must not keep handing notices to a dead consumer.
            await self._leave_rooms()

    async def _leave_rooms(self):
        rooms, self.rooms = getattr(self, "rooms", {}), {}
        for info in rooms.values():
            await local_rooms.leave(self.channel_layer, info["group"], self)

    async def disconnect(self, code):
        await self._leave_rooms()
        if getattr(self, "queue", False):
            await self.channel_layer.group_discard(services.QUEUE_GROUP, self.channel_name)

    # --- Frames from the browser ------------------------------------------------------------------

    async def receive(self, text_data=None, bytes_data=None):
        with override(self.language):
            if text_data is None or len(text_data) > MAX_FRAME:
                return await self.error("bad_frame", _("This frame could not be read."))
            try:
                frame = json.loads(text_data)
            except ValueError:
                return await self.error("bad_json", _("This frame could not be read."))
            if not isinstance(frame, dict):
                return await self.error("bad_json", _("This frame could not be read."))
            handler = getattr(self, f"do_{frame.get('type')}", None) if isinstance(frame.get("type"), str) else None
            if handler is None:
                return await self.error("unknown_type", _("Unknown frame type."))
            try:
                await handler(frame)
            except (PermissionDenied, Room.DoesNotExist):
                await self.error("forbidden", _("You cannot do this in this chat."), room=frame.get("room"))
            except ValidationError as error:
                await self.error("invalid", " ".join(error.messages), room=frame.get("room"))

    async def error(self, code, message, **extra):
        await self.send_json({"type": "error", "code": code, "message": message, **extra})

    async def send_json(self, data):
        await self.send(text_data=json.dumps(data, ensure_ascii=False))

    def _room_key(self, frame):
        key = frame.get("room")
        try:
            return str(uuid.UUID(str(key)))
        except ValueError:
            return None

    async def do_ping(self, frame):
        await self.send_json({"type": "pong"})

    async def do_join(self, frame):
        key = self._room_key(frame)
        if key is None:
            return await self.error("unknown_room", _("This chat does not exist."), room=frame.get("room"))
        if key not in self.rooms and len(self.rooms) >= MAX_ROOMS:
            return await self.error("too_many_rooms", _("You follow too many chats at once."), room=key)
        joined = await database_sync_to_async(self._join)(key, frame.get("after"))
        if joined is None:
            # Unknown and forbidden look the same: guessing an id tells nothing.
            return await self.error("unknown_room", _("This chat does not exist."), room=key)
        info, state, messages, more = joined
        if key not in self.rooms:
            await local_rooms.join(self.channel_layer, info["group"], self)
        self.rooms[key] = info
        await self.send_json({"type": "joined", "room": key, "state": state, "messages": messages, "more": more})

    def _join(self, key, after):
        with override(self.language):
            room = Room.objects.filter(public_id=key).select_related("host", "professional", "member").first()
            if room is None or not services.may_read(self.user, room):
                return None
            after = after if isinstance(after, int) and after >= 0 else None
            messages, more = selectors.messages_page(
                room, self.user, after=after, limit=HISTORY_LIMIT if after is not None else selectors.PAGE_SIZE
            )
            info = {"pk": room.pk, "group": services.group_name(room), "sees_all": selectors.sees_all(self.user, room)}
            return info, selectors.state_payload(room, self.user), messages, more

    async def do_leave(self, frame):
        key = self._room_key(frame)
        info = self.rooms.pop(key, None) if key else None
        if info is not None:
            await local_rooms.leave(self.channel_layer, info["group"], self)

    def _joined(self, frame):
        key = self._room_key(frame)
        if key is None or key not in self.rooms:
            return None, None
        return key, self.rooms[key]

    async def do_send(self, frame):
        key, info = self._joined(frame)
        client_id = frame.get("client_id")
        if info is None:
            return await self.error(
                "not_joined", _("Join the chat first."), room=frame.get("room"), client_id=client_id
            )
        text = frame.get("text")
        if not isinstance(text, str):
            return await self.error("invalid", _("Type a message first."), room=key, client_id=client_id)
        try:
            client_uuid = uuid.UUID(str(client_id)) if client_id else None
        except ValueError:
            return await self.error("invalid", _("This frame could not be read."), room=key)
        try:
            sent = await database_sync_to_async(self._send)(info["pk"], text, client_uuid)
        except services.ChatError as error:
            return await self.error(error.code, error.message, room=key, client_id=client_id, **error.extra)
        await self.send_json({"type": "ack", "room": key, "client_id": client_id or "", "id": sent.message.pk})
        if sent.crisis:
            await self.send_json({"type": "help", "room": key})

    def _send(self, room_pk, text, client_id):
        with override(self.language):
            room = Room.objects.select_related("host").get(pk=room_pk)
            return services.message_send(room, self.user, text, client_id=client_id)

    async def do_typing(self, frame):
        key, info = self._joined(frame)
        if info is None:
            return await self.error("not_joined", _("Join the chat first."), room=frame.get("room"))
        await self.channel_layer.group_send(
            info["group"],
            {
                "type": "chat.notice",
                "event": "typing",
                "room": key,
                "group": info["group"],
                "name": self.user.pseudonym,
                "channel": self.channel_name,
            },
        )

    async def do_read(self, frame):
        key, info = self._joined(frame)
        message_id = frame.get("id")
        if info is None or not isinstance(message_id, int) or message_id <= 0:
            return await self.error("invalid", _("This frame could not be read."), room=frame.get("room"))
        await database_sync_to_async(self._read)(info["pk"], message_id)

    def _read(self, room_pk, message_id):
        room = Room.objects.get(pk=room_pk)
        highest = room.messages.filter(pk__lte=message_id).order_by("-pk").values_list("pk", flat=True).first()
        if highest:
            services.mark_read(room, self.user, highest)

    async def do_history(self, frame):
        key, info = self._joined(frame)
        before = frame.get("before")
        if info is None or not isinstance(before, int):
            return await self.error("invalid", _("This frame could not be read."), room=frame.get("room"))
        messages, more = await database_sync_to_async(self._history)(info["pk"], before)
        await self.send_json({"type": "history", "room": key, "messages": messages, "more": more})

    def _history(self, room_pk, before):
        room = Room.objects.get(pk=room_pk)
        return selectors.messages_page(room, self.user, before=before)

    async def do_queue(self, frame):
        if not await database_sync_to_async(services.is_helper)(self.user):
            raise PermissionDenied
        self.queue = True
        await self.channel_layer.group_add(services.QUEUE_GROUP, self.channel_name)
        await self.send_json({"type": "queue"})

    # --- Notices from the channel layer -----------------------------------------------------------

    async def chat_notice(self, event):
        name = event.get("event")
        if name == "queue":
            return await self.send_json({"type": "queue"})
        # The layer does not say which group a notice came through: the room is in the notice.
        key, info = self._key_for_room(event.get("room"))
        if key is None:
            return
        with override(self.language):
            if name == "message":
                await self._notice_message(key, info, event["id"], event.get("version", 0))
            elif name == "typing":
                if event.get("channel") != self.channel_name:
                    await self.send_json({"type": "typing", "room": key, "name": event.get("name", "")})
            elif name == "read":
                if event.get("user") != self.user.pk:
                    await self.send_json({"type": "read", "room": key, "id": event.get("id")})
            elif name == "handoff":
                if event.get("user") == self.user.pk:
                    await self.send_json({"type": "handoff", "room": key, "url": event.get("url", "")})
            elif name in ("state", "measure"):
                if name == "measure" and event.get("user") != self.user.pk:
                    return
                await self._notice_state(key, info)

    def _key_for_room(self, room_key):
        if room_key in self.rooms:
            return room_key, self.rooms[room_key]
        return None, None

    async def _notice_message(self, key, info, message_id, version):
        cache_key = (message_id, version, self.language)
        payload = await payload_cache.get(cache_key)
        if payload is None or payload.get("room_id") != info["pk"]:
            return
        await self.send(text_data=payload_cache.frame(cache_key, payload, key, self.user.pk, info["sees_all"]))

    async def _notice_state(self, key, info):
        state = await database_sync_to_async(self._state)(info["pk"])
        if state is None:
            self.rooms.pop(key, None)
            await local_rooms.leave(self.channel_layer, info["group"], self)
            await self.send_json({"type": "removed", "room": key})
            return
        await self.send_json({"type": "state", "room": key, "state": state})

    def _state(self, room_pk):
        room = Room.objects.select_related("host", "professional").get(pk=room_pk)
        if not services.may_read(self.user, room):
            return None
        return selectors.state_payload(room, self.user)
