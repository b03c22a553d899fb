"""The chat's data. The database is the truth: a message is stored before anyone is told about it.

A `Room` is either a hosted group room ("praatgroep", open at set hours) or a 1:1 chat between a
member and a professional (kind DIRECT, with the triage answers, the queue state and the summary).
Rooms are addressed by a random `public_id` in every URL and socket path, so ids cannot be guessed.
"""

import uuid
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from forum.chat.app_settings import DEFAULT_CRISIS_WORDS


class RoomQuerySet(models.QuerySet):
    def groups(self):
        return self.filter(kind=Room.Kind.GROUP)

    def direct(self):
        return self.filter(kind=Room.Kind.DIRECT)

    def waiting(self):
        """1:1 chats in the professionals' queue: the most urgent first, then the longest waiting."""
        return (
            self.direct()
            .filter(status=Room.Status.WAITING)
            .annotate(
                danger=models.Case(
                    models.When(urgency=Room.Urgency.DANGER, then=0),
                    models.When(urgency=Room.Urgency.TODAY, then=1),
                    default=2,
                    output_field=models.IntegerField(),
                )
            )
            .order_by("danger", "created_at", "pk")
        )


class Room(models.Model):
    class Kind(models.TextChoices):
        GROUP = "group", _("Group room")
        DIRECT = "direct", _("Chat with a professional")

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for a professional")
        ACTIVE = "active", _("In conversation")
        CLOSED = "closed", _("Closed")

    class Urgency(models.TextChoices):
        DANGER = "danger", _("I am in danger now")
        TODAY = "today", _("I would like to talk today")
        WEEK = "week", _("It can wait a few days")

    class Helper(models.TextChoices):
        ANY = "any", _("No preference")
        PROFESSIONAL = "professional", _("A professional (for example a social worker)")
        EXPERIENCE_EXPERT = "experience_expert", _("An experience expert")

    class Fallback(models.TextChoices):
        NONE = "", _("None")
        MESSAGE = "message", _("Answer by message")
        CALLBACK = "callback", _("Call back")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.GROUP)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    # --- Group rooms
    title = models.CharField(_("title"), max_length=120, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, null=True, blank=True)
    topic = models.ForeignKey(
        "pages.Topic", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("topic")
    )
    description = models.TextField(_("what the room is about"), blank=True, max_length=600)
    house_rules = models.TextField(
        _("house rules"), blank=True, max_length=1500, help_text=_("Shown pinned at the top of the room.")
    )
    host = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_chat_rooms",
        verbose_name=_("host"),
        help_text=_("A verified experience expert or professional."),
    )
    slow_mode_seconds = models.PositiveSmallIntegerField(_("slow mode (seconds between messages)"), default=0)
    closed_until = models.DateTimeField(_("closed by the host until"), null=True, blank=True)
    pinned = models.ForeignKey(
        "chat.Message", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("pinned")
    )
    is_listed = models.BooleanField(_("listed"), default=True)

    # --- 1:1 chats
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="direct_chats",
        verbose_name=_("member"),
    )
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_chats",
        verbose_name=_("professional"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, blank=True)
    urgency = models.CharField(_("how urgent"), max_length=10, choices=Urgency.choices, blank=True)
    triage_topic = models.CharField(_("what it is about"), max_length=80, blank=True)
    preferred_helper = models.CharField(_("preferred helper"), max_length=20, choices=Helper.choices, blank=True)
    handed_off_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("handed off from")
    )
    picked_up_at = models.DateTimeField(_("picked up at"), null=True, blank=True)
    fallback = models.CharField(_("other route"), max_length=10, choices=Fallback.choices, blank=True)
    fallback_offered_at = models.DateTimeField(_("other route offered at"), null=True, blank=True)
    callback_phone = models.CharField(_("phone number for the call-back"), max_length=20, blank=True)
    callback_at = models.DateTimeField(_("call back at"), null=True, blank=True)
    summary = models.TextField(_("summary for the member"), blank=True, max_length=2000)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = RoomQuerySet.as_manager()

    class Meta:
        verbose_name = _("chat room")
        verbose_name_plural = _("chat rooms")
        ordering = ["title", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="group") | Q(member__isnull=False), name="chat_room_direct_has_member"
            ),
        ]
        indexes = [models.Index(fields=["kind", "status", "created_at"])]

    def __str__(self):
        if self.kind == self.Kind.GROUP:
            return self.title
        return str(_("Chat with a professional"))

    @property
    def is_group(self):
        return self.kind == self.Kind.GROUP

    @property
    def is_direct(self):
        return self.kind == self.Kind.DIRECT


