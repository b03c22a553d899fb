"""Every write of the chat. Views and the websocket consumer call these; nothing else writes rows.

The database is the truth: a message is stored (and committed) before anyone is told, and the
channel layer only carries a notice ("message 42 is new in room X"); each connection then reads
the message from the database. Whoever must act is told through the notification service (the
professionals on duty, the host, the member), and whoever asked hears the outcome.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community.accounts.models import Role
from community.accounts.roles import active_verified_verifications, is_moderator
from community.moderation import services as moderation
from community.notifications.services import notification_send
from forum.chat.app_settings import app_settings
from forum.chat.models import ChatSettings, HelperStatus, Message, Participation, Room, Transcript, Transfer
from forum.chat.schedule import room_state

MESSAGE_KIND = "chat.message"


class ChatError(Exception):
    """A refusal the sender reads: `code` for the client, `message` in plain language."""

    def __init__(self, code, message, **extra):
        super().__init__(message)
        self.code, self.message, self.extra = code, message, extra


# --- Who is who ------------------------------------------------------------------------------------


def helpers():
    """Members who may answer 1:1 chats: an active verified professional role."""
    verified = active_verified_verifications().filter(role=Role.PROFESSIONAL).values("user_id")
    return get_user_model().objects.filter(pk__in=verified, is_active=True)


def is_helper(user):
    return bool(getattr(user, "pk", None)) and helpers().filter(pk=user.pk).exists()


def helpers_on_duty():
    return helpers().filter(chat_status__on_duty_since__isnull=False).order_by("pk")


def is_host(user, room):
    return room.is_group and getattr(user, "pk", None) is not None and (room.host_id == user.pk or is_moderator(user))


def participation(room, user):
    return Participation.objects.filter(room=room, user=user).first()


def may_read(user, room, part=None):
    """Who reads a room: a group room's history is for signed-in members (not while removed); a
    1:1 chat only for its member, its assigned professional and moderators."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if room.is_direct:
        return user.pk in (room.member_id, room.professional_id) or is_moderator(user)
    if is_host(user, room):
        return True
    part = part if part is not None else participation(room, user)
    return not (part is not None and part.removed())


def is_open(room, now=None):
    if room.is_direct:
        return room.status != Room.Status.CLOSED
    return room_state(room, now).open


# --- Telling connections --------------------------------------------------------------------------


def group_name(room):
    return f"chat.{room.public_id.hex}"


def broadcast(room, event, **data):
    """After the transaction commits, tell every connection to the room that something changed.

    The notice carries ids, never message text: each connection reads what it may see itself."""
    layer = get_channel_layer()
    if layer is None:
        return
    name = group_name(room)
    payload = {"type": "chat.notice", "event": event, "room": str(room.public_id), "group": name, **data}
    transaction.on_commit(lambda: async_to_sync(layer.group_send)(name, payload))


def room_url(room):
    if room.is_group:
        return reverse("chat:room", args=[room.slug])
    return reverse("chat:direct", args=[room.public_id])


# --- Sending ------------------------------------------------------------------------------------


@dataclass
class Sent:
    message: Message
    created: bool
    crisis: bool = False
    notices: list = field(default_factory=list)


CRISIS_CACHE_KEY = "chat:crisis-words"


def crisis_words():
    """The administrators' list (Wagtail settings, read at most once a minute per cache) plus
    CHAT_EXTRA_CRISIS_WORDS; CHAT_CRISIS_WORDS in the settings replaces the editable list."""
    from django.conf import settings

    if hasattr(settings, "CHAT_CRISIS_WORDS"):
        return app_settings.CRISIS_WORDS
    words = cache.get(CRISIS_CACHE_KEY)
    if words is None:
        words = ChatSettings.load().phrases()
        cache.set(CRISIS_CACHE_KEY, words, 60)
    return words + [word.strip().lower() for word in app_settings.EXTRA_CRISIS_WORDS if word.strip()]


def crisis_word_found(text):
    lowered = text.lower()
    for word in crisis_words():
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", lowered):
            return word
    return None


def _clean(text):
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ChatError("empty", _("Type a message first."))
    if len(text) > app_settings.MAX_LENGTH:
        raise ChatError(
            "too_long",
            _("A message can be at most %(max)s characters; yours has %(length)s.")
            % {"max": app_settings.MAX_LENGTH, "length": len(text)},
        )
    return text


