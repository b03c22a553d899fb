"""Download my data: one ZIP from every feature, only the member's own, only for them, for a while."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from community.privacy.models import DataExport
from community.privacy.services import export_zip
from tests.community.privacy.conftest import streamed
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _download(client, user, commit):
    client.force_login(user)
    with commit():
        response = client.post(reverse("privacy:export-create"), follow=True)
    assert response.status_code == 200
    export = DataExport.objects.get(user=user)
    assert export.status == DataExport.Status.READY
    assert user.notifications.filter(kind="privacy.export_ready").exists()
    response = client.get(reverse("privacy:export-download", args=[export.public_id]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "private, no-store"
    return zipfile.ZipFile(io.BytesIO(streamed(response)))


def test_the_zip_holds_every_feature_and_nothing_of_the_other_member(client, conversation, commit):
    archive = _download(client, conversation.a, commit)
    names = set(archive.namelist())
    assert "overzicht.html" in names
    everything = json.loads(archive.read("gegevens/alles.json"))
    for key in (
        "account",
        "moderation",
        "notifications",
        "privacy",
        "forum",
        "selfhelp",
        "chat",
        "mailbox",
        "matching",
    ):
        assert key in everything, key
        assert f"gegevens/{key}.json" in names
    assert everything["account"]["email"] == "lindeboom@example.org"
    blob = b"".join(archive.read(name) for name in names).decode()
    assert "Onze peuter wil niet slapen" in blob  # A's own forum post
    assert "Hallo allemaal, ik ben nieuw hier" in blob  # A's own chat message
    # Nothing that B wrote, nor who B is.
    assert "Herkenbaar! Een vast ritueel" not in blob
    assert "Welkom! Fijn dat je er bent" not in blob
    assert "kastanje@example.org" not in blob and "Kastanje" not in blob


def test_the_summary_is_readable_and_escapes_what_members_typed(client, db):
    member = UserFactory(bio="<script>alert('x')</script> mijn verhaal")
    summary = zipfile.ZipFile(io.BytesIO(export_zip(member))).read("overzicht.html").decode()
    assert "<script>alert" not in summary
    assert "&lt;script&gt;alert" in summary
    assert "Account and profile" in summary or "Account en profiel" in summary


def test_another_member_cannot_download_it_and_anonymous_visitors_are_sent_to_log_in(client, conversation, commit):
    _download(client, conversation.a, commit)
    export = DataExport.objects.get(user=conversation.a)
    url = reverse("privacy:export-download", args=[export.public_id])
    client.force_login(conversation.b)
    assert client.get(url).status_code == 404
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_an_expired_download_is_gone_and_says_so(client, conversation, commit):
    _download(client, conversation.a, commit)
    export = DataExport.objects.get(user=conversation.a)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(reverse("privacy:export-download", args=[export.public_id]))
    assert response.status_code == 410
    assert "no longer available" in response.content.decode()


def test_the_number_of_downloads_a_day_is_limited_with_a_clear_message(client, settings, commit):
    settings.PRIVACY_EXPORTS_PER_DAY = 2
    member = UserFactory()
    client.force_login(member)
    for _ in range(2):
        with commit():
            client.post(reverse("privacy:export-create"))
    response = client.post(reverse("privacy:export-create"), follow=True)
    assert DataExport.objects.filter(user=member).count() == 2
    assert "Try again tomorrow" in response.content.decode()


def test_the_privacy_page_lists_the_download_and_the_retention_table(client, commit):
    from community.accounts.privacy import consent_record

    member = UserFactory()
    consent_record(member)
    client.force_login(member)
    page = client.get(reverse("privacy:overview")).content.decode()
    assert "Make my download" in page and "Delete my account" in page
    assert "Processing of health-related data" in page  # the consent given at sign-up
    assert 'data-retention="chat.group_messages"' in page
    with commit():
        client.post(reverse("privacy:export-create"))
    page = client.get(reverse("privacy:overview")).content.decode()
    assert reverse("privacy:export-download", args=[DataExport.objects.get().public_id]) in page
    assert reverse("privacy:overview") in client.get(reverse("accounts:profile")).content.decode()


def test_a_failing_plugin_fails_the_download_and_tells_the_member(client, commit):
    import plugins
    from tests.plugins.test_registry import plugin_module

    def personal_data_export(user):
        raise RuntimeError("boom")

    member = UserFactory()
    client.force_login(member)
    with (
        plugins.registry.temporarily(plugin_module("brokenexport", personal_data_export=personal_data_export)),
        commit(),
    ):
        client.post(reverse("privacy:export-create"))
    export = DataExport.objects.get(user=member)
    assert export.status == DataExport.Status.FAILED and not export.file
    assert member.notifications.filter(kind="privacy.export_failed").exists()
