"""The privacy core's records: data downloads and erase requests.

A download is a ZIP in private storage, served only to its owner through an access-checked view
and deleted when it expires. An erase request waits out the grace period (logging in cancels it);
once the account is erased the request keeps no identity, only when and what was erased (counts).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.files import private_storage, private_upload_name


def export_upload_to(instance, filename):
    return private_upload_name("exports", filename).removeprefix("private/")


class DataExportQuerySet(models.QuerySet):
    def available(self, now=None):
        return self.filter(status=DataExport.Status.READY, expires_at__gt=now or timezone.now())

    def expired(self, now=None):
        return self.filter(expires_at__lte=now or timezone.now())


class DataExport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports", verbose_name=_("member")
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by (administrator)"),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(_("file"), storage=private_storage, upload_to=export_upload_to, blank=True, max_length=200)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)
    ready_at = models.DateTimeField(_("ready at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    objects = DataExportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("data download")
        verbose_name_plural = _("data downloads")

    def __str__(self):
        return f"{self.get_status_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_available(self):
        return self.status == self.Status.READY and self.expires_at > timezone.now()


class ErasureRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ErasureRequest.Status.PENDING)

    def active(self):
        """Not finished: waiting, being erased, or failed and to be retried."""
        return self.filter(status__in=[ErasureRequest.Status.PENDING, *ErasureRequest.UNFINISHED])

    def due(self, now=None):
        return self.active().filter(erase_after__lte=now or timezone.now()).exclude(user=None)


class ErasureRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the grace period")
        PROCESSING = "processing", _("Being erased")
        CANCELLED = "cancelled", _("Cancelled")
        DONE = "done", _("Erased")
        FAILED = "failed", _("Failed, will be retried")

    class Reason(models.TextChoices):
        MEMBER = "member", _("The member asked for it")
        ADMINISTRATOR = "administrator", _("An administrator processed a request")
        INACTIVE = "inactive", _("The account was inactive")

    # Started but not done: the account is already switched off, and the next run retries.
    UNFINISHED = (Status.PROCESSING, Status.FAILED)

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Empty once the account is erased: the log keeps no identity.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="erasure_requests",
        verbose_name=_("member"),
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices, default=Reason.MEMBER)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("processed by (administrator)"),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    remove_texts = models.BooleanField(_("remove the texts they wrote in conversations"), default=False)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    erase_after = models.DateTimeField(_("erase after"), db_index=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # What was erased: [{"key", "description", "count"}], never what it said or whose it was.
    summary = models.JSONField(_("what was erased"), default=list, blank=True)
    error = models.CharField(_("last error"), max_length=300, blank=True)

    objects = ErasureRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("erase request")
        verbose_name_plural = _("erase requests")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(status="pending"), name="privacy_one_pending_erasure_per_user"
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} · {self.get_status_display()}"