def _refuse_if_cannot_send(room, user, part, now):
    if not may_read(user, room, part):
        raise ChatError("forbidden", _("You cannot write in this chat."))
    if room.is_direct:
        if room.status == Room.Status.CLOSED:
            raise ChatError("closed", _("This chat has been closed."))
        if user.pk not in (room.member_id, room.professional_id):
            raise ChatError("forbidden", _("Only the member and their professional write in this chat."))
    elif not room_state(room, now).open:
        raise ChatError("closed", _("The room is closed now."))
    silence = moderation.silence_of(user, now)
    if silence is not None:
        until = timezone.localtime(silence.ends_at).strftime("%d-%m-%Y %H:%M") if silence.ends_at else ""
        raise ChatError("silenced", _("A moderator has silenced you until %(until)s.") % {"until": until})
    if part is not None and part.muted(now):
        raise ChatError(
            "muted",
            _("The host has muted you until %(until)s. Reason: %(reason)s")
            % {"until": timezone.localtime(part.muted_until).strftime("%H:%M"), "reason": part.measure_reason or "–"},
        )


def _exempt(room, user):
    return is_host(user, room) or (room.is_direct and room.professional_id == user.pk) or is_helper(user)


def _rate_limit(room, user, part, now):
    """5 messages in 5 seconds (settings) answers "slow down"; repeated notices mute for a while.

    Returns the refusal instead of raising it, so the notices and the mute it records are kept."""
    since = now - timedelta(seconds=app_settings.RATE_SECONDS)
    recent = Message.objects.filter(room=room, author=user, created_at__gte=since).count()
    if recent < app_settings.RATE_MESSAGES:
        if room.is_group and room.slow_mode_seconds:
            last = Message.objects.filter(room=room, author=user).order_by("-pk").values_list("created_at", flat=True)
            last = last.first()
            if last is not None and (now - last).total_seconds() < room.slow_mode_seconds:
                wait = room.slow_mode_seconds - int((now - last).total_seconds())
                return ChatError(
                    "slow_mode",
                    _("Slow mode is on: you can send a message again in %(seconds)s seconds.") % {"seconds": wait},
                    seconds=wait,
                )
        return None
    minute_ago = (now - timedelta(minutes=1)).timestamp()
    notices = [stamp for stamp in part.slow_down_notices if stamp > minute_ago] + [now.timestamp()]
    part.slow_down_notices = notices
    if len(notices) >= app_settings.RATE_NOTICES_BEFORE_MUTE and room.is_group:
        minutes = app_settings.RATE_MUTE_MINUTES
        part.muted_until = now + timedelta(minutes=minutes)
        part.measure_reason = _("Too many messages in a short time.")
        part.slow_down_notices = []
        part.save(update_fields=["muted_until", "measure_reason", "slow_down_notices"])
        moderation.log(
            None,
            moderation.LogEntry.Action.SILENCE,
            kind=MESSAGE_KIND,
            target_user=user,
            note=_("Muted for %(minutes)s minutes in the chat room “%(room)s”: too many messages.")
            % {"minutes": minutes, "room": room.title},
        )
        broadcast(room, "state")
        return ChatError(
            "muted",
            _("You sent many messages very quickly, so you are muted for %(minutes)s minutes.") % {"minutes": minutes},
        )
    part.save(update_fields=["slow_down_notices"])
    return ChatError("slow_down", _("Slow down a little: give the others a moment to read and answer."))


def message_send(room, user, text, client_id=None, now=None):
    """Store a message (once per `client_id`) and tell the room. Raises ChatError when refused."""
    now = now or timezone.now()
    text = _clean(text)
    with transaction.atomic():
        room = Room.objects.select_for_update().get(pk=room.pk) if room.is_direct else room
        part, _created = Participation.objects.get_or_create(room=room, user=user)
        _refuse_if_cannot_send(room, user, part, now)
        if client_id:
            existing = Message.objects.filter(room=room, author=user, client_id=client_id).first()
            if existing is not None:
                return Sent(existing, created=False)
        refusal = None if _exempt(room, user) else _rate_limit(room, user, part, now)
        if refusal is None:
            return _store(room, user, part, text, client_id, now)
    raise refusal


