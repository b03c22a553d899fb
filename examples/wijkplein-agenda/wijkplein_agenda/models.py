"""Activities partners organise (group meetings, walk-in hours) and members' "I'm coming"."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def validate_https(url):
    """Online meetings are linked (and maybe embedded) only over https."""
    if url and urlsplit(url).scheme != "https":
        raise ValidationError(_("Use a web address that starts with https://."))


def week_start(moment=None):
    """Monday 00:00 (local time) of the week `moment` falls in."""
    local = timezone.localtime(moment or timezone.now())
    monday = local.date() - datetime.timedelta(days=local.weekday())
    return timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))


class ActivityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def upcoming(self, now=None):
        """Not over yet (an activity that started an hour ago and still runs is shown)."""
        return self.filter(ends_at__gte=now or timezone.now())

    def between(self, since, until):
        """Activities that start in [since, until)."""
        return self.filter(starts_at__gte=since, starts_at__lt=until)

    def this_week(self, now=None):
        now = now or timezone.now()
        return self.upcoming(now).filter(starts_at__lt=week_start(now) + datetime.timedelta(days=7))

    def for_topic(self, topic):
        return self.filter(topic=topic)

    def in_neighbourhood(self, neighbourhood):
        return self.filter(neighbourhood=neighbourhood)

    def of_partners(self, partners):
        return self.filter(partner__in=partners)

    def for_display(self):
        return self.select_related("partner", "neighbourhood", "topic").order_by("starts_at", "pk")


class Activity(models.Model):
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        on_delete=models.CASCADE,
        related_name="agenda_activities",
        verbose_name=_("partner organisation"),
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(
        _("description"),
        max_length=2000,
        blank=True,
        help_text=_("Plain text: what happens, for whom, and whether people need to sign up."),
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    location = models.CharField(
        _("location"), max_length=200, blank=True, help_text=_("Address or place, e.g. “Bibliotheek, Brink 70”.")
    )
    neighbourhood = models.ForeignKey(
        "partners.Neighbourhood",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_activities",
        verbose_name=_("neighbourhood"),
    )
    topic = models.ForeignKey(
        "pages.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_activities",
        verbose_name=_("topic"),
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        validators=[validate_https],
        help_text=_("Optional. The link to join online (https only)."),
    )
    is_free = models.BooleanField(_("free"), default=True)
    published = models.BooleanField(_("published"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["published", "starts_at"], name="agenda_published_starts")]

    def __str__(self):
        return self.title

    @admin.display(description=_("coming"))
    def coming_count(self):
        """How many members said they'd come (a number only: partners never see who)."""
        return self.attendances.count()

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The activity must end after it starts.")})
        if not self.location and not self.online_url:
            raise ValidationError({"location": _("Give a location, an online meeting link, or both.")})


class Attendance(models.Model):
    """A member said "I'm coming" (personal data: exported and erased through the hooks)."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agenda_attendances")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [models.UniqueConstraint(fields=["activity", "user"], name="agenda_one_attendance_per_member")]

    def __str__(self):
        return f"{self.user_id} → {self.activity_id}"
