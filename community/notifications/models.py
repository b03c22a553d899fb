"""Stored notifications and each member's delivery choice per kind."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from community.notifications.kinds import Delivery, kind_get


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(recipient=user)

    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("recipient")
    )
    kind = models.CharField(_("kind"), max_length=64)
    target_url = models.CharField(_("link"), max_length=500)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed at"), null=True, blank=True)
    delivery = models.CharField(_("delivery"), max_length=16, choices=Delivery.choices)
    # What the website (never an email) may say: who did it and what it is about. Repeated
    # notifications for the same link are grouped into one row while unread: `count` goes up.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    subject = models.CharField(_("about"), max_length=200, blank=True)
    group = models.CharField(_("grouped by"), max_length=500, blank=True)
    count = models.PositiveIntegerField(_("times"), default=1)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["delivery", "emailed_at"]),
        ]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id}"

    @property
    def title(self):
        """Content-free: what an email or a screen reader summary may say."""
        try:
            return kind_get(self.kind).title
        except LookupError:
            return _("You have a new notification")

    @property
    def text(self):
        """The specific line on the website ("Sam replied to …"); the title when nothing more is known."""
        try:
            kind = kind_get(self.kind)
        except LookupError:
            return self.title
        if not kind.text:
            return kind.title
        actor = self.actor.pseudonym if self.actor_id and self.actor else _("Someone")
        return kind.text % {"actor": actor, "subject": self.subject or _("(no title)")}

    @property
    def others(self):
        """How many more times this happened since the member last looked (grouped rows)."""
        return self.count - 1


class NotificationPreference(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=64)
    delivery = models.CharField(_("delivery"), max_length=16, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notifications_preference_unique")]
