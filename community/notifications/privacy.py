"""Notifications' part of "download my data", "delete my account" and the retention table.

Plain functions; the core wires them into its hooks (community/hooks.py). There are no push
subscriptions and no separate email settings: a notification is emailed as the member's
`NotificationPreference` for its kind says (else the kind's default), to the account's address.
"""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from community.app_settings import PrefixedSettings
from community.notifications.models import Notification, NotificationPreference
from plugins import RetentionRule

# Defaults of NOTIFICATIONS_READ_RETENTION_DAYS and NOTIFICATIONS_UNREAD_RETENTION_DAYS.
READ_RETENTION_DAYS = 90
UNREAD_RETENTION_DAYS = 365


class AppSettings(PrefixedSettings):
    @property
    def READ_RETENTION_DAYS(self):
        """Days a notification the member has read is kept (from when it was sent); default 90."""
        return int(self._setting("READ_RETENTION_DAYS", READ_RETENTION_DAYS))

    @property
    def UNREAD_RETENTION_DAYS(self):
        """Days an unread notification is kept; default 365."""
        return int(self._setting("UNREAD_RETENTION_DAYS", UNREAD_RETENTION_DAYS))


app_settings = AppSettings("NOTIFICATIONS_")


def _when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def notifications_export(user):
    """JSON-serialisable: the notifications `user` received and their delivery choices.

    What a notification is about (`subject`, the link) is exported; who caused it (another member)
    is not.
    """
    from community.notifications.kinds import Delivery, kind_get

    deliveries = dict(Delivery.choices)

    def label(key):
        try:
            return str(kind_get(key).label)
        except LookupError:
            return key

    return {
        "received": [
            {
                "kind": notification.kind,
                "title": str(notification.title),
                "about": notification.subject,
                "link": notification.target_url,
                "times": notification.count,
                "sent_at": _when(notification.created_at),
                "read_at": _when(notification.read_at),
                "emailed_at": _when(notification.emailed_at),
                "delivery": notification.delivery,
            }
            for notification in Notification.objects.for_user(user).order_by("created_at", "pk")
        ],
        "preferences": [
            {
                "kind": preference.kind,
                "label": label(preference.kind),
                "delivery": preference.delivery,
                "delivery_label": str(deliveries.get(preference.delivery, preference.delivery)),
            }
            for preference in NotificationPreference.objects.filter(user=user).order_by("kind")
        ],
    }


def notifications_erase(user):
    """Delete `user`'s notifications and delivery choices; returns how many rows went.

    Notifications other members got about something `user` did keep their line without a name
    ("Someone …"): the actor is cleared now rather than only when the account row goes.
    """
    Notification.objects.filter(actor=user).update(actor=None)
    notifications = Notification.objects.for_user(user).delete()[0]
    preferences = NotificationPreference.objects.filter(user=user).delete()[0]
    return notifications + preferences


def notifications_older_than(read_before, unread_before):
    """Read notifications sent before `read_before` and unread ones sent before `unread_before`."""
    return Notification.objects.filter(
        Q(read_at__isnull=False, created_at__lt=read_before) | Q(read_at__isnull=True, created_at__lt=unread_before)
    )


def notifications_prune(now):
    """Delete what the retention rule no longer keeps; returns how many rows went (idempotent)."""
    read_days, unread_days = app_settings.READ_RETENTION_DAYS, app_settings.UNREAD_RETENTION_DAYS
    return notifications_older_than(now - timedelta(days=read_days), now - timedelta(days=unread_days)).delete()[0]


def notification_retention_rule():
    """The retention rule for notifications (a `plugins.RetentionRule`)."""
    return RetentionRule(
        "notifications",
        _("Notifications on the website"),
        app_settings.READ_RETENTION_DAYS,
        description=ngettext_lazy(
            "Counted from when it was sent, for notifications you have read; "
            "one you have not read is deleted after %(days)d day.",
            "Counted from when it was sent, for notifications you have read; "
            "one you have not read is deleted after %(days)d days.",
            "days",
        )
        % {"days": app_settings.UNREAD_RETENTION_DAYS},
        enforce=notifications_prune,
    )
