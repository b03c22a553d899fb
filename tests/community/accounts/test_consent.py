"""Sign-up asks explicit consent for health-related data (GDPR art. 9) and records when and to which
version of the privacy statement; the member's data download lists it."""

import json
import re
from datetime import timedelta

import pytest
from django.db import models
from django.urls import reverse
from django.utils import timezone

from community.accounts.models import Consent, User
from community.accounts.privacy import NO_PRIVACY_STATEMENT, consents_export, privacy_statement_version
from community.pages.models import TrustKind
from tests.community.accounts.test_signup import GOOD
from tests.factories import TrustPageFactory

pytestmark = pytest.mark.django_db

SIGNUP = reverse("account_signup")
WITHOUT_CONSENT = {name: value for name, value in GOOD.items() if name != "health_data_consent"}


def test_sign_up_without_consent_is_refused_clearly_and_keeps_what_was_typed(client, tree):
    client.cookies["django_language"] = "en"
    privacy = TrustPageFactory(kind=TrustKind.PRIVACY)
    response = client.post(SIGNUP, WITHOUT_CONSENT)
    assert response.status_code == 200
    assert "health_data_consent" in response.context["form"].errors
    html = response.content.decode()
    assert "Please tick this box. We can only make your account if you agree." in html
    assert 'id="id_health_data_consent_error"' in html
    assert f'value="{GOOD["pseudonym"]}"' in html and f'value="{GOOD["email"]}"' in html
    # The checkbox is still there, unticked, with the link to the privacy statement (in a new window).
    assert re.search(r'<input type="checkbox" name="health_data_consent"[^>]*required', html)
    assert (
        f'<a href="{privacy.url}" target="_blank" rel="noopener">privacy statement (opens in a new window)</a>' in html
    )
    assert not User.objects.filter(email=GOOD["email"]).exists()
    assert not Consent.objects.exists()


def test_the_consent_question_comes_after_the_passwords_in_dutch_by_default(client, tree):
    html = client.get(SIGNUP).content.decode()
    assert html.index('name="password2"') < html.index('name="health_data_consent"')
    assert 'lang="nl"' in html


def test_sign_up_with_consent_records_the_privacy_statement_version_and_time(client, tree):
    privacy = TrustPageFactory(kind=TrustKind.PRIVACY)
    before = timezone.now()
    response = client.post(SIGNUP, GOOD)
    assert response.status_code == 302
    user = User.objects.get(email=GOOD["email"])
    consent = Consent.objects.get(user=user)
    assert consent.purpose == Consent.Purpose.HEALTH_DATA
    assert consent.version == f"privacy-{privacy.pk}-rev{privacy.live_revision_id}"
    assert consent.version_published_at == privacy.last_published_at
    assert before <= consent.given_at <= timezone.now()

    # A new version of the statement: the next member agrees to that one.
    privacy.title = "Privacyverklaring (nieuw)"
    privacy.save_revision().publish()
    privacy.refresh_from_db()
    client.logout()
    client.post(SIGNUP, {**GOOD, "email": "tweede@example.org", "pseudonym": "Tweede"})
    second = Consent.objects.get(user__email="tweede@example.org")
    assert second.version == f"privacy-{privacy.pk}-rev{privacy.live_revision_id}" != consent.version
    assert second.version_published_at == privacy.last_published_at


def test_without_a_published_privacy_statement_sign_up_still_works_and_says_so(client, tree):
    client.cookies["django_language"] = "en"
    TrustPageFactory(kind=TrustKind.PRIVACY, publish=False)
    html = client.get(SIGNUP).content.decode()
    assert "You can take back your consent at any time by deleting your account." in html
    assert "privacy statement (opens in a new window)" not in html
    assert privacy_statement_version() == (NO_PRIVACY_STATEMENT, None)
    assert client.post(SIGNUP, GOOD).status_code == 302
    consent = Consent.objects.get(user__email=GOOD["email"])
    assert consent.version == NO_PRIVACY_STATEMENT and consent.version_published_at is None


def test_consents_export_is_json_serialisable_and_only_the_members_own(tree, user_factory):
    privacy = TrustPageFactory(kind=TrustKind.PRIVACY)
    member, other = user_factory(), user_factory()
    given = timezone.now() - timedelta(days=3)
    Consent.objects.create(
        user=member,
        purpose=Consent.Purpose.HEALTH_DATA,
        version=f"privacy-{privacy.pk}-rev{privacy.live_revision_id}",
        version_published_at=privacy.last_published_at,
        given_at=given,
    )
    Consent.objects.create(user=other, purpose=Consent.Purpose.HEALTH_DATA, version="privacy-none")
    exported = consents_export(member)
    assert json.loads(json.dumps(exported)) == exported
    assert exported == [
        {
            "purpose": "health_data",
            "description": str(Consent.Purpose.HEALTH_DATA.label),
            "privacy_statement_version": f"privacy-{privacy.pk}-rev{privacy.live_revision_id}",
            "privacy_statement_published_at": privacy.last_published_at.isoformat(),
            "given_at": given.isoformat(),
        }
    ]
    assert consents_export(user_factory()) == []


def test_consents_go_with_the_account():
    """Erasing an account (the privacy core's erase service) deletes its consent records with it."""
    assert Consent._meta.get_field("user").remote_field.on_delete is models.CASCADE
