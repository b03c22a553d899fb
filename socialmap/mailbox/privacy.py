"""The mailbox's part of "download my data" and "delete my account"."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from socialmap.mailbox import services
from socialmap.mailbox.models import Attachment, Draft, Message, ReadMark, SurveyResponse, Thread


def _when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def mailbox_export(user):
    """The member's conversations with their own messages (the provider's answers are listed by
    time only: their text is someone else's and stays readable in the mailbox itself), their survey
    answers and drafts; a professional's own messages."""
    threads = Thread.objects.filter(member=user).select_related("partner").order_by("pk")
    own = Message.objects.filter(author=user).exclude(thread__member=user).select_related("thread__partner")
    return {
        "conversations": [
            {
                "provider": thread.partner.name,
                "subject": thread.subject,
                "started_at": _when(thread.created_at),
                "status": thread.status,
                "closed_at": _when(thread.closed_at),
                "messages": [
                    {
                        "sent_at": _when(message.created_at),
                        "from": "me",
                        "text": message.text,
                        "attachments": [attachment.filename for attachment in message.attachments.all()],
                    }
                    if message.author_id == user.pk
                    else {"sent_at": _when(message.created_at), "from": "provider"}
                    for message in thread.messages.filter(kind=Message.Kind.TEXT).prefetch_related("attachments")
                ],
            }
            for thread in threads
        ],
        "survey_answers": [
            {
                "provider": answer.partner.name,
                "score": answer.score,
                "comment": answer.comment,
                "answers": answer.answers,
            }
            for answer in SurveyResponse.objects.filter(thread__member=user).select_related("partner")
        ],
        "messages_as_professional": [
            {"provider": message.thread.partner.name, "sent_at": _when(message.created_at), "text": message.text}
            for message in own
        ],
        "drafts": list(Draft.objects.filter(user=user).values_list("text", flat=True)),
    }


@transaction.atomic
def mailbox_erase(user):
    """The member's conversations go entirely, attachments included (they are about them); their
    survey answers keep only the score (comments go). A professional's answers in other members'
    conversations stay, without their name."""
    comments = SurveyResponse.objects.filter(thread__member=user).update(comment="", answers={})
    threads = services.threads_delete(Thread.objects.filter(member=user))
    Draft.objects.filter(user=user).delete()
    ReadMark.objects.filter(user=user).delete()
    return [
        ("mailbox.threads", _("Mailbox conversations"), threads),
        ("mailbox.survey_comments", _("Survey comments"), comments),
    ]


def mailbox_export_files(user):
    """(name, file) of the attachments the member sent themselves, for the download's files folder."""
    attachments = Attachment.objects.filter(message__author=user).order_by("pk")
    return [(f"{attachment.pk}-{attachment.filename}", attachment.file) for attachment in attachments]
