"""What the safety core stores: queue items with their reports, the log, restrictions and the rota.

Content itself stays where its feature keeps it; a queue item points at it by kind and id
(`content_kind`, `object_id`), like the log, so the log outlives deleted content.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Reason(models.TextChoices):
    UNSAFE = "unsafe", _("Someone may be in danger")
    HURTFUL = "hurtful", _("Hurtful, insulting or discriminating")
    PRIVACY = "privacy", _("Shares personal details")
    SPAM = "spam", _("Advertising or spam")
    OTHER = "other", _("Something else")


class QueueItemQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=QueueItem.Status.PENDING)

    def overdue(self, now=None):
        return self.pending().filter(due_at__lt=now or timezone.now())


class QueueItem(models.Model):
    """One piece of content that waits for a moderator: held before it was shown, or reported.

    Several reports about the same content join one pending item (as in Discourse's review queue),
    so moderators handle it once and every reporter hears the outcome.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        APPROVED = "approved", _("Approved: stays visible")
        HIDDEN = "hidden", _("Hidden")
        WARNED = "warned", _("Author warned")

    content_kind = models.CharField(_("kind of content"), max_length=40)
    object_id = models.CharField(_("content id"), max_length=64)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    # Where the content lives (a forum, a chat room), for the queue's filter: "forum:3".
    place = models.CharField(_("where"), max_length=100, blank=True)
    place_label = models.CharField(_("where (name)"), max_length=200, blank=True)
    held = models.BooleanField(_("held before publication"), default=False)
    hold_reason = models.CharField(_("why held"), max_length=200, blank=True)
    urgent = models.BooleanField(_("someone may be in danger"), default=False)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("waiting since"), default=timezone.now)
    due_at = models.DateTimeField(_("to be handled before"))
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    note = models.TextField(_("moderator's note"), blank=True)

    objects = QueueItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("moderation queue item")
        verbose_name_plural = _("moderation queue")
        ordering = ["due_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_kind", "object_id"],
                condition=Q(status="pending"),
                name="moderation_one_pending_item_per_content",
            )
        ]
        indexes = [
            models.Index(fields=["status", "due_at"]),
            models.Index(fields=["content_kind", "object_id"]),
        ]

    def __str__(self):
        return f"{self.content_kind}:{self.object_id} ({self.status})"

    @property
    def is_overdue(self):
        return self.status == self.Status.PENDING and self.due_at < timezone.now()


class Report(models.Model):
    """A member's "Report this": what is wrong and, if they like, why."""

    item = models.ForeignKey(QueueItem, on_delete=models.CASCADE, related_name="reports", verbose_name=_("queue item"))
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="moderation_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    explanation = models.TextField(_("explanation"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["item", "reporter"], name="moderation_one_report_per_member_and_item")
        ]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.item_id})"


class LogEntry(models.Model):
    """Every moderation step, in one log: who did what to which content or member, and why."""

    class Action(models.TextChoices):
        HOLD = "hold", _("Held for review")
        APPROVE = "approve", _("Approved")
        HIDE = "hide", _("Hidden")
        RESTORE = "restore", _("Shown again")
        WARN = "warn", _("Author warned")
        LOCK = "lock", _("Topic locked")
        UNLOCK = "unlock", _("Topic unlocked")
        MOVE = "move", _("Topic moved")
        DELETE = "delete", _("Deleted")
        EDIT = "edit", _("Edited by a moderator")
        ESCALATE = "escalate", _("Waited too long: all moderators alerted")
        PREMODERATE = "premoderate", _("Member put on pre-moderation")
        SILENCE = "silence", _("Member silenced")
        TRUST = "trust", _("Member trusted")
        LIFT = "lift", _("Measure lifted")

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    content_kind = models.CharField(_("kind of content"), max_length=40, blank=True)
    object_id = models.CharField(_("content id"), max_length=64, blank=True)
    item = models.ForeignKey(
        QueueItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="log", verbose_name=_("queue item")
    )
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member concerned"),
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_kind", "object_id"])]

    def __str__(self):
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class RestrictionQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(lifted_at__isnull=True).filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))


class Restriction(models.Model):
    """A moderator's measure for one member: pre-moderate, silence for a while, or trust."""

    class Kind(models.TextChoices):
        PREMODERATE = "premoderate", _("Pre-moderation: every text waits for a moderator")
        SILENCE = "silence", _("Silenced: cannot write for a while")
        TRUST = "trust", _("Trusted: no pre-moderation")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="restrictions", verbose_name=_("member")
    )
    kind = models.CharField(_("measure"), max_length=16, choices=Kind.choices)
    reason = models.CharField(_("reason (the member sees this)"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("set by")
    )
    created_at = models.DateTimeField(_("from"), default=timezone.now)
    ends_at = models.DateTimeField(_("until"), null=True, blank=True)
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lifted by"),
    )

    objects = RestrictionQuerySet.as_manager()

    class Meta:
        verbose_name = _("measure for a member")
        verbose_name_plural = _("measures for members")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "kind", "lifted_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.user_id})"


class DutyShiftQuerySet(models.QuerySet):
    def current(self, now=None):
        now = now or timezone.now()
        return self.filter(starts_at__lte=now, ends_at__gt=now)

    def upcoming(self, now=None):
        return self.filter(ends_at__gt=now or timezone.now())


class DutyShift(models.Model):
    """A moderator is on duty from `starts_at` until `ends_at`: they get the alerts first."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="duty_shifts", verbose_name=_("moderator")
    )
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DutyShiftQuerySet.as_manager()

    class Meta:
        verbose_name = _("duty shift")
        verbose_name_plural = _("duty rota")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["starts_at", "ends_at"])]

    def __str__(self):
        return f"{self.moderator_id}: {self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"
