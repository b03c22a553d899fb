"""The core's part of export, erase and retention (called from community/hooks.py).

The account itself, its avatar, its email addresses and two-factor methods are deleted with the
account by the erase service; what needs care first is here.
"""

from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from plugins import ErasedItem, ExportSection, RetentionRule


def _when(moment):
    return moment.isoformat() if moment else None


def privacy_export_sections(user):
    from community.accounts.privacy import consents_export
    from community.notifications.privacy import notifications_export
    from community.privacy.models import DataExport, ErasureRequest

    return [
        ExportSection("notifications", _("Notifications and settings"), notifications_export(user)),
        ExportSection(
            "privacy",
            _("Privacy: consent, downloads and requests"),
            {
                "consents": consents_export(user),
                "downloads": [
                    {
                        "requested_at": _when(export.created_at),
                        "status": export.status,
                        "expires_at": _when(export.expires_at),
                    }
                    for export in DataExport.objects.filter(user=user)
                ],
                "erase_requests": [
                    {
                        "requested_at": _when(request.requested_at),
                        "reason": request.reason,
                        "status": request.status,
                        "erase_after": _when(request.erase_after),
                    }
                    for request in ErasureRequest.objects.filter(user=user)
                ],
            },
        ),
    ]


def privacy_erase(user):
    """Files and free texts that would survive the account's deletion."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry
    from wagtail.users.models import UserProfile

    from community.moderation.models import Report
    from community.notifications.privacy import notifications_erase
    from community.privacy.models import DataExport

    exports = 0
    for export in DataExport.objects.filter(user=user):
        if export.file:
            export.file.delete(save=False)
        export.delete()
        exports += 1
    avatar = 0
    if user.avatar:
        user.avatar.delete(save=False)
        avatar = 1
    # Wagtail's admin profile (editors) has an avatar of its own; the row goes with the account.
    profile = UserProfile.objects.filter(user=user).exclude(avatar="").first()
    if profile is not None:
        profile.avatar.delete(save=False)
        avatar += 1
    # The admin's history of changes to this account is labelled with the pseudonym.
    history = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(user)), object_id=str(user.pk)
    ).delete()[0]
    # A report stays for the moderators' record (who reported is gone with the account), but the
    # reporter's own explanation may say who they are.
    explanations = Report.objects.filter(reporter=user).exclude(explanation="").update(explanation="")
    return [
        ErasedItem("notifications", _("Notifications and notification settings"), notifications_erase(user)),
        ErasedItem("privacy.downloads", _("Data downloads"), exports),
        ErasedItem("account.avatar", _("Profile photo"), avatar),
        ErasedItem("account.history", _("The admin's history of changes to your account"), history),
        ErasedItem("moderation.report_explanations", _("Explanations in your reports"), explanations),
    ]


def admin_history_prune(now):
    """Delete Wagtail's log entries (pages and other records) older than ADMIN_LOG_DAYS."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    from community.privacy.app_settings import app_settings

    cutoff = now - timedelta(days=app_settings.ADMIN_LOG_DAYS)
    return (
        PageLogEntry.objects.filter(timestamp__lt=cutoff).delete()[0]
        + ModelLogEntry.objects.filter(timestamp__lt=cutoff).delete()[0]
    )


def core_retention_rules():
    from django.contrib.sessions.models import Session
    from django_tasks_db.models import DBTaskResult

    from community.notifications.privacy import notification_retention_rule
    from community.partners.app_settings import app_settings as partner_settings
    from community.partners.services import applications_prune
    from community.privacy.app_settings import app_settings
    from community.privacy.services import exports_prune, inactive_warn, requests_prune

    session_days = max(1, settings.SESSION_COOKIE_AGE // 86400)
    task_days = 7
    rules = [
        notification_retention_rule(),
        RetentionRule(
            "privacy.downloads",
            _("Your data downloads"),
            app_settings.EXPORT_DAYS,
            enforce=exports_prune,
        ),
        RetentionRule(
            "accounts.inactive",
            _("Accounts nobody logged in to"),
            30 * app_settings.INACTIVE_MONTHS or None,
            _("Members get an email first and keep their account by logging in. Not for staff or partner editors."),
            enforce=inactive_warn,
        ),
        RetentionRule(
            "accounts.sessions",
            _("Login sessions (a cookie and a record on the server, no IP address)"),
            session_days,
            enforce=lambda now: Session.objects.filter(expire_date__lt=now).delete()[0],
        ),
        RetentionRule(
            "tasks.results",
            _("Records of background jobs such as sending an email"),
            task_days,
            enforce=lambda now: DBTaskResult.objects.filter(finished_at__lt=now - timedelta(days=task_days)).delete()[
                0
            ],
        ),
        RetentionRule(
            "partners.applications",
            _("Rejected applications to become a provider"),
            partner_settings.APPLICATION_RETENTION_DAYS,
            enforce=applications_prune,
        ),
        RetentionRule(
            "admin.history",
            _("The admin's history of who changed which page or record"),
            app_settings.ADMIN_LOG_DAYS,
            _("Editors and administrators only; members' own texts are not in it."),
            enforce=admin_history_prune,
        ),
        RetentionRule(
            "privacy.requests",
            _("Log of processed privacy requests (dates and counts, no names)"),
            app_settings.REQUEST_LOG_DAYS,
            enforce=requests_prune,
        ),
        RetentionRule(
            "moderation.log",
            _("Moderation reports and measures"),
            None,
            _("Kept as long as the account exists, so moderators can act fairly; without your name after you leave."),
        ),
    ]
    return [rule for rule in rules if rule is not None]
