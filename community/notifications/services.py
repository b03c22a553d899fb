"""The one notification service. Every feature calls `notification_send`; nothing else writes notifications."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from community.notifications.kinds import Delivery, kind_get, kinds
from community.notifications.models import Notification, NotificationPreference


def delivery_for(user, kind_key):
    choice = NotificationPreference.objects.filter(user=user, kind=kind_key).values_list("delivery", flat=True).first()
    return choice or kind_get(kind_key).default_delivery


def notification_send(user, kind, target_url, *, actor=None, subject="", group=""):
    """Tell `user` that something of `kind` happened at `target_url`.

    Stores the in-app notification and, as the member chose, emails them now (through a
    background task, after the transaction commits) or in the daily digest. The email says only
    that there is something, with a link; it never carries the content itself. `actor` (who did
    it) and `subject` (what it is about, e.g. a topic title) make the line on the website
    specific; they never reach an email.

    While the member has not read it, a second notification of the same kind about the same thing
    (`group`, by default the link) joins the first: its count goes up, it moves to the top, it
    keeps the first link (where the member should start reading), and no second email is sent.
    Urgent kinds are always emailed at once.
    """
    from community.notifications.tasks import notification_email_send

    notification_kind = kind_get(kind)  # fail loudly on a misspelt kind
    if not target_url.startswith("/"):
        raise ValueError("target_url must be a site-relative path such as /forum/...")
    subject = (subject or "")[:200]
    actor = actor if getattr(actor, "pk", None) else None
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .for_user(user)
            .unread()
            .filter(kind=kind, group=group or target_url)
            .order_by("-created_at", "-pk")
            .first()
        )
        if notification is not None:
            Notification.objects.filter(pk=notification.pk).update(
                count=F("count") + 1, created_at=timezone.now(), actor=actor, subject=subject or notification.subject
            )
            notification.refresh_from_db()
            return notification
        delivery = Delivery.IMMEDIATE if notification_kind.urgent else delivery_for(user, kind)
        notification = Notification.objects.create(
            recipient=user,
            kind=kind,
            target_url=target_url,
            group=group or target_url,
            delivery=delivery,
            actor=actor,
            subject=subject,
        )
    if notification.delivery == Delivery.IMMEDIATE and user.is_active:
        transaction.on_commit(lambda: notification_email_send.enqueue(notification.pk))
    return notification


def notification_mark_read(user, notification_id=None):
    """Mark one (or, without an id, all) of `user`'s notifications read; another member's are untouched."""
    unread = Notification.objects.for_user(user).unread()
    if notification_id is not None:
        unread = unread.filter(pk=notification_id)
    return unread.update(read_at=timezone.now())


def preferences_for(user):
    """The kinds a member may choose a delivery for (urgent kinds are always emailed: not listed)."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return [(kind, chosen.get(kind.key, kind.default_delivery)) for kind in kinds() if not kind.urgent]


@transaction.atomic
def preferences_update(user, choices):
    """`choices` maps kind keys to deliveries; unknown kinds or deliveries raise ValueError."""
    valid = {value for value, _label in Delivery.choices}
    for key, delivery in choices.items():
        kind_get(key)
        if delivery not in valid:
            raise ValueError(f"Unknown delivery {delivery!r}")
        NotificationPreference.objects.update_or_create(user=user, kind=key, defaults={"delivery": delivery})