class OpeningHour(models.Model):
    """A weekly opening of a group room, in the site's time zone (ends after starts, same day)."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))

    class Meta:
        verbose_name = _("weekly opening")
        verbose_name_plural = _("weekly openings")
        ordering = ["weekday", "starts"]
        constraints = [models.CheckConstraint(condition=Q(ends__gt=models.F("starts")), name="chat_opening_ends_after")]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"

    def window_on(self, day):
        """(start, end) as aware datetimes on the date `day` (which must be this weekday)."""
        tz = timezone.get_current_timezone()
        return (
            timezone.make_aware(datetime.combine(day, self.starts), tz),
            timezone.make_aware(datetime.combine(day, self.ends), tz),
        )


class RoomSession(models.Model):
    """A one-off opening of a group room (a theme evening, a holiday session)."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("one-off session")
        verbose_name_plural = _("one-off sessions")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="chat_session_ends_after")
        ]

    def __str__(self):
        return f"{self.room}: {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"


class Message(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Message")
        SYSTEM = "system", _("Notice")
        SUMMARY = "summary", _("Summary")

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="chat_messages"
    )
    # Chosen by the sender's browser: a message sent twice (a dropped connection) is stored once.
    client_id = models.UUIDField(null=True, blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.TEXT)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    held = models.BooleanField(default=False)
    hidden = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["room", "author", "client_id"], name="chat_message_client_id_unique")
        ]
        indexes = [
            models.Index(fields=["room", "id"]),
            models.Index(fields=["author", "created_at"]),
            models.Index(fields=["created_at"]),
        ]

    def __str__(self):
        return f"{self.room_id}#{self.pk}"


class Participation(models.Model):
    """A member in a room: what they have read, and a host's mute or removal (with the reason)."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_participations")
    joined_at = models.DateTimeField(default=timezone.now)
    last_read_id = models.BigIntegerField(default=0)
    muted_until = models.DateTimeField(null=True, blank=True)
    removed_until = models.DateTimeField(null=True, blank=True)
    measure_reason = models.CharField(max_length=300, blank=True)
    slow_down_notices = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["room", "user"], name="chat_participation_unique")]

    def muted(self, now=None):
        now = now or timezone.now()
        return self.muted_until is not None and self.muted_until > now

    def removed(self, now=None):
        now = now or timezone.now()
        return self.removed_until is not None and self.removed_until > now


class HelperStatus(models.Model):
    """A professional's "on duty" switch and capacity (separate from being signed in or online)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_status")
    on_duty_since = models.DateTimeField(null=True, blank=True)
    capacity = models.PositiveSmallIntegerField(_("chats at the same time"), default=3)

    @property
    def on_duty(self):
        return self.on_duty_since is not None


class Transfer(models.Model):
    """A professional proposes a colleague; the member sees the note and agrees (or not)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the member")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="transfers")
    from_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    to_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    note = models.CharField(_("note for the member"), max_length=500)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class Transcript(models.Model):
    """A member's own copy of a closed 1:1 chat, kept in their account (never emailed)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_transcripts")
    title = models.CharField(max_length=200)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]


@register_setting(icon="warning")
class ChatSettings(BaseGenericSetting):
    """The crisis phrases administrators keep up to date in Wagtail's settings (one per line)."""

    crisis_words = models.TextField(
        _("crisis phrases"),
        default="\n".join(DEFAULT_CRISIS_WORDS),
        blank=True,
        help_text=_(
            "One word or phrase per line. A chat message with one of them is not blocked: the host or "
            "professional on duty is alerted and the writer sees the 112/113 help card."
        ),
    )

    panels = [FieldPanel("crisis_words")]

    class Meta:
        verbose_name = _("chat")

    def phrases(self):
        return [line.strip().lower() for line in self.crisis_words.splitlines() if line.strip()]