def _store(room, user, part, text, client_id, now):
    reason = moderation.hold_reason(user, text, new_member_rules=False)
    try:
        with transaction.atomic():
            message = Message.objects.create(
                room=room, author=user, client_id=client_id or None, text=text, created_at=now, held=bool(reason)
            )
    except IntegrityError:  # the same client id, sent twice at the same moment
        return Sent(Message.objects.get(room=room, author=user, client_id=client_id), created=False)
    Participation.objects.filter(pk=part.pk).update(last_read_id=message.pk)
    if reason:
        moderation.hold(MESSAGE_KIND, message.pk, author=user, reason=reason)
    crisis = bool(crisis_word_found(text))
    if crisis:
        _crisis_alert(room, user)
    if room.is_direct:
        _tell_other_party(room, user)
    broadcast(room, "message", id=message.pk)
    return Sent(message, created=True, crisis=crisis)


def _crisis_alert(room, writer):
    """A crisis word never blocks: it alerts whoever is with the writer now, else those on duty."""
    recipients = []
    if room.is_group and room.host_id:
        recipients.append(room.host)
    if room.is_direct and room.professional_id and room.professional_id != writer.pk:
        recipients.append(room.professional)
    if not recipients:
        recipients = list(helpers_on_duty()) + list(moderation.moderators_on_duty())
    seen = set()
    for user in recipients:
        if user.pk in seen or user.pk == writer.pk:
            continue
        seen.add(user.pk)
        notification_send(user, "chat.crisis", room_url(room), subject=str(room), group=f"chat.crisis:{room.pk}")


def _tell_other_party(room, writer):
    if writer.pk == room.member_id and room.professional_id:
        other = room.professional
    elif writer.pk == room.professional_id:
        other = room.member
    else:
        return
    # While unread, further messages join this one notification: no flood of emails.
    notification_send(other, "chat.message", room_url(room), actor=writer, subject=str(room), group=f"chat:{room.pk}")


def mark_read(room, user, message_id):
    """The member has seen everything up to `message_id`; the other side of a 1:1 chat sees "read"."""
    updated = Participation.objects.filter(room=room, user=user, last_read_id__lt=message_id).update(
        last_read_id=message_id
    )
    if updated and room.is_direct:
        broadcast(room, "read", id=int(message_id), user=user.pk)
    return bool(updated)


# --- Host tools ------------------------------------------------------------------------------------


def _require_host(room, user):
    if not is_host(user, room):
        raise PermissionDenied


def _system(room, text):
    message = Message.objects.create(room=room, kind=Message.Kind.SYSTEM, text=text)
    broadcast(room, "message", id=message.pk)
    return message


@transaction.atomic
def participant_measure(room, host, user, measure, minutes, reason):
    """Mute (may read, not write) or remove (may neither) a participant for `minutes`, with a reason
    they are shown. Logged in the moderation log; the member is told."""
    _require_host(room, host)
    if user.pk == host.pk or is_host(user, room):
        raise ValidationError(_("Hosts and moderators cannot be muted or removed here."))
    if not reason.strip():
        raise ValidationError(_("Say why, so the member understands."))
    now = timezone.now()
    until = now + timedelta(minutes=int(minutes))
    part, _created = Participation.objects.get_or_create(room=room, user=user)
    if measure == "mute":
        part.muted_until = until
        action = moderation.LogEntry.Action.SILENCE
        note = _("Muted in the chat room “%(room)s” until %(until)s: %(reason)s")
    elif measure == "remove":
        part.removed_until = until
        part.muted_until = until
        action = moderation.LogEntry.Action.SILENCE
        note = _("Removed from the chat room “%(room)s” until %(until)s: %(reason)s")
    else:
        raise ValueError(measure)
    part.measure_reason = reason.strip()[:300]
    part.save(update_fields=["muted_until", "removed_until", "measure_reason"])
    local = timezone.localtime(until).strftime("%d-%m %H:%M")
    moderation.log(
        host,
        action,
        kind=MESSAGE_KIND,
        target_user=user,
        note=note % {"room": room.title, "until": local, "reason": reason},
    )
    notification_send(user, "chat.measure", room_url(room), subject=room.title, group=f"chat.measure:{room.pk}")
    broadcast(room, "measure", user=user.pk)
    return part


@transaction.atomic
def participant_lift(room, host, user):
    _require_host(room, host)
    part = participation(room, user)
    if part is None or not (part.muted() or part.removed()):
        return part
    part.muted_until = part.removed_until = None
    part.slow_down_notices = []
    part.save(update_fields=["muted_until", "removed_until", "slow_down_notices"])
    moderation.log(
        host,
        moderation.LogEntry.Action.LIFT,
        kind=MESSAGE_KIND,
        target_user=user,
        note=_("Mute lifted in the chat room “%(room)s”") % {"room": room.title},
    )
    notification_send(user, "chat.measure", room_url(room), subject=room.title, group=f"chat.measure:{room.pk}")
    broadcast(room, "measure", user=user.pk)
    return part


