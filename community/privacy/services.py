"""The privacy core: "download my data" and "delete my account", for members and administrators.

- `export_request(user)` queues a download; `export_build(export)` (a background task) asks every
  plugin's `personal_data_export` and writes one ZIP: a JSON file per section, the member's own
  uploads, and a readable `overzicht.html`. The member is notified when it is ready.
- `erasure_request(user, …)` schedules the erase after the grace period (logging in cancels it,
  `erasure_cancel`); `erase_account(request)` calls every plugin's `personal_data_erase`, each in its
  own transaction, and only then deletes the account. `user.delete()` anywhere else is refused
  (`guard_user_delete`): machina would otherwise cascade-delete every topic the member started,
  with everyone's replies in it.
"""

import io
import json
import logging
import zipfile
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

import plugins
from community.files import safe_filename
from community.privacy.app_settings import app_settings
from community.privacy.models import DataExport, ErasureRequest

logger = logging.getLogger(__name__)

_erasing = ContextVar("privacy_erasing", default=frozenset())


class ErasureRequired(Exception):
    """A user account was deleted outside the erase service."""


class ExportLimitReached(Exception):
    pass


# --- download my data -----------------------------------------------------------------------


def export_request(user, *, requested_by=None, now=None):
    """Queue a download of everything about `user` (or return the one already being prepared)."""
    now = now or timezone.now()
    pending = DataExport.objects.filter(user=user, status=DataExport.Status.PENDING)
    # A download still "being prepared" after an hour was lost (a worker died): let a new one start.
    pending.filter(created_at__lt=now - timedelta(hours=1)).update(status=DataExport.Status.FAILED)
    pending = pending.first()
    if pending is not None:
        return pending
    recent = DataExport.objects.filter(user=user, created_at__gte=now - timedelta(days=1), requested_by=None)
    if requested_by is None and recent.count() >= app_settings.EXPORTS_PER_DAY:
        raise ExportLimitReached
    export = DataExport.objects.create(
        user=user, requested_by=requested_by, created_at=now, expires_at=now + timedelta(days=app_settings.EXPORT_DAYS)
    )
    from community.privacy.tasks import privacy_export_build

    transaction.on_commit(lambda: privacy_export_build.enqueue(export.pk))
    return export


def export_sections(user):
    """[(plugin name, ExportSection)] of every plugin; a failing plugin fails the whole export."""
    found = []
    for plugin_name, result in plugins.registry.call("personal_data_export", user=user, raise_errors=True):
        for section in result or []:
            if isinstance(section, plugins.ExportSection):
                found.append((plugin_name, section))
    return found


def _json(data):
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str)


def export_zip(user, *, now=None):
    """The ZIP's bytes: overzicht.html, gegevens/<key>.json per section, bestanden/<key>/<name>."""
    now = now or timezone.now()
    sections = export_sections(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for _plugin_name, section in sections:
            key = slugify(section.key.replace(".", "-")) or "section"
            archive.writestr(f"gegevens/{key}.json", _json(section.data))
            for name, file in section.files or []:
                try:
                    with file.open("rb") as handle:
                        archive.writestr(f"bestanden/{key}/{safe_filename(name)}", handle.read())
                except (OSError, ValueError):
                    logger.warning("Export: file %s of section %s is missing", name, section.key)
        with translation.override(user.language or settings.LANGUAGE_CODE):
            summary = render_to_string(
                "privacy/export_summary.html",
                {
                    "member": user,
                    "created_at": now,
                    "sections": [
                        {"key": section.key, "title": section.title, "data": section.data, "files": section.files}
                        for _plugin_name, section in sections
                    ],
                },
            )
        archive.writestr("overzicht.html", summary)
        archive.writestr("gegevens/alles.json", _json({section.key: section.data for _name, section in sections}))
    return buffer.getvalue()


def export_build(export):
    """Build a queued download and tell the member it is ready (or that it failed)."""
    from community.notifications.services import notification_send

    if export.status != DataExport.Status.PENDING:
        return export
    target = reverse("privacy:overview")
    try:
        content = export_zip(export.user)
    except Exception:
        logger.exception("Export %s failed", export.pk)
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED)
        export.refresh_from_db()
        notification_send(export.user, "privacy.export_failed", target)
        return export
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    export.file.save(f"wijkplein-mijn-gegevens-{stamp}.zip", ContentFile(content), save=False)
    export.size = len(content)
    export.status = DataExport.Status.READY
    export.ready_at = timezone.now()
    export.save(update_fields=["file", "size", "status", "ready_at"])
    notification_send(export.user, "privacy.export_ready", target)
    return export


