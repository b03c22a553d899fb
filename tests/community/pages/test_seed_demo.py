"""The demo data command: believable, complete, idempotent."""

import io

import pytest
from django.core.management import call_command

from community.accounts.models import Role, User
from community.pages.models import InformationPage, Topic
from community.partners.models import PartnerOrganisation

pytestmark = pytest.mark.django_db


def test_seed_demo_is_complete_and_idempotent():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=io.StringIO())
    assert PartnerOrganisation.objects.count() >= 5
    assert InformationPage.objects.live().count() >= 15
    assert Topic.objects.count() >= 6
    assert all(page.topics.exists() for page in InformationPage.objects.all())
    assert User.objects.get(email="professional@wijkplein.example").verified_roles == [Role.PROFESSIONAL]
    assert User.objects.get(email="ervaringsdeskundige@wijkplein.example").verified_roles == [Role.EXPERIENCE_EXPERT]
    assert User.objects.filter(email__endswith="@wijkplein.example").count() == 8
    text = out.getvalue()
    assert "Wijkplein-demo-2026" in text and "ouder@wijkplein.example" in text


def test_the_demo_has_a_mailbox_conversation_once():
    from socialmap.mailbox.models import Thread

    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    thread = Thread.objects.get(member__email="ouder@wijkplein.example")
    assert thread.partner.slug == "cjg-deventer" and thread.assigned_to.email == "professional@wijkplein.example"
    assert list(thread.messages.values_list("kind", flat=True)) == ["welcome", "text", "text"]
