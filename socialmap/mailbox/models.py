"""The private mailbox's data: conversations ("threads") between a member and a provider organisation.

A `Thread` belongs to one member and one partner organisation (the provider); the organisation's
verified professionals share it in their inbox, one of them may be assigned. Every thread opens
with the provider's welcome message; when the provider closes it, the member is asked for a short
satisfaction survey (`SurveyResponse`), kept for aggregate reports only and left in place when the
thread itself is deleted after the retention period. Threads and attachments are addressed by a
random `public_id` in every URL, so ids cannot be guessed. Attachments live in private storage and
leave the server only through an access-checked view.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from community.files import private_storage


class ProviderMailbox(models.Model):
    """A provider organisation's mailbox settings (one per partner organisation)."""

    partner = models.OneToOneField(
        "partners.PartnerOrganisation",
        on_delete=models.CASCADE,
        related_name="mailbox",
        verbose_name=_("partner organisation"),
    )
    active = models.BooleanField(
        _("accepts messages"),
        default=True,
        help_text=_("Members can start a conversation with this organisation."),
    )
    welcome = models.TextField(
        _("welcome message"),
        blank=True,
        help_text=_(
            "The first message of every conversation: how the mailbox works, when you answer, and that a short "
            "survey follows. Empty: the standard text."
        ),
    )
    survey_questions = models.TextField(
        _("extra survey questions"),
        blank=True,
        help_text=_("Up to three questions of your own, one per line, asked after the standard 1–5 score."),
    )
    helpdesk = models.BooleanField(
        _("platform helpdesk"),
        default=False,
        help_text=_(
            "The platform's own helpdesk: offered when matching finds nothing that fits and when nobody is on "
            "duty in the chat. One organisation at most."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mailbox")
        verbose_name_plural = _("mailboxes")
        constraints = [
            models.UniqueConstraint(fields=["helpdesk"], condition=models.Q(helpdesk=True), name="mailbox_one_helpdesk")
        ]

    def __str__(self):
        return str(self.partner)

    def extra_questions(self):
        return [line.strip()[:200] for line in self.survey_questions.splitlines() if line.strip()][:3]


class ThreadQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Thread.Status.OPEN)

    def closed(self):
        return self.filter(status=Thread.Status.CLOSED)


class Thread(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    class Origin(models.TextChoices):
        DIRECT = "direct", _("directly")
        SERVICE = "service", _("from a service on the social map")
        MATCH = "match", _("from a match")
        CHAT = "chat", _("from the chat")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        on_delete=models.CASCADE,
        related_name="mailbox_threads",
        verbose_name=_("provider"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="mailbox_threads",
        verbose_name=_("member"),
    )
    service = models.ForeignKey(
        "socialmap.Service",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service"),
    )
    origin = models.CharField(_("started"), max_length=10, choices=Origin.choices, default=Origin.DIRECT)
    subject = models.CharField(_("subject"), max_length=150, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mailbox_assigned",
        verbose_name=_("assigned to"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)
    # The first answer of a professional (for the provider's median first-response time).
    first_response_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        ordering = ["-last_message_at", "-pk"]
        indexes = [
            models.Index(fields=["partner", "status", "last_message_at"]),
            models.Index(fields=["member", "last_message_at"]),
            models.Index(fields=["status", "closed_at"]),
        ]

    def __str__(self):
        return self.subject or str(_("Conversation with %(provider)s") % {"provider": self.partner})

    @property
    def is_open(self):
        return self.status == self.Status.OPEN


class Message(models.Model):
    class Kind(models.TextChoices):
        WELCOME = "welcome", _("welcome message")
        TEXT = "text", _("message")
        SYSTEM = "system", _("notice")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.TEXT)
    # Written on behalf of the provider (a professional, the welcome message) rather than the member.
    from_provider = models.BooleanField(default=False)
    text = models.TextField(_("message"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    hidden = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"])]

    def __str__(self):
        return f"{self.thread_id}:{self.pk}"


def attachment_upload_to(instance, filename):
    from community.files import safe_filename

    return f"mailbox/{uuid.uuid4().hex}/{safe_filename(filename)}"


class Attachment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=private_storage, upload_to=attachment_upload_to, max_length=300)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    def __str__(self):
        return self.filename


class ReadMark(models.Model):
    """Until when `user` has read `thread` (the member, or each professional on their own)."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "user"], name="mailbox_readmark_unique")]


class Draft(models.Model):
    """What someone typed in a thread and did not send yet, kept on the server."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="drafts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "user"], name="mailbox_draft_unique")]


class SurveyResponse(models.Model):
    """A member's satisfaction survey after a closed thread: for aggregate reports only.

    Kept when the thread is deleted (the link becomes empty): the provider's reports keep their
    counts, never who answered.
    """

    thread = models.OneToOneField(Thread, on_delete=models.SET_NULL, null=True, related_name="survey")
    partner = models.ForeignKey(
        "partners.PartnerOrganisation", on_delete=models.CASCADE, related_name="mailbox_surveys"
    )
    score = models.PositiveSmallIntegerField(_("score"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(_("comment"), blank=True)
    answers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
