"""The chat's part of the safety core: chat messages as one moderation content kind.

Reports land in the one queue (the core alerts the moderators on duty) and are routed to the room's
host as well. Hiding a message takes it out of every open window at once.
"""

import time

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from community.moderation.kinds import Content, ContentKind, int_ids
from community.notifications.services import notification_send
from forum.chat import services
from forum.chat.models import Message


class ChatMessageKind(ContentKind):
    key = services.MESSAGE_KIND
    label = _("Chat message")

    def _content(self, message):
        room = message.room
        return Content(
            kind=self.key,
            object_id=str(message.pk),
            title=str(room),
            excerpt=Truncator(message.text).chars(300),
            url=f"{services.room_url(room)}#message-{message.pk}",
            author=message.author,
            place=f"chat:{room.pk}",
            place_label=str(room),
            hidden=message.hidden or message.held,
        )

    def _messages(self, object_ids):
        return Message.objects.select_related("room", "author").filter(
            pk__in=int_ids(object_ids), kind=Message.Kind.TEXT
        )

    def load(self, object_ids):
        return {str(message.pk): self._content(message) for message in self._messages(object_ids)}

    def visible_to(self, user, object_id):
        message = self._messages([object_id]).first()
        if message is None or not services.may_read(user, message.room):
            return None
        if (message.hidden or message.held) and message.author_id != user.pk:
            return None
        return self._content(message)

    def _set(self, object_id, hidden):
        message = self._messages([object_id]).first()
        if message is None:
            return None
        Message.objects.filter(pk=message.pk).update(hidden=hidden, held=False if not hidden else message.held)
        # A new version: every process reads the changed message again.
        services.broadcast(message.room, "message", id=message.pk, version=time.time_ns())
        return message

    def hide(self, object_id):
        return self._set(object_id, True)

    def restore(self, object_id):
        return self._set(object_id, False)

    def reported(self, report):
        """Group rooms: the host hears of every report about their room (unless it is their own text)."""
        message = self._messages([report.item.object_id]).first()
        if message is None or not message.room.is_group or not message.room.host_id:
            return
        room = message.room
        if room.host_id in (message.author_id, report.reporter_id):
            return
        notification_send(
            room.host, "chat.report", services.room_url(room), subject=room.title, group=f"chat.report:{room.pk}"
        )
