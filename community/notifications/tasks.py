"""Background work for notifications: one email now, or the daily digest."""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from community.app_settings import app_settings
from community.notifications.kinds import Delivery
from community.notifications.models import Notification


def _absolute(url):
    return app_settings.BASE_URL.rstrip("/") + url


@task()
def notification_email_send(notification_id):
    notification = (
        Notification.objects.select_related("recipient").filter(pk=notification_id, emailed_at__isnull=True).first()
    )
    if notification is None or not notification.recipient.is_active:
        return False
    user = notification.recipient
    with translation.override(user.language or settings.LANGUAGE_CODE):
        # Link to the notification, not its target: a target URL may itself say too much.
        context = {
            "user": user,
            "notification": notification,
            "link": _absolute(reverse("notifications:open", args=[notification.pk])),
        }
        subject = render_to_string("notifications/email/notification_subject.txt", context).strip()
        body = render_to_string("notifications/email/notification_body.txt", context)
    send_mail(subject, body, None, [user.email])
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return True


@task()
def notification_digest_send():
    """Email every member one digest of the notifications they chose to receive that way."""
    pending = (
        Notification.objects.filter(delivery=Delivery.DIGEST, emailed_at__isnull=True, read_at__isnull=True)
        .select_related("recipient")
        .order_by("recipient_id", "created_at")
    )
    per_user = defaultdict(list)
    for notification in pending:
        per_user[notification.recipient].append(notification)
    sent = 0
    for user, notifications in per_user.items():
        if not user.is_active:
            continue
        with translation.override(user.language or settings.LANGUAGE_CODE):
            context = {
                "user": user,
                "notifications": notifications,
                "link": _absolute(reverse("notifications:list")),
            }
            subject = render_to_string("notifications/email/digest_subject.txt", context).strip()
            body = render_to_string("notifications/email/digest_body.txt", context)
        send_mail(subject, body, None, [user.email])
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(emailed_at=timezone.now())
        sent += 1
    return sent
