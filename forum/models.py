"""What Wijkplein adds around machina: reports, the moderation log, forum subscriptions and private spaces."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class PostReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=PostReport.Status.OPEN)


class PostReport(models.Model):
    """A member's "Meld dit bericht": lands in the moderators' queue."""

    class Reason(models.TextChoices):
        UNSAFE = "unsafe", _("Someone may be in danger")
        HURTFUL = "hurtful", _("Hurtful, insulting or discriminating")
        PRIVACY = "privacy", _("Shares personal details")
        SPAM = "spam", _("Advertising or spam")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        HIDDEN = "hidden", _("Post hidden")
        APPROVED = "approved", _("Post approved")
        WARNED = "warned", _("Author warned")

    post = models.ForeignKey(
        "forum_conversation.Post", on_delete=models.CASCADE, related_name="reports", verbose_name=_("post")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    explanation = models.TextField(_("explanation"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN, db_index=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    objects = PostReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("post report")
        verbose_name_plural = _("post reports")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.post_id})"


class ModerationAction(models.Model):
    """Every moderator action, in one log: who did what to which post or topic, and why."""

    class Kind(models.TextChoices):
        HIDE = "hide", _("Post hidden")
        APPROVE = "approve", _("Post approved")
        WARN = "warn", _("Author warned")
        HOLD = "hold", _("Post held for review")
        LOCK = "lock", _("Topic locked")
        UNLOCK = "unlock", _("Topic unlocked")
        MOVE = "move", _("Topic moved")
        DELETE = "delete", _("Deleted")
        EDIT = "edit", _("Post edited by a moderator")

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    kind = models.CharField(_("action"), max_length=16, choices=Kind.choices)
    # Plain ids, not foreign keys: the log outlives deleted posts and topics.
    post_id = models.PositiveIntegerField(_("post"), null=True, blank=True)
    topic_id = models.PositiveIntegerField(_("topic"), null=True, blank=True)
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member concerned"),
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class ForumSubscription(models.Model):
    """A member follows a whole forum (machina itself only knows topic subscriptions)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="wijkplein_subscriptions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum subscription")
        verbose_name_plural = _("forum subscriptions")
        constraints = [models.UniqueConstraint(fields=["user", "forum"], name="peer_forum_subscription_unique")]


class PrivateSpace(models.Model):
    """A private group forum (a course cohort, a local talking group): visible only to its group."""

    forum = models.OneToOneField("forum.Forum", on_delete=models.CASCADE, related_name="private_space")
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="private_forum_space")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("private forum space")
        verbose_name_plural = _("private forum spaces")

    def __str__(self):
        return self.forum.name
