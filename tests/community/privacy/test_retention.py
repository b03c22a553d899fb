"""manage.py enforce_retention: every rule in the one table runs, rows are really gone, twice is harmless."""

import io
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import timezone

from community.notifications.models import Notification
from community.privacy.models import DataExport, ErasureRequest
from community.privacy.retention import retention_rows
from forum.chat.models import Message
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.chat import RoomFactory

pytestmark = pytest.mark.django_db


def run(**kwargs):
    out = io.StringIO()
    call_command("enforce_retention", stdout=out, stderr=io.StringIO(), **kwargs)
    return dict(line.split(": ", 1) for line in out.getvalue().splitlines())


def test_the_table_lists_every_feature_with_its_period(settings):
    settings.CHAT_GROUP_RETENTION_DAYS = 45
    rows = {row["key"]: row for row in retention_rows()}
    for key in (
        "notifications",
        "privacy.downloads",
        "accounts.inactive",
        "accounts.sessions",
        "chat.group_messages",
        "chat.direct_chats",
        "mailbox.threads",
        "partners.applications",
    ):
        assert key in rows, key
    assert rows["chat.group_messages"]["days"] == 45


def test_old_rows_are_gone_and_new_ones_stay(db):
    member = UserFactory()
    now = timezone.now()
    # A download past its expiry, with its file, and a fresh one.
    old = DataExport.objects.create(user=member, status="ready", expires_at=now - timedelta(hours=1))
    old.file.save("oud.zip", ContentFile(b"PK"), save=True)
    old_path = old.file.path
    DataExport.objects.create(user=member, expires_at=now + timedelta(days=3))
    # A read notification older than the period, and a new one.
    for age in (200, 1):
        notification = Notification.objects.create(
            recipient=member, kind="platform.announcement", target_url="/", group=f"g{age}", read_at=now
        )
        Notification.objects.filter(pk=notification.pk).update(created_at=now - timedelta(days=age))
    # An expired session.
    session = SessionStore()
    session.create()
    Session.objects.filter(session_key=session.session_key).update(expire_date=now - timedelta(days=1))
    # A group chat message older than CHAT_GROUP_RETENTION_DAYS, and a new one.
    room = RoomFactory(open_now=True)
    old_message = Message.objects.create(room=room, author=member, text="oud")
    Message.objects.filter(pk=old_message.pk).update(created_at=now - timedelta(days=400))
    Message.objects.create(room=room, author=member, text="nieuw")

    # An admin log entry older than PRIVACY_ADMIN_LOG_DAYS, and a new one.
    from wagtail.models import ModelLogEntry

    for age in (800, 1):
        ModelLogEntry.objects.create(
            content_type_id=1, label="x", action="wagtail.edit", object_id="1", timestamp=now - timedelta(days=age)
        )

    counts = run()
    assert int(counts["admin.history"]) == 1 and ModelLogEntry.objects.count() == 1
    assert int(counts["privacy.downloads"]) == 1
    assert not DataExport.objects.filter(pk=old.pk).exists() and DataExport.objects.count() == 1
    import os

    assert not os.path.exists(old_path)
    assert int(counts["notifications"]) >= 1
    assert list(Notification.objects.values_list("group", flat=True)) == ["g1"]
    assert not Session.objects.filter(session_key=session.session_key).exists()
    assert list(Message.objects.values_list("text", flat=True)) == ["nieuw"]

    again = run()
    assert all(int(value) == 0 for value in again.values()), again


def test_inactive_members_are_warned_first_and_keep_their_account_by_logging_in(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PRIVACY_INACTIVE_MONTHS = 24
    long_ago = timezone.now() - timedelta(days=30 * 25)
    sleeper = UserFactory(pseudonym="Slaper")  # Dutch, the default: the warning is in Dutch
    sleeper.last_login = long_ago
    sleeper.save()
    returning = UserFactory(pseudonym="Terugkomer", language="en")
    returning.last_login = long_ago
    returning.save()
    staff = UserFactory(is_staff=True)
    staff.last_login = long_ago
    staff.save()
    active = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        counts = run()
    assert int(counts["accounts.inactive"]) == 2
    warned = set(ErasureRequest.objects.pending().values_list("user__pseudonym", flat=True))
    assert warned == {"Slaper", "Terugkomer"}
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == [
        "We verwijderen je Wijkplein-account, tenzij je inlogt",
        "We will delete your Wijkplein account unless you log in",
    ]
    assert not ErasureRequest.objects.filter(user__in=[staff, active]).exists()

    client.cookies["django_language"] = "en"
    client.post("/account/login/", {"login": returning.email, "password": PASSWORD})
    assert ErasureRequest.objects.get(user=returning).status == ErasureRequest.Status.CANCELLED

    assert int(run()["accounts.inactive"]) == 0  # nobody warned twice
    ErasureRequest.objects.pending().update(erase_after=timezone.now() - timedelta(minutes=1))
    assert run()["accounts.erased"] == "1"
    assert not type(sleeper).objects.filter(pk=sleeper.pk).exists()
    assert type(returning).objects.filter(pk=returning.pk).exists()


def test_a_failing_rule_is_reported_and_the_others_still_run(db):
    import plugins
    from tests.plugins.test_registry import plugin_module

    def boom(now):
        raise RuntimeError("disk full")

    def retention_rules():
        return [plugins.RetentionRule("broken.rule", "Kapot", 1, enforce=boom)]

    member = UserFactory()
    DataExport.objects.create(user=member, expires_at=timezone.now() - timedelta(hours=1))
    with plugins.registry.temporarily(plugin_module("brokenretention", retention_rules=retention_rules)):
        with pytest.raises(CommandError):
            run()
    assert not DataExport.objects.exists()
