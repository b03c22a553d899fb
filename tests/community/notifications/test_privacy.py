"""Notifications in "download my data", "delete my account" and the retention rule."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from community.notifications.kinds import Delivery
from community.notifications.models import Notification, NotificationPreference
from community.notifications.privacy import (
    notification_retention_rule,
    notifications_erase,
    notifications_export,
)
from community.notifications.services import notification_send, preferences_update

pytestmark = pytest.mark.django_db


def test_export_holds_what_the_member_received_and_chose_but_not_who_caused_it(member, user_factory):
    other = user_factory(pseudonym="Kastanje")
    notification_send(member, "forum.reply", "/forum/x/", actor=other, subject="Peuter slaapt slecht")
    notification_send(other, "forum.reply", "/forum/y/", actor=member, subject="Iets van een ander")
    preferences_update(member, {"forum.reply": Delivery.OFF})

    data = json.loads(json.dumps(notifications_export(member)))

    [received] = data["received"]
    assert received["kind"] == "forum.reply" and received["about"] == "Peuter slaapt slecht"
    assert received["link"] == "/forum/x/" and received["read_at"] is None and received["sent_at"]
    assert [(p["kind"], p["delivery"]) for p in data["preferences"]] == [("forum.reply", Delivery.OFF)]
    assert data["preferences"][0]["label"] and data["preferences"][0]["delivery_label"]
    assert "Kastanje" not in str(data) and "Iets van een ander" not in str(data)


def test_erase_deletes_the_members_notifications_and_choices_and_clears_them_as_actor(member, user_factory):
    other = user_factory(pseudonym="Kastanje")
    notification_send(member, "forum.reply", "/forum/x/", actor=other, subject="Voor het lid")
    notification_send(member, "forum.new_topic", "/forum/z/", subject="Nog een")
    kept = notification_send(other, "forum.reply", "/forum/y/", actor=member, subject="Voor de ander")
    preferences_update(member, {"forum.reply": Delivery.OFF})
    preferences_update(other, {"forum.reply": Delivery.OFF})

    assert notifications_erase(member) == 3

    assert not Notification.objects.filter(recipient=member).exists()
    assert not NotificationPreference.objects.filter(user=member).exists()
    kept.refresh_from_db()
    assert kept.actor is None and kept.subject == "Voor de ander"
    assert NotificationPreference.objects.filter(user=other).count() == 1
    assert notifications_erase(member) == 0


def test_retention_deletes_read_ones_after_90_days_and_unread_ones_after_365(member, settings):
    now = timezone.now()

    def sent(days_ago, read):
        notification = notification_send(member, "forum.reply", f"/forum/{days_ago}-{read}/")
        Notification.objects.filter(pk=notification.pk).update(
            created_at=now - timedelta(days=days_ago), read_at=now if read else None
        )
        return notification.pk

    old_read, recent_read = sent(91, True), sent(89, True)
    old_unread, recent_unread = sent(366, False), sent(200, False)

    rule = notification_retention_rule()
    assert rule.key == "notifications" and rule.days == 90 and "365" in str(rule.description)
    assert rule.enforce(now) == 2
    assert rule.enforce(now) == 0  # idempotent
    assert set(Notification.objects.values_list("pk", flat=True)) == {recent_read, recent_unread}
    assert not {old_read, old_unread} & set(Notification.objects.values_list("pk", flat=True))

    settings.NOTIFICATIONS_READ_RETENTION_DAYS = 30
    settings.NOTIFICATIONS_UNREAD_RETENTION_DAYS = 100
    rule = notification_retention_rule()
    assert rule.days == 30
    assert rule.enforce(now) == 2
    assert not Notification.objects.exists()
