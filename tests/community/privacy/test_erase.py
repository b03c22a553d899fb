"""Delete my account: confirm, re-authenticate, grace period, cancel by logging in, erase for real;
and no other path (admin included) deletes an account without the erase hooks."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from community.privacy.models import ErasureRequest
from community.privacy.services import ErasureRequired, erasure_request, erasures_process
from forum.chat.models import Message
from forum.machina_models import Post, Topic
from tests.community.privacy.conftest import streamed
from tests.factories.accounts import PASSWORD, UserFactory
from tests.forum.conftest import topic_url

pytestmark = pytest.mark.django_db
User = get_user_model()


def _request_erase(client, user, texts="anonymise"):
    """Through the real screens: the form, allauth's re-authentication, the resumed POST."""
    client.force_login(user)
    assert client.get(reverse("privacy:erase")).status_code == 200
    data = {"texts": texts, "confirm": "on"}
    response = client.post(reverse("privacy:erase"), data)
    if response.status_code == 302 and "reauthenticate" in response["Location"]:
        response = client.post(response["Location"], {"password": PASSWORD})
        assert response.status_code == 302
        response = client.get(response["Location"]) if "privacy" in response["Location"] else response
    return response


def _past_grace(request):
    ErasureRequest.objects.filter(pk=request.pk).update(erase_after=timezone.now() - timedelta(seconds=1))


def test_the_confirmation_says_what_disappears_and_requires_the_box(client, db):
    member = UserFactory()
    client.force_login(member)
    page = client.get(reverse("privacy:erase")).content.decode()
    assert "What disappears" in page and "What stays, without your name" in page
    response = client.post(reverse("privacy:erase"), {"texts": "remove"})
    # The form is checked before the password is asked: the error, and the choice kept.
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tick the box" in body
    assert re.search(r'<input[^>]*value="remove"[^>]*checked', body)
    assert not ErasureRequest.objects.exists()


def test_request_logs_out_emails_and_logging_in_cancels(client, conversation, commit):
    from django.test import Client

    a = conversation.a
    phone = Client()  # the same member, signed in on another device
    phone.force_login(a)
    assert phone.get(reverse("privacy:overview")).status_code == 200
    with commit():
        _request_erase(client, a)
    assert phone.get(reverse("privacy:overview")).status_code == 302  # signed out everywhere
    request = ErasureRequest.objects.get(user=a)
    assert request.status == ErasureRequest.Status.PENDING and not request.remove_texts
    assert request.erase_after > timezone.now() + timedelta(days=6)
    assert "_auth_user_id" not in client.session
    assert any("will be deleted" in message.subject for message in mail.outbox)
    assert all("peuter" not in message.body.lower() for message in mail.outbox)  # content-free

    with commit():
        response = client.post(reverse("account_login"), {"login": a.email, "password": PASSWORD}, follow=True)
    assert "we will not delete your account" in response.content.decode()
    assert any("stays" in message.subject for message in mail.outbox)
    request.refresh_from_db()
    assert request.status == ErasureRequest.Status.CANCELLED
    erasures_process(now=timezone.now() + timedelta(days=30))
    assert User.objects.filter(pk=a.pk).exists()


def test_erase_for_real_keeps_the_other_members_conversation(client, conversation):
    a, b, topic = conversation.a, conversation.b, conversation.topic
    _request_erase(client, a)
    request = ErasureRequest.objects.get(user=a)
    _past_grace(request)
    out = io.StringIO()
    call_command("enforce_retention", stdout=out)
    assert "accounts.erased: 1" in out.getvalue()
    assert not User.objects.filter(pk=a.pk).exists()
    request.refresh_from_db()
    assert request.status == ErasureRequest.Status.DONE and request.user is None
    erased = {part["key"]: part["count"] for part in request.summary}
    assert erased["forum.posts"] == 1 and erased["forum.topics"] == 1 and erased["chat.messages"] == 1

    # The topic A started and B's reply are still there; A's post kept its text without a name.
    topic = Topic.objects.get(pk=topic.pk)
    assert Post.objects.filter(topic=topic, poster=b, content__contains="Herkenbaar").exists()
    assert Post.objects.filter(topic=topic, poster=None, content__contains="Onze peuter").exists()
    assert Message.objects.filter(author=b).exists()
    # A is unfindable: topic page and profile URL (the forum's own tests cover search and feeds).
    client.force_login(b)
    page = client.get(topic_url(topic)).content.decode()
    assert "Herkenbaar! Een vast ritueel" in page and "Onze peuter wil niet slapen" in page
    assert "Lindeboom" not in page
    assert client.get(reverse("accounts:member-detail", args=[a.pk])).status_code == 404
    # A second run erases nothing more.
    out = io.StringIO()
    call_command("enforce_retention", stdout=out)
    assert "accounts.erased: 0" in out.getvalue()


def test_remove_texts_replaces_the_post_but_keeps_the_replies(client, conversation):
    _request_erase(client, conversation.a, texts="remove")
    request = ErasureRequest.objects.get(user=conversation.a)
    assert request.remove_texts
    _past_grace(request)
    erasures_process()
    assert not Post.objects.filter(content__contains="Onze peuter").exists()
    assert Post.objects.filter(poster=conversation.b, content__contains="Herkenbaar").exists()
    assert Topic.objects.filter(pk=conversation.topic.pk).exists()


def test_user_delete_outside_the_erase_service_is_refused(conversation):
    with pytest.raises(ErasureRequired), transaction.atomic():
        conversation.a.delete()
    with pytest.raises(ErasureRequired), transaction.atomic():
        User.objects.filter(pk=conversation.a.pk).delete()
    assert Post.objects.filter(content__contains="Herkenbaar").exists()


