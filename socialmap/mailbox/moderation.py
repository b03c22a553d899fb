"""The mailbox's part of the safety core: mailbox messages as one moderation content kind.

A member or professional can report a message in their own conversation; the report lands in the
one queue (the core alerts the moderators on duty). A moderator sees the reported message only
(never the rest of the conversation); hiding it takes it and its attachments out of the thread.
"""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from community.moderation.kinds import Content, ContentKind, int_ids
from socialmap.mailbox import services
from socialmap.mailbox.models import Message


class MailboxMessageKind(ContentKind):
    key = services.MESSAGE_KIND
    label = _("Mailbox message")

    def _content(self, message):
        thread = message.thread
        return Content(
            kind=self.key,
            object_id=str(message.pk),
            title=str(_("Message to %(provider)s") % {"provider": thread.partner}),
            excerpt=Truncator(message.text).chars(300),
            # Moderators have no access to the thread itself: the queue shows the excerpt.
            url=f"{services.thread_url(thread)}#message-{message.pk}",
            author=message.author,
            place=f"mailbox:{thread.partner_id}",
            place_label=str(thread.partner),
            hidden=message.hidden,
        )

    def _messages(self, object_ids):
        return Message.objects.select_related("thread__partner", "author").filter(
            pk__in=int_ids(object_ids), kind=Message.Kind.TEXT
        )

    def load(self, object_ids):
        return {str(message.pk): self._content(message) for message in self._messages(object_ids)}

    def visible_to(self, user, object_id):
        message = self._messages([object_id]).first()
        if message is None or not services.may_read(user, message.thread):
            return None
        if message.hidden and message.author_id != user.pk:
            return None
        return self._content(message)

    def _set(self, object_id, hidden):
        message = self._messages([object_id]).first()
        if message is None:
            return None
        Message.objects.filter(pk=message.pk).update(hidden=hidden)
        return message

    def hide(self, object_id):
        return self._set(object_id, True)

    def restore(self, object_id):
        return self._set(object_id, False)
