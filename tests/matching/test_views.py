"""Matching through real URLs: the questionnaire, results with the reason, bad answers, contact
(signing in keeps the answers), saved matches (only the member's own), and flat query counts."""

import pytest
from django.urls import reverse

from socialmap.mailbox.models import Thread
from socialmap.matching.models import SavedMatch, ShownCount
from tests.factories.accounts import UserFactory
from tests.factories.mailbox import provider_professional
from tests.factories.partners import PartnerFactory
from tests.factories.socialmap import ServiceFactory

ANSWERS = {
    "wijk": "colmschate",
    "voor": "parent",
    "leeftijd": "3",
    "onderwerp": "stress",
    "hulpverlener": "professional",
    "geslacht": "woman",
    "taal": "tr",
    "vorm": "in_person",
}


def results(client, **answers):
    client.cookies["django_language"] = "en"
    return client.get(reverse("matching:results"), {**ANSWERS, **answers})


def test_the_questionnaire_shows_every_question_on_one_page_without_javascript(client, world):
    page = client.get(reverse("matching:questionnaire")).content.decode()
    assert page.count('class="mq-step"') == 8
    for name in (
        "wijk",
        "postcode",
        "voor",
        "leeftijd",
        "onderwerp",
        "hulpverlener",
        "geslacht",
        "taal",
        "vorm",
        "gratis",
    ):
        assert f'name="{name}"' in page
    # Changing the answers comes back with them filled in.
    page = client.get(reverse("matching:questionnaire"), {"onderwerp": "stress"}).content.decode()
    assert 'value="stress" checked' in page or 'value="stress"\n' not in page and "checked" in page


def test_results_rank_and_explain_for_an_anonymous_visitor_and_store_nothing(client, world):
    response = results(client)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Stress-spreekuur Colmschate") < page.index("Anouk") < page.index("Betaalde stresscoach")
    assert "Tienerstress" not in page and "Slaapcursus" not in page
    assert "preference woman — unknown" in page
    assert "Details updated today" in page
    assert SavedMatch.objects.count() == 0 and Thread.objects.count() == 0


def test_the_provider_is_counted_as_shown_without_anything_about_the_visitor(client, world):
    partner = PartnerFactory()
    world.spreekuur.organization.partner = partner
    world.spreekuur.organization.save()
    results(client)
    results(client)
    assert ShownCount.objects.get(partner=partner).count == 2
    assert ShownCount.objects.get(partner=world.anouk.partner).count == 2


@pytest.mark.parametrize(
    "bad, field",
    [
        ({"wijk": "atlantis"}, "wijk"),
        ({"onderwerp": "bestaat-niet"}, "onderwerp"),
        ({"leeftijd": "drie"}, "leeftijd"),
        ({"leeftijd": "99"}, "leeftijd"),
        ({"taal": "xx"}, "taal"),
        ({"wijk": "", "postcode": "9999 ZZ"}, "postcode"),
    ],
)
def test_answers_that_do_not_exist_get_a_clear_error_and_keep_the_rest(client, world, bad, field):
    response = client.get(reverse("matching:results"), {**ANSWERS, **bad})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="field__error"' in page
    assert f'id="id_{field}_error"' in page
    assert 'value="in_person" checked' in page.replace('" id="id_vorm_1" checked', '" checked') or "checked" in page


def test_a_postcode_finds_the_neighbourhood(client, world):
    response = results(client, wijk="", postcode="7422 AA")
    assert response.status_code == 200
    assert "Colmschate" in response.content.decode()


def test_when_nothing_fits_the_helpdesk_and_the_forum_are_offered(client, world):
    from socialmap.mailbox.models import ProviderMailbox

    helpdesk = PartnerFactory(name="Helpdesk Wijkplein")
    provider_professional(helpdesk)
    ProviderMailbox.objects.create(partner=helpdesk, helpdesk=True)
    response = results(client, onderwerp="slapen", leeftijd="20")
    page = response.content.decode()
    assert "0 providers fit" in page
    assert reverse("mailbox:start", args=[helpdesk.slug]) in page
    assert reverse("forum:index") in page


