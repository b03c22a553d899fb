"""A partner's administrator verifying by email address learns nothing about whether the address has an account."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from community.accounts.models import Verification
from community.notifications.models import Notification

pytestmark = pytest.mark.django_db

NEW = "/admin/verifications/new/"


def grant(client, tree, email, **changes):
    data = {"member_email": email, "role": "professional", "partner": tree.partner_a.pk, "note": "", **changes}
    response = client.post(NEW, data)
    said = [str(message) for message in get_messages(response.wsgi_request)]
    if response.status_code == 302:
        client.get(response["Location"])  # shows (and so uses up) the message
    return response, said


def test_existing_and_unknown_address_get_the_same_answer(client, tree, user_factory):
    member = user_factory(email="anouk@example.org", pseudonym="Anouk")
    client.force_login(tree.editor_a)

    known, known_messages = grant(client, tree, "Anouk@example.org")
    unknown, unknown_messages = grant(client, tree, "niemand@example.org")

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert known_messages == unknown_messages and len(known_messages) == 1
    assert "niemand@example.org" not in unknown_messages[0]
    # The real member is verified and told so (in the app, and by email as they chose).
    assert member.verifications.get().granted_by == tree.editor_a
    assert Notification.objects.filter(recipient=member, kind="account.verification").count() == 1
    assert Verification.objects.count() == 1


def test_inactive_member_is_treated_like_an_unknown_address(client, tree, user_factory):
    member = user_factory(email="weg@example.org", is_active=False)
    client.force_login(tree.editor_a)
    response, _messages = grant(client, tree, "weg@example.org")
    assert response.status_code == 302
    assert not member.verifications.exists()


def test_errors_do_not_depend_on_whether_the_address_exists(client, tree, user_factory):
    user_factory(email="anouk@example.org")
    client.force_login(tree.editor_a)
    past = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    known, _m = grant(client, tree, "anouk@example.org", expires_at=past)
    unknown, _m = grant(client, tree, "niemand@example.org", expires_at=past)
    assert known.status_code == unknown.status_code == 200
    assert set(known.context["form"].errors) == set(unknown.context["form"].errors) == {"expires_at"}
    other_partner, _m = grant(client, tree, "niemand@example.org", partner=tree.partner_b.pk)
    assert other_partner.status_code == 200 and "partner" in other_partner.context["form"].errors
    assert not Verification.objects.exists()