def exports_prune(now=None):
    """Delete expired downloads with their files; returns how many."""
    count = 0
    for export in DataExport.objects.expired(now):
        if export.file:
            export.file.delete(save=False)
        export.delete()
        count += 1
    return count


# --- delete my account ----------------------------------------------------------------------


@contextmanager
def erasing(user_pk):
    """Within this block the erase service may delete account `user_pk`."""
    token = _erasing.set(_erasing.get() | {user_pk})
    try:
        yield
    finally:
        _erasing.reset(token)


def guard_user_delete(sender, instance, **kwargs):
    """pre_delete on the user model: only the erase service deletes accounts (admin paths included)."""
    if instance.pk not in _erasing.get():
        raise ErasureRequired(
            "Accounts are erased through community.privacy.services.erase_account (or the admin's "
            "'erase this account'), never with user.delete(): that would delete other people's replies."
        )


def _mail(kind, email, language, context):
    from community.privacy.tasks import privacy_email_send

    transaction.on_commit(lambda: privacy_email_send.enqueue(kind, email, language, context))


def _date(moment):
    return timezone.localtime(moment).isoformat()


@transaction.atomic
def erasure_request(user, *, remove_texts=False, reason=ErasureRequest.Reason.MEMBER, requested_by=None, note=""):
    """Schedule the erase of `user` after the grace period; one pending request per member."""
    now = timezone.now()
    days = app_settings.INACTIVE_WARNING_DAYS if reason == ErasureRequest.Reason.INACTIVE else None
    days = app_settings.ERASE_GRACE_DAYS if days is None else days
    request = ErasureRequest.objects.select_for_update().active().filter(user=user).first()
    if request is None:
        request = ErasureRequest(user=user)
    request.status = ErasureRequest.Status.PENDING
    request.reason = reason
    request.remove_texts = remove_texts
    request.requested_by = requested_by
    request.note = note[:300]
    request.requested_at = now
    request.erase_after = now + timedelta(days=days)
    request.save()
    # Logging in is how a member cancels: no session on another device may stay signed in meanwhile.
    user.sign_out_everywhere()
    if reason != ErasureRequest.Reason.ADMINISTRATOR:  # an administrator erases at once: no "log in to cancel"
        kind = "inactive_warning" if reason == ErasureRequest.Reason.INACTIVE else "erase_requested"
        context = {"pseudonym": user.pseudonym, "erase_after": _date(request.erase_after)}
        _mail(kind, user.email, user.language, context)
    return request


@transaction.atomic
def erasure_cancel(user):
    """Cancel `user`'s pending erase (they logged in); returns the cancelled request or None."""
    request = ErasureRequest.objects.select_for_update().pending().filter(user=user).first()
    if request is None:
        return None
    request.status = ErasureRequest.Status.CANCELLED
    request.finished_at = timezone.now()
    request.save(update_fields=["status", "finished_at"])
    _mail("erase_cancelled", user.email, user.language, {"pseudonym": user.pseudonym})
    return request