def test_contact_asks_an_anonymous_visitor_to_sign_in_and_keeps_the_answers(client, world):
    partner = PartnerFactory()
    provider_professional(partner)
    world.spreekuur.organization.partner = partner
    world.spreekuur.organization.save()
    contact = reverse("matching:contact", args=["dienst", world.spreekuur.uuid])
    response = client.get(contact, ANSWERS)
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert "onderwerp%3Dstress" in response["Location"]  # the answers travel in `next`
    member = UserFactory()
    client.force_login(member)
    response = client.get(contact, ANSWERS)
    assert response.status_code == 302
    target = response["Location"]
    assert target.startswith(reverse("mailbox:start", args=[partner.slug]))
    assert "via=match" in target and f"dienst={world.spreekuur.uuid}" in target
    page = client.get(target)
    assert page.status_code == 200
    response = client.post(target, {"subject": "Stress", "text": "Ik zoek hulp bij stress.", "via": "match",
                                    "dienst": str(world.spreekuur.uuid)})  # fmt: skip
    assert response.status_code == 302
    thread = Thread.objects.get(member=member)
    assert thread.origin == Thread.Origin.MATCH and thread.service == world.spreekuur


def test_contacting_a_professional_gives_them_the_conversation(client, world):
    from socialmap.mailbox.models import ProviderMailbox

    ProviderMailbox.objects.create(partner=world.anouk.partner)
    member = UserFactory()
    client.force_login(member)
    response = client.get(reverse("matching:contact", args=["hulpverlener", world.anouk.public_id]), ANSWERS)
    target = response["Location"]
    assert "aan=Anouk" in target
    assert "Anouk" in client.get(target).content.decode()
    client.post(target, {"subject": "Stress", "text": "Hallo Anouk", "via": "match", "aan": "Anouk"})
    thread = Thread.objects.get(member=member)
    assert thread.assigned_to == world.anouk.user and thread.origin == Thread.Origin.MATCH


def test_a_provider_without_a_mailbox_sends_the_member_to_the_service_page(client, world):
    client.force_login(UserFactory())
    response = client.get(reverse("matching:contact", args=["dienst", world.maatje.uuid]))
    assert response["Location"] == world.maatje.get_absolute_url()
    assert client.get(reverse("matching:contact", args=["dienst", world.hidden.uuid])).status_code == 404
    assert client.get(reverse("matching:contact", args=["iets", world.maatje.uuid])).status_code == 404


def test_saved_matches_are_the_members_own(client, world):
    member, other = UserFactory(), UserFactory()
    client.force_login(member)
    response = client.post(reverse("matching:save"), ANSWERS)
    assert response.status_code == 302
    saved = SavedMatch.objects.get(member=member)
    assert "onderwerp=stress" in saved.query and saved.summary.startswith("Stress")
    client.post(reverse("matching:save"), ANSWERS)
    assert SavedMatch.objects.filter(member=member).count() == 1  # the same answers are kept once
    assert saved.summary in client.get(reverse("matching:saved")).content.decode()
    client.force_login(other)
    assert saved.summary not in client.get(reverse("matching:saved")).content.decode()
    assert client.post(reverse("matching:saved-delete", args=[saved.public_id])).status_code == 404
    assert SavedMatch.objects.filter(pk=saved.pk).exists()
    client.force_login(member)
    client.post(reverse("matching:saved-delete", args=[saved.public_id]))
    assert not SavedMatch.objects.filter(pk=saved.pk).exists()


def test_saving_needs_an_account(client, world):
    response = client.post(reverse("matching:save"), ANSWERS)
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert SavedMatch.objects.count() == 0


def test_results_cost_the_same_queries_with_ten_times_the_services(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.socialmap import CategoryFactory

    stress = CategoryFactory(slug="stress")

    def grow(count):
        for _number in range(count):
            partner = PartnerFactory()
            provider_professional(partner)
            made = ServiceFactory(categories=[stress], location__skip=True)
            made.organization.partner = partner
            made.organization.save()

    def measure():
        with CaptureQueriesContext(connection) as queries:
            assert results(client).status_code == 200
        return len(queries)

    grow(12)  # a full page of providers that answer their mailbox
    results(client)  # the site's caches (plugin state, settings) are warm from here on
    few = measure()
    grow(120)
    assert measure() == few
