"""The notification service: in-app bell, email without content, digest, per-kind choices, privacy."""

from contextlib import contextmanager

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from community.notifications.kinds import Delivery, NotificationKind, _all_kinds
from community.notifications.models import Notification
from community.notifications.services import notification_mark_read, notification_send, preferences_update
from community.notifications.tasks import notification_digest_send

pytestmark = pytest.mark.django_db


@contextmanager
def registered_kind(kind):
    """A notification kind of a made-up feature, for the length of a test."""
    from plugins.manager import registry

    found = _all_kinds()
    registry.static_results["notification_kinds"] = {**found, kind.key: ("community", kind)}
    try:
        yield kind
    finally:
        registry.static_results["notification_kinds"] = found


def test_immediate_kind_emails_a_link_but_never_the_content(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notification = notification_send(member, "account.verification", "/profiel/")
    assert notification.delivery == Delivery.IMMEDIATE
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert "Je hebt een nieuwe melding op Wijkplein" in message.subject
    # The link goes through the notification (marking it read), never straight to the content.
    assert f"http://testserver/meldingen/{notification.pk}/" in message.body
    assert "Zonnebloem" in message.body
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_email_is_sent_only_after_the_transaction_commits(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notification_send(member, "account.verification", "/profiel/")
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_digest_kind_waits_for_the_daily_digest(member, user_factory, django_capture_on_commit_callbacks):
    other = user_factory(pseudonym="Andere ouder")
    with django_capture_on_commit_callbacks(execute=True):
        notification_send(member, "platform.announcement", "/informatie/")
        notification_send(member, "platform.announcement", "/onderwerpen/")
        notification_send(other, "platform.announcement", "/informatie/")
    assert mail.outbox == []
    result = notification_digest_send.enqueue()
    assert result.return_value == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([member.email, other.email])
    mine = next(m for m in mail.outbox if m.to == [member.email])
    assert "2 nieuwe meldingen" in mine.subject
    # Nothing is sent twice.
    mail.outbox.clear()
    call_command("send_notification_digests", stdout=__import__("io").StringIO())
    assert mail.outbox == []


def test_member_turns_email_off_per_kind(member, django_capture_on_commit_callbacks):
    preferences_update(member, {"account.verification": Delivery.OFF})
    with django_capture_on_commit_callbacks(execute=True):
        notification_send(member, "account.verification", "/profiel/")
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=member).count() == 1
    assert notification_digest_send.enqueue().return_value == 0


def test_unknown_kind_and_absolute_links_are_refused(member):
    with pytest.raises(LookupError):
        notification_send(member, "no.such.kind", "/")
    with pytest.raises(ValueError):
        notification_send(member, "platform.announcement", "https://evil.example/")


def test_bell_counts_unread_and_opening_marks_read(client, member):
    notification = notification_send(member, "platform.announcement", "/informatie/")
    client.force_login(member)
    html = client.get("/meldingen/").content.decode()
    assert 'class="bell__count" aria-hidden="true">1<' in html
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302 and response["Location"] == "/informatie/"
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert "bell__count" not in client.get("/meldingen/").content.decode()


def test_mark_all_read_and_bad_ids(client, member):
    for _ in range(3):
        notification_send(member, "platform.announcement", "/")
    client.force_login(member)
    assert client.post(reverse("notifications:mark-read"), {"notification": "abc"}).status_code == 302
    assert client.post(reverse("notifications:mark-read"), {"notification": "999999"}).status_code == 302
    assert client.post(reverse("notifications:mark-read"), {"notification": "²"}).status_code == 302
    client.post(reverse("notifications:mark-read"))
    assert Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 0


def test_nobody_sees_or_touches_another_members_notifications(client, member, user_factory):
    other = user_factory(pseudonym="Buurvrouw")
    theirs = notification_send(other, "platform.announcement", "/geheim/")
    client.force_login(member)
    assert client.get(reverse("notifications:open", args=[theirs.pk])).status_code == 404
    client.post(reverse("notifications:mark-read"), {"notification": str(theirs.pk)})
    theirs.refresh_from_db()
    assert theirs.read_at is None
    response = client.get(reverse("notifications:list"))
    assert list(response.context["notifications"]) == []
    assert reverse("notifications:open", args=[theirs.pk]) not in response.content.decode()


def test_preferences_form_saves_and_rejects_bad_values(client, member):
    client.force_login(member)
    url = reverse("notifications:preferences")
    html = client.get(url).content.decode()
    assert "Direct per e-mail" in html and "Dagelijks overzicht per e-mail" in html
    response = client.post(url, {"account.verification": "off", "platform.announcement": "nonsense"})
    assert response.status_code == 200
    assert "geldige keuze" in response.content.decode()
    # Feature apps register kinds of their own; the form asks about every registered kind.
    from community.notifications.kinds import kinds

    data = {kind.key: kind.default_delivery for kind in kinds()}
    data.update({"account.verification": "off", "platform.announcement": "immediate"})
    response = client.post(url, data)
    assert response.status_code == 302
    chosen = dict(member.notification_preferences.values_list("kind", "delivery"))
    assert chosen["account.verification"] == "off" and chosen["platform.announcement"] == "immediate"


def test_notification_pages_need_login(client):
    for name in ("notifications:list", "notifications:preferences"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_list_is_paginated_with_constant_queries(client, member, django_assert_max_num_queries):
    for number in range(45):
        notification_send(member, "platform.announcement", f"/news/{number}/")
    client.force_login(member)
    client.get(reverse("notifications:list"))  # fills the footer's trust-link cache (2 queries, 5 minutes)
    # 15: the header's account menu asks self-help once whether the member coaches, the chat once
    # whether they are a professional or have an open chat, and the mailbox once for unread answers.
    with django_assert_max_num_queries(15):
        html = client.get(reverse("notifications:list")).content.decode()
    assert "Pagina 1 van 3" in html


def test_repeated_notifications_for_one_thing_are_grouped_while_unread(
    member, mailoutbox, django_capture_on_commit_callbacks
):
    from tests.factories.accounts import UserFactory

    sam, kim = UserFactory(pseudonym="Sam"), UserFactory(pseudonym="Kim")
    with django_capture_on_commit_callbacks(execute=True):
        first = notification_send(member, "account.verification", "/a/?post=1", actor=sam, subject="Slapen", group="t1")
        again = notification_send(member, "account.verification", "/a/?post=2", actor=kim, subject="Slapen", group="t1")
    assert again.pk == first.pk
    assert again.count == 2 and again.others == 1
    assert again.target_url == "/a/?post=1"  # start reading at the first new one
    assert again.actor == kim
    assert len(mailoutbox) == 1  # one email, not two
    notification_mark_read(member)
    third = notification_send(member, "account.verification", "/a/?post=3", actor=sam, group="t1")
    assert third.pk != first.pk and third.count == 1


def test_the_website_line_is_specific_and_the_email_is_not(
    client, member, mailoutbox, django_capture_on_commit_callbacks
):
    from tests.factories.accounts import UserFactory

    kind = NotificationKind(
        "test.reply",
        label="Replies",
        title="There is a new reply",
        text="%(actor)s replied to “%(subject)s”",
        default_delivery=Delivery.IMMEDIATE,
    )
    sam = UserFactory(pseudonym="Sam")
    with registered_kind(kind), django_capture_on_commit_callbacks(execute=True):
        notification_send(member, "test.reply", "/x/", actor=sam, subject="Mijn eigen slaap <lijdt> eronder")
        notification_send(member, "test.reply", "/x/", actor=sam, subject="Mijn eigen slaap <lijdt> eronder")
        client.force_login(member)
        html = client.get(reverse("notifications:list")).content.decode()
    assert "Sam replied to “Mijn eigen slaap &lt;lijdt&gt; eronder”" in html
    assert "nog 1" in html or "1 more" in html
    assert len(mailoutbox) == 1
    assert "Sam" not in mailoutbox[0].body and "slaap" not in mailoutbox[0].body