def _erase_start(request):
    """Lock the request and switch the account off before anything is erased: from here nobody can
    sign in (or stay signed in) to an account that is half erased, and logging in no longer cancels.
    Returns the request, or None when it is not (or no longer) to be erased."""
    from django.contrib.auth import get_user_model

    with transaction.atomic():
        locked = ErasureRequest.objects.select_for_update().filter(pk=request.pk).first()
        if (
            locked is None
            or locked.user_id is None
            or locked.status
            not in (
                ErasureRequest.Status.PENDING,
                *ErasureRequest.UNFINISHED,
            )
        ):
            return None
        locked.status = ErasureRequest.Status.PROCESSING
        locked.save(update_fields=["status"])
        get_user_model().objects.filter(pk=locked.user_id).update(is_active=False)
        user = locked.user
        user.is_active = False
        user.sign_out_everywhere()
    return locked


def erase_account(request):
    """Erase the account of an erase request now: every plugin's erase hook in its own transaction,
    then the account itself. The account is switched off first; a failing plugin stops the erase
    (the request is marked failed, the account stays switched off, and the next
    `enforce_retention` retries every hook: they are idempotent)."""
    locked = _erase_start(request)
    if locked is None:
        request.refresh_from_db()
        return request
    request = locked
    user = request.user
    email, language, pseudonym = user.email, user.language, user.pseudonym
    summary = []
    for plugin_name, _impl in plugins.registry.impls("personal_data_erase"):
        try:
            with transaction.atomic():
                for _name, result in plugins.registry.call(
                    "personal_data_erase",
                    only=plugin_name,
                    raise_errors=True,
                    user=user,
                    remove_texts=request.remove_texts,
                ):
                    for item in result or []:
                        if isinstance(item, plugins.ErasedItem):
                            summary.append({"key": item.key, "description": str(item.description), "count": item.count})
        except Exception as error:
            logger.exception("Erase of request %s failed in plugin %s", request.pk, plugin_name)
            ErasureRequest.objects.filter(pk=request.pk).update(
                status=ErasureRequest.Status.FAILED, error=f"{plugin_name}: {type(error).__name__}"[:300]
            )
            request.refresh_from_db()
            return request
    with transaction.atomic(), erasing(user.pk):
        user.delete()
        request.user = None
        request.status = ErasureRequest.Status.DONE
        request.finished_at = timezone.now()
        request.summary = summary
        request.error = ""
        request.save(update_fields=["user", "status", "finished_at", "summary", "error"])
        _mail("erased", email, language, {"pseudonym": pseudonym})
    return request


def erase_now(user, *, remove_texts=False, requested_by=None, note=""):
    """An administrator processes an erase request on the member's behalf: no grace period."""
    request = erasure_request(
        user,
        remove_texts=remove_texts,
        reason=ErasureRequest.Reason.ADMINISTRATOR,
        requested_by=requested_by,
        note=note,
    )
    request.erase_after = timezone.now()
    request.save(update_fields=["erase_after"])
    return erase_account(request)


def erasures_process(now=None):
    """Erase every account whose grace period is over (failed ones are retried); returns how many."""
    done = 0
    for request in ErasureRequest.objects.due(now).select_related("user"):
        if erase_account(request).status == ErasureRequest.Status.DONE:
            done += 1
    return done


def requests_prune(now=None):
    cutoff = (now or timezone.now()) - timedelta(days=app_settings.REQUEST_LOG_DAYS)
    return (
        ErasureRequest.objects.exclude(status=ErasureRequest.Status.PENDING).filter(requested_at__lt=cutoff).delete()[0]
    )


def inactive_members(now=None):
    """Members (not staff, not partner editors) without a login since INACTIVE_MONTHS, not yet warned."""
    from django.contrib.auth import get_user_model

    months = app_settings.INACTIVE_MONTHS
    if months <= 0:
        return get_user_model().objects.none()
    cutoff = (now or timezone.now()) - timedelta(days=30 * months)
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=False, is_superuser=False, partner_memberships__isnull=True)
        .alias(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=cutoff)
        .exclude(erasure_requests__status=ErasureRequest.Status.PENDING)
        .distinct()
    )


def inactive_warn(now=None):
    """Warn inactive members by email and schedule their erase; returns how many were warned."""
    count = 0
    for user in inactive_members(now):
        erasure_request(user, reason=ErasureRequest.Reason.INACTIVE)
        count += 1
    return count