@transaction.atomic
def slow_mode_set(room, host, seconds):
    _require_host(room, host)
    seconds = max(0, min(int(seconds), 600))
    Room.objects.filter(pk=room.pk).update(slow_mode_seconds=seconds)
    room.slow_mode_seconds = seconds
    if seconds:
        _system(room, _("Slow mode is on: one message per %(seconds)s seconds.") % {"seconds": seconds})
    else:
        _system(room, _("Slow mode is off."))
    broadcast(room, "state")


@transaction.atomic
def message_pin(room, host, message):
    _require_host(room, host)
    if message is not None and (message.room_id != room.pk or message.hidden or message.held):
        raise ValidationError(_("This message cannot be pinned."))
    Room.objects.filter(pk=room.pk).update(pinned=message)
    room.pinned = message
    broadcast(room, "state")


@transaction.atomic
def session_close(room, host):
    """The host ends this opening early; the room opens again at its next opening."""
    _require_host(room, host)
    state = room_state(room)
    until = state.closes_at if state.open and state.closes_at else timezone.now() + timedelta(hours=1)
    Room.objects.filter(pk=room.pk).update(closed_until=until)
    room.closed_until = until
    _system(room, _("The host has closed this session. Thank you for being here."))
    broadcast(room, "state")


@transaction.atomic
def handoff(room, host, user, note=""):
    """One click: the host offers a participant a 1:1 chat with a professional. The chat is created
    in the professionals' queue; the participant gets a link (in the room and as a notification)."""
    _require_host(room, host)
    if is_host(user, room):
        raise ValidationError(_("Hosts and moderators cannot be handed off."))
    existing = open_direct_chat(user)
    if existing is not None:
        direct = existing
    else:
        direct = _direct_create(
            user,
            urgency=Room.Urgency.TODAY,
            topic=room.topic.name if room.topic_id else room.title,
            helper=Room.Helper.ANY,
            handed_off_from=room,
        )
        if note.strip():
            Message.objects.create(
                room=direct,
                kind=Message.Kind.SYSTEM,
                text=_("Note from the host of “%(room)s”: %(note)s") % {"room": room.title, "note": note.strip()[:500]},
            )
    notification_send(user, "chat.handoff", room_url(direct), subject=room.title, group=f"chat.handoff:{direct.pk}")
    broadcast(room, "handoff", user=user.pk, url=room_url(direct))
    return direct


# --- 1:1 chats: the queue ---------------------------------------------------------------------------


def open_direct_chat(member):
    return Room.objects.direct().filter(member=member).exclude(status=Room.Status.CLOSED).order_by("-pk").first()


def _direct_create(member, *, urgency, topic, helper, handed_off_from=None):
    now = timezone.now()
    room = Room.objects.create(
        kind=Room.Kind.DIRECT,
        member=member,
        status=Room.Status.WAITING,
        urgency=urgency,
        triage_topic=topic[:80],
        preferred_helper=helper,
        handed_off_from=handed_off_from,
        created_at=now,
    )
    Participation.objects.create(room=room, user=member)
    on_duty = list(helpers_on_duty())
    if urgency == Room.Urgency.DANGER:
        # Someone may be in danger now: every professional and moderator on duty, at once.
        recipients = {user.pk: user for user in on_duty + list(moderation.moderators_on_duty())}
        for user in recipients.values():
            if user.pk != member.pk:
                notification_send(user, "chat.danger", reverse("chat:queue"), group=f"chat.danger:{room.pk}")
    else:
        for user in on_duty or list(helpers()):
            if user.pk != member.pk:
                notification_send(user, "chat.waiting", reverse("chat:queue"), group="chat.waiting")
    if not on_duty:
        room.fallback_offered_at = now
        room.save(update_fields=["fallback_offered_at"])
    broadcast_queue()
    return room


@transaction.atomic
def direct_start(member, urgency, topic, helper):
    """A member asks for a 1:1 chat (after reading what happens to it and answering the triage).
    A member has at most one open 1:1 chat: asking again returns it."""
    existing = open_direct_chat(member)
    if existing is not None:
        return existing
    if urgency not in Room.Urgency.values or helper not in Room.Helper.values:
        raise ValidationError(_("Answer the questions first."))
    return _direct_create(member, urgency=urgency, topic=topic, helper=helper)


