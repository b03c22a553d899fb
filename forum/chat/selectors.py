"""What the chat shows: messages as plain data (the same for the page, the socket and the JSON
history) and a room's state for one viewer. Reads only; services.py writes."""

import nh3
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape, urlize
from django.utils.translation import gettext as _

from community.accounts.models import badges_prefetch
from community.accounts.roles import is_moderator
from forum.chat import services
from forum.chat.models import Message, Participation, Room, Transfer
from forum.chat.schedule import room_state

PAGE_SIZE = 50


def text_html(text):
    """Plain text made safe: escaped, web links made clickable (nofollow, no opener), line breaks kept."""
    linked = urlize(escape(text), nofollow=True, autoescape=False)
    html = nh3.clean(
        linked.replace("\n", "<br>"),
        tags={"a", "br"},
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer ugc",
    )
    return html


def _badges(user):
    return [
        {"role": verification.role, "label": str(verification.get_role_display()), "partner": verification.partner.name}
        for verification in user.active_verifications
    ]


def message_payload(message, room=None):
    """One message as data, the same for every viewer; `viewer_payload` adds what depends on who looks."""
    room = room or message.room
    author = message.author
    local = timezone.localtime(message.created_at)
    return {
        "id": message.pk,
        "client_id": str(message.client_id) if message.client_id else "",
        "kind": message.kind,
        "author_id": author.pk if author else None,
        "author": {
            "name": author.pseudonym if author else "",
            "badges": _badges(author) if author else [],
            "host": bool(author and room.is_group and room.host_id == author.pk),
        },
        "html": text_html(message.text),
        "created_at": local.isoformat(),
        "time": local.strftime("%H:%M"),
        "date": local.strftime("%d-%m-%Y"),
        "held": message.held,
        "hidden": message.hidden,
    }


def viewer_payload(payload, viewer_id, sees_everything):
    """The message as `viewer_id` may see it, or None: hidden texts only for moderators, held texts
    only for their author and the room's hosts and moderators."""
    if (payload["hidden"] or payload["held"]) and not sees_everything and payload["author_id"] != viewer_id:
        return None
    data = {key: value for key, value in payload.items() if key != "author_id"}
    data["mine"] = payload["author_id"] == viewer_id
    if not data["mine"]:
        data["client_id"] = ""
    return data


def _with_authors(queryset):
    return queryset.select_related("author").prefetch_related(badges_prefetch("author"))


def messages_load(ids):
    return {message.pk: message for message in _with_authors(Message.objects.filter(pk__in=ids).select_related("room"))}


def messages_page(room, viewer, *, before=None, after=None, limit=PAGE_SIZE):
    """Messages the viewer may see, oldest first: the newest page, the page before `before`, or
    everything after `after` (up to `limit`). Returns (payloads, more)."""
    queryset = _with_authors(room.messages.all())
    sees_everything = sees_all(viewer, room)
    if not sees_everything:
        queryset = queryset.exclude(hidden=True).exclude(Q(held=True) & ~Q(author=viewer))
    if after is not None:
        rows = list(queryset.filter(pk__gt=after).order_by("pk")[: limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
    else:
        if before is not None:
            queryset = queryset.filter(pk__lt=before)
        rows = list(queryset.order_by("-pk")[: limit + 1])
        more = len(rows) > limit
        rows = list(reversed(rows[:limit]))
    payloads = []
    for message in rows:
        data = viewer_payload(message_payload(message, room), viewer.pk, sees_everything)
        if data is not None:
            payloads.append(data)
    return payloads, more


def sees_all(user, room):
    return services.is_host(user, room) or is_moderator(user)


def state_payload(room, user, now=None):
    """Everything the room's window needs to know for this viewer: open or not, may they write, why not."""
    now = now or timezone.now()
    part = Participation.objects.filter(room=room, user=user).first()
    state = {"room": str(room.public_id), "kind": room.kind, "can_send": True, "reason": "", "help": False}
    if room.is_group:
        schedule = room_state(room, now)
        state.update(
            open=schedule.open,
            closes_at=schedule.closes_at.isoformat() if schedule.closes_at else "",
            opens_at=opening_label(schedule.opens_at) if schedule.opens_at else "",
            slow_mode=room.slow_mode_seconds,
            host=services.is_host(user, room),
            pinned=None,
        )
        if room.pinned_id:
            pinned = messages_load([room.pinned_id]).get(room.pinned_id)
            if pinned is not None and not pinned.hidden and not pinned.held:
                state["pinned"] = viewer_payload(message_payload(pinned, room), user.pk, True)
        if not schedule.open:
            state.update(can_send=False, reason=_("The room is closed now."))
    else:
        position, estimate = services.queue_position(room)
        transfer = room.transfers.filter(status=Transfer.Status.PENDING).select_related("to_user").first()
        state.update(
            open=room.status != Room.Status.CLOSED,
            status=room.status,
            position=position,
            estimate=estimate,
            fallback=services.fallback_due(room, now) and room.member_id == user.pk and not room.fallback,
            transfer={"id": transfer.pk, "to": transfer.to_user.pseudonym, "note": transfer.note}
            if transfer and room.member_id == user.pk
            else None,
            professional=room.professional.pseudonym if room.professional_id else "",
        )
        if room.status == Room.Status.CLOSED:
            state.update(can_send=False, reason=_("This chat has been closed."))
        elif user.pk not in (room.member_id, room.professional_id):
            state.update(can_send=False, reason=_("You read along as a moderator."))
    if part is not None and part.muted(now) and state["can_send"]:
        state.update(
            can_send=False,
            reason=_("The host has muted you until %(until)s. Reason: %(reason)s")
            % {"until": timezone.localtime(part.muted_until).strftime("%H:%M"), "reason": part.measure_reason or "–"},
        )
    if part is not None and part.removed(now):
        state.update(removed=True, can_send=False)
    return state


def opening_label(moment):
    """ "ma 19:00" style, or "today 19:00"."""
    local = timezone.localtime(moment)
    today = timezone.localtime().date()
    if local.date() == today:
        return _("today at %(time)s") % {"time": local.strftime("%H:%M")}
    from django.utils.formats import date_format

    return f"{date_format(local, 'l')} {local.strftime('%H:%M')}"


def group_rooms():
    return (
        Room.objects.groups()
        .filter(is_listed=True)
        .select_related("host", "topic")
        .prefetch_related("opening_hours", "sessions")
    )
