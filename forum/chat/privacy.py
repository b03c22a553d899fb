"""The chat's part of "download my data" and "delete my account"."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from forum.chat.models import HelperStatus, Message, Participation, Room, Transcript, Transfer


def _when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def chat_export(user):
    messages = Message.objects.filter(author=user, kind=Message.Kind.TEXT).select_related("room").order_by("pk")
    direct = Room.objects.direct().filter(member=user).order_by("pk")
    return {
        "messages": [
            {"room": str(message.room), "sent_at": _when(message.created_at), "text": message.text}
            for message in messages
        ],
        "chats_with_a_professional": [
            {
                "started_at": _when(room.created_at),
                "status": room.status,
                "urgency": room.urgency,
                "topic": room.triage_topic,
                "preferred_helper": room.preferred_helper,
                "call_back_at": _when(room.callback_at),
                "call_back_phone": room.callback_phone,
                "summary": room.summary,
                "closed_at": _when(room.closed_at),
            }
            for room in direct
        ],
        "transcripts": [
            {"title": transcript.title, "saved_at": _when(transcript.created_at), "text": transcript.text}
            for transcript in Transcript.objects.filter(user=user)
        ],
        "room_measures": [
            {
                "room": str(part.room),
                "muted_until": _when(part.muted_until),
                "removed_until": _when(part.removed_until),
                "reason": part.measure_reason,
            }
            for part in Participation.objects.filter(user=user).select_related("room")
            if part.muted_until or part.removed_until
        ],
    }


@transaction.atomic
def chat_erase(user, remove_texts=False):
    """The member's own 1:1 chats go entirely (they are about them) and so do their group messages
    (other people's messages stay); transcripts, read marks and duty status go. What a professional
    wrote in other members' 1:1 chats is part of those members' conversations: it stays, without
    the name ("former member"), or with its text replaced by "message removed" when asked."""
    direct = Room.objects.direct().filter(member=user)
    direct_count = direct.count()
    direct.delete()
    in_others_chats = Message.objects.filter(author=user, room__kind=Room.Kind.DIRECT)
    answers = in_others_chats.count()
    if remove_texts:
        in_others_chats.filter(kind=Message.Kind.TEXT).update(text=removed_text())
    in_others_chats.update(author=None)
    messages, _detail = Message.objects.filter(author=user).delete()
    transcripts, _detail = Transcript.objects.filter(user=user).delete()
    Participation.objects.filter(user=user).delete()
    HelperStatus.objects.filter(user=user).delete()
    # A transfer to this professional that the member has not answered yet can no longer happen.
    Transfer.objects.filter(to_user=user, status=Transfer.Status.PENDING).update(status=Transfer.Status.DECLINED)
    return [
        ("chat.direct_chats", _("Chats with a professional"), direct_count),
        ("chat.messages", _("Chat messages"), messages),
        ("chat.answers", _("Your answers in other members' chats: kept without your name"), answers),
        ("chat.transcripts", _("Saved chat transcripts"), transcripts),
    ]


def removed_text():
    """The text that replaces a removed message, in the site's language (as the forum stores it)."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        return _("message removed")