QUEUE_GROUP = "chat.queue"


def broadcast_queue():
    """Tell the professionals' queue pages that the queue changed (they reload the list)."""
    layer = get_channel_layer()
    if layer is not None:
        transaction.on_commit(
            lambda: async_to_sync(layer.group_send)(QUEUE_GROUP, {"type": "chat.notice", "event": "queue"})
        )


def queue_position(room):
    """(position in the queue from 1, estimated minutes or None when there is no honest estimate)."""
    if room.status != Room.Status.WAITING:
        return None, None
    ids = list(Room.objects.waiting().values_list("pk", flat=True))
    position = ids.index(room.pk) + 1 if room.pk in ids else None
    on_duty = helpers_on_duty().annotate(
        active=Count("assigned_chats", filter=Q(assigned_chats__status=Room.Status.ACTIVE))
    )
    if position is None or not on_duty:
        return position, None
    free = sum(
        max(0, (getattr(user, "chat_status", None) and user.chat_status.capacity or 0) - user.active)
        for user in on_duty
    )
    recent = list(
        Room.objects.direct()
        .filter(picked_up_at__isnull=False)
        .order_by("-picked_up_at")
        .values_list("created_at", "picked_up_at")[:20]
    )
    if not recent:
        return position, None
    waits = sorted((picked - created).total_seconds() / 60 for created, picked in recent)
    typical = waits[len(waits) // 2]
    # Free places are taken at once; beyond them each place frees up after a typical wait.
    ahead = max(0, position - free)
    return position, max(1, round(typical * (1 + ahead / max(1, len(on_duty)))))


def fallback_due(room, now=None):
    """Offer the member another route: nobody on duty, or nobody picked up within PICKUP_MINUTES."""
    if room.status != Room.Status.WAITING:
        return False
    now = now or timezone.now()
    if room.fallback_offered_at is not None:
        return True
    return not helpers_on_duty().exists() or room.created_at <= now - timedelta(minutes=app_settings.PICKUP_MINUTES)


@transaction.atomic
def fallback_choose(room, member, choice, phone="", at=None):
    """The member chooses: leave the question for an answer by message, or a call-back moment.
    What they wrote stays in the chat either way."""
    if room.member_id != member.pk or room.status != Room.Status.WAITING:
        raise PermissionDenied
    if choice == Room.Fallback.MESSAGE:
        room.fallback, room.callback_phone, room.callback_at = choice, "", None
    elif choice == Room.Fallback.CALLBACK:
        digits = re.sub(r"[\s\-()]", "", phone or "")
        if not re.fullmatch(r"\+?\d{10,15}", digits):
            raise ValidationError(_("Fill in a phone number of 10 digits, for example 06 12345678."))
        if at is None or at < timezone.now():
            raise ValidationError(_("Choose a moment in the future."))
        room.fallback, room.callback_phone, room.callback_at = choice, digits, at
    else:
        raise ValidationError(_("Choose one of the options."))
    room.fallback_offered_at = room.fallback_offered_at or timezone.now()
    room.save(update_fields=["fallback", "callback_phone", "callback_at", "fallback_offered_at"])
    if choice == Room.Fallback.MESSAGE and _hand_off(room, member):
        return room
    for user in helpers_on_duty() or helpers():
        if user.pk != member.pk:
            notification_send(user, "chat.waiting", reverse("chat:queue"), group="chat.waiting")
    broadcast(room, "state")
    broadcast_queue()
    return room


def _hand_off(room, member):
    """Answer by message through a feature that answers by message (the mailbox's helpdesk, through
    the `message_handoff` hook): the member's question goes there, this chat is closed and
    `room.handoff_url` says where the member continues. False when nothing takes it: the question
    then waits in this chat for a professional, as before."""
    import plugins

    question = "\n\n".join(
        room.messages.filter(author=member, kind=Message.Kind.TEXT, hidden=False)
        .order_by("pk")
        .values_list("text", flat=True)
    ).strip()
    if not question:
        return False
    url = plugins.first(
        "message_handoff", member=member, text=question[:19_000], origin="chat", subject=_("My question from the chat")
    )
    if not url:
        return False
    now = timezone.now()
    room.status, room.closed_at, room.closed_by = Room.Status.CLOSED, now, member
    room.save(update_fields=["status", "closed_at", "closed_by"])
    _system(room, _("Your question was passed on to the Wijkplein helpdesk. The answer comes in your messages."))
    room.handoff_url = url
    broadcast(room, "state")
    broadcast_queue()
    return True


def offer_overdue_fallbacks(now=None):
    """Cron (with `manage.py chat_maintain`): tell members nobody picked up, once per chat."""
    now = now or timezone.now()
    overdue = Room.objects.direct().filter(
        status=Room.Status.WAITING,
        fallback_offered_at__isnull=True,
        created_at__lte=now - timedelta(minutes=app_settings.PICKUP_MINUTES),
    )
    told = 0
    for room in overdue.select_related("member")[:500]:
        with transaction.atomic():
            if not Room.objects.filter(pk=room.pk, fallback_offered_at__isnull=True).update(fallback_offered_at=now):
                continue
            notification_send(room.member, "chat.no_pickup", room_url(room), group=f"chat.no_pickup:{room.pk}")
            broadcast(room, "state")
        told += 1
    return told


# --- 1:1 chats: professionals -----------------------------------------------------------------------


def helper_status(user):
    status, _created = HelperStatus.objects.get_or_create(
        user=user, defaults={"capacity": app_settings.DEFAULT_CAPACITY}
    )
    return status


@transaction.atomic
def duty_set(user, on_duty, capacity=None):
    if not is_helper(user):
        raise PermissionDenied
    status = helper_status(user)
    status.on_duty_since = (status.on_duty_since or timezone.now()) if on_duty else None
    if capacity is not None:
        status.capacity = max(1, min(int(capacity), 10))
    status.save(update_fields=["on_duty_since", "capacity"])
    broadcast_queue()
    return status


def active_chats(user):
    return Room.objects.direct().filter(professional=user, status=Room.Status.ACTIVE)


@transaction.atomic
def pickup(room, professional):
    if not is_helper(professional):
        raise PermissionDenied
    room = Room.objects.select_for_update().get(pk=room.pk)
    if room.member_id == professional.pk:
        raise PermissionDenied
    if room.status != Room.Status.WAITING:
        raise ValidationError(_("A colleague has already picked up this chat."))
    status = helper_status(professional)
    if not status.on_duty:
        raise ValidationError(_("Switch yourself on duty first."))
    if active_chats(professional).count() >= status.capacity:
        raise ValidationError(
            _("You already have %(count)s chats, your maximum. Close one first or raise your maximum.")
            % {"count": status.capacity}
        )
    now = timezone.now()
    room.professional, room.status, room.picked_up_at = professional, Room.Status.ACTIVE, now
    room.save(update_fields=["professional", "status", "picked_up_at"])
    Participation.objects.get_or_create(room=room, user=professional)
    _system(room, _("%(name)s is here for you now.") % {"name": professional.pseudonym})
    notification_send(
        room.member, "chat.picked_up", room_url(room), actor=professional, group=f"chat.picked_up:{room.pk}"
    )
    broadcast(room, "state")
    broadcast_queue()
    return room


def _require_assigned(room, user):
    if not room.is_direct or (room.professional_id != user.pk and not is_moderator(user)):
        raise PermissionDenied


@transaction.atomic
def transfer_propose(room, professional, to_user, note):
    _require_assigned(room, professional)
    if room.status != Room.Status.ACTIVE:
        raise ValidationError(_("Only a chat in conversation can be transferred."))
    if to_user.pk in (professional.pk, room.member_id) or not is_helper(to_user):
        raise ValidationError(_("Choose a colleague who answers chats."))
    if not note.strip():
        raise ValidationError(_("Write a short note for the member: why this colleague?"))
    Transfer.objects.filter(room=room, status=Transfer.Status.PENDING).update(
        status=Transfer.Status.DECLINED, decided_at=timezone.now()
    )
    transfer = Transfer.objects.create(room=room, from_user=professional, to_user=to_user, note=note.strip()[:500])
    _system(
        room,
        _("%(from)s proposes that %(to)s continues this chat. Note: %(note)s")
        % {"from": professional.pseudonym, "to": to_user.pseudonym, "note": transfer.note},
    )
    broadcast(room, "state")
    return transfer


@transaction.atomic
def transfer_decide(transfer, member, accept):
    room = Room.objects.select_for_update().get(pk=transfer.room_id)
    if room.member_id != member.pk:
        raise PermissionDenied
    transfer = Transfer.objects.select_for_update().get(pk=transfer.pk)
    if transfer.status != Transfer.Status.PENDING:
        raise ValidationError(_("This proposal has already been answered."))
    transfer.status = Transfer.Status.ACCEPTED if accept else Transfer.Status.DECLINED
    transfer.decided_at = timezone.now()
    transfer.save(update_fields=["status", "decided_at"])
    if accept:
        room.professional = transfer.to_user
        room.save(update_fields=["professional"])
        Participation.objects.get_or_create(room=room, user=transfer.to_user)
        _system(room, _("%(name)s continues this chat.") % {"name": transfer.to_user.pseudonym})
        notification_send(
            transfer.to_user,
            "chat.transfer",
            room_url(room),
            actor=transfer.from_user,
            group=f"chat.transfer:{room.pk}",
        )
    else:
        _system(room, _("The member prefers to continue with the current professional."))
    broadcast(room, "state")
    return transfer


@transaction.atomic
def direct_close(room, user, summary=""):
    """The professional closes the chat with a short summary for the member (the member may end it too)."""
    room = Room.objects.select_for_update().get(pk=room.pk)
    if not room.is_direct or not (user.pk in (room.member_id, room.professional_id) or is_moderator(user)):
        raise PermissionDenied
    if room.status == Room.Status.CLOSED:
        return room
    is_member = user.pk == room.member_id
    if not is_member and room.status == Room.Status.ACTIVE and not summary.strip():
        raise ValidationError(_("Write a short summary for the member."))
    now = timezone.now()
    room.status, room.closed_at, room.closed_by = Room.Status.CLOSED, now, user
    room.summary = summary.strip()[:2000]
    room.callback_phone = ""  # needed only until someone called
    room.save(update_fields=["status", "closed_at", "closed_by", "summary", "callback_phone"])
    if room.summary:
        message = Message.objects.create(room=room, author=user, kind=Message.Kind.SUMMARY, text=room.summary)
        broadcast(room, "message", id=message.pk)
    _system(room, _("This chat has been closed.") if not is_member else _("The member has ended the chat."))
    if not is_member:
        notification_send(room.member, "chat.closed", room_url(room), actor=user, group=f"chat.closed:{room.pk}")
    elif room.professional_id:
        notification_send(room.professional, "chat.closed", room_url(room), actor=user, group=f"chat.closed:{room.pk}")
    broadcast(room, "state")
    broadcast_queue()
    return room


def transcript_text(room):
    lines = []
    for message in room.messages.filter(hidden=False, held=False).select_related("author").order_by("pk"):
        when = timezone.localtime(message.created_at).strftime("%d-%m-%Y %H:%M")
        who = message.author.pseudonym if message.author_id else "Wijkplein"
        lines.append(f"[{when}] {who}: {message.text}")
    return "\n".join(lines)


@transaction.atomic
def transcript_save(room, member):
    """The member keeps a copy of their own 1:1 chat in their account (never emailed)."""
    if not room.is_direct or room.member_id != member.pk:
        raise PermissionDenied
    when = timezone.localtime(room.created_at).strftime("%d-%m-%Y")
    return Transcript.objects.create(
        user=member, title=_("Chat with a professional, %(date)s") % {"date": when}, text=transcript_text(room)
    )


# --- Retention --------------------------------------------------------------------------------------


def group_messages_prune(now=None):
    """Delete group-room messages older than GROUP_RETENTION_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=app_settings.GROUP_RETENTION_DAYS)
    return Message.objects.filter(room__kind=Room.Kind.GROUP, created_at__lt=cutoff).delete()[0]


def direct_chats_prune(now=None):
    """Delete 1:1 chats closed more than DIRECT_RETENTION_DAYS ago, with their messages; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=app_settings.DIRECT_RETENTION_DAYS)
    closed = Room.objects.direct().filter(status=Room.Status.CLOSED, closed_at__lt=cutoff)
    rooms = closed.count()
    closed.delete()
    return rooms


def retention_enforce(now=None):
    """Erase group messages older than GROUP_RETENTION_DAYS and 1:1 chats closed more than
    DIRECT_RETENTION_DAYS ago (with their messages). Idempotent; returns what was erased."""
    now = now or timezone.now()
    return {"group_messages": group_messages_prune(now), "direct_chats": direct_chats_prune(now)}