def test_a_failing_plugin_stops_the_erase_with_the_account_switched_off_and_it_is_retried(client, conversation):
    import plugins
    from tests.plugins.test_registry import plugin_module

    def personal_data_erase(user):
        raise RuntimeError("disk full")

    a = conversation.a
    request = erasure_request(a)
    _past_grace(request)
    with plugins.registry.temporarily(plugin_module("brokenerase", personal_data_erase=personal_data_erase)):
        assert erasures_process() == 0
    request.refresh_from_db()
    assert request.status == ErasureRequest.Status.FAILED and "brokenerase" in request.error
    # The account still exists but nobody can use a half-erased account, and logging in cancels nothing.
    a.refresh_from_db()
    assert not a.is_active
    client.post(reverse("account_login"), {"login": a.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    request.refresh_from_db()
    assert request.status == ErasureRequest.Status.FAILED
    # Other members' conversation is untouched by the partial erase.
    assert Post.objects.filter(poster=conversation.b, content__contains="Herkenbaar").exists()
    assert erasures_process() == 1  # retried, and now it works
    assert not User.objects.filter(pk=a.pk).exists()
    assert erasures_process() == 0


def test_the_password_is_asked_before_the_erase_is_scheduled(client, db):
    member = UserFactory()
    client.force_login(member)  # a session without a recent password check
    response = client.post(reverse("privacy:erase"), {"texts": "anonymise", "confirm": "on"})
    assert response.status_code == 302 and "/account/reauthenticate/" in response["Location"]
    assert not ErasureRequest.objects.exists()
    client.post(response["Location"], {"password": PASSWORD}, follow=True)  # allauth resumes the POST
    assert ErasureRequest.objects.pending().filter(user=member).exists()


# --- administrators ----------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, db):
    admin = UserFactory(is_superuser=True, is_staff=True, pseudonym="Beheer")
    client.force_login(admin)
    client.admin = admin
    return client


def test_wagtail_user_delete_goes_to_the_erase_form(admin_client, conversation):
    a = conversation.a
    response = admin_client.get(reverse("wagtailusers_users:delete", args=[a.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("privacy_admin_member", args=[a.pk])
    response = admin_client.post(reverse("wagtailusers_users:delete", args=[a.pk]))
    assert User.objects.filter(pk=a.pk).exists()


def test_an_administrator_erases_on_behalf_with_a_log_entry(admin_client, conversation, commit):
    a = conversation.a
    url = reverse("privacy_admin_member", args=[a.pk])
    response = admin_client.post(url, {"action": "erase", "texts": "anonymise", "confirm": "on"})
    assert response.status_code == 200 and "Say on what request" in response.content.decode()
    assert User.objects.filter(pk=a.pk).exists()
    mail.outbox.clear()
    with commit():
        response = admin_client.post(
            url, {"action": "erase", "texts": "anonymise", "confirm": "on", "note": "Email van 2 december"}
        )
    assert response.status_code == 302
    assert not User.objects.filter(pk=a.pk).exists()
    log = ErasureRequest.objects.get()
    assert log.reason == ErasureRequest.Reason.ADMINISTRATOR and log.requested_by == admin_client.admin
    assert log.note == "Email van 2 december" and log.user is None
    # One email: erased (no "log in to cancel" for an erase that already happened).
    assert [message.to for message in mail.outbox] == [["lindeboom@example.org"]]
    assert "has been deleted" in mail.outbox[0].subject
    page = admin_client.get(reverse("privacy_admin")).content.decode()
    assert "Email van 2 december" in page
    assert Post.objects.filter(poster=conversation.b).exists()


def test_an_administrator_makes_a_download_for_a_member(admin_client, conversation, commit):
    url = reverse("privacy_admin_member", args=[conversation.a.pk])
    with commit():
        admin_client.post(url, {"action": "export"})
    export = conversation.a.data_exports.get()
    assert export.requested_by == admin_client.admin
    response = admin_client.get(reverse("privacy_admin_download", args=[export.public_id]))
    assert response.status_code == 200
    assert streamed(response)[:2] == b"PK"


def test_members_and_editors_cannot_reach_the_admin_privacy_screens(client, conversation):
    staff = UserFactory(is_staff=True)
    for user in (conversation.b, staff):
        client.force_login(user)
        for url in (reverse("privacy_admin"), reverse("privacy_admin_member", args=[conversation.a.pk])):
            assert client.get(url).status_code in (302, 403), url
        assert client.post(
            reverse("privacy_admin_member", args=[conversation.a.pk]),
            {"action": "erase", "texts": "anonymise", "confirm": "on", "note": "x"},
        ).status_code in (302, 403)
    assert User.objects.filter(pk=conversation.a.pk).exists()


def test_bulk_delete_in_the_user_admin_erases_through_the_service(admin_client, conversation):
    a = conversation.a
    url = reverse("wagtail_bulk_action", args=("accounts", "user", "delete")) + f"?id={a.pk}"
    response = admin_client.post(url, {})
    assert response.status_code in (200, 302)
    assert not User.objects.filter(pk=a.pk).exists()
    assert Post.objects.filter(poster=conversation.b, content__contains="Herkenbaar").exists()
    assert ErasureRequest.objects.get().requested_by == admin_client.admin


def test_bulk_delete_by_a_staff_member_without_superuser_rights_erases_nobody(client, conversation):
    from django.contrib.auth.models import Permission

    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "delete_user", "change_user"]))
    client.force_login(staff)
    url = reverse("wagtail_bulk_action", args=("accounts", "user", "delete")) + f"?id={conversation.a.pk}"
    client.post(url, {})
    assert User.objects.filter(pk=conversation.a.pk).exists()
