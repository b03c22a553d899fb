"""The provider report (admin → Report) through real URLs: a partner's editors see their own
organisation's figures, small groups are suppressed, another partner cannot be asked for."""

from datetime import timedelta

import pytest
from django.utils import timezone

from socialmap.mailbox import services as mailbox
from socialmap.mailbox.models import Thread
from socialmap.matching.models import ShownCount
from tests.factories.accounts import UserFactory
from tests.factories.mailbox import provider_professional

pytestmark = pytest.mark.django_db

URL = "/admin/rapportage/"


def period(partner):
    today = timezone.localdate()
    return {"partner": partner.pk, "van": (today - timedelta(days=7)).isoformat(), "tot": today.isoformat()}


def figure(page, key):
    start = page.index(f'data-figure="{key}"')
    return page[start : page.index("</tr>", start)]


def contacts(partner, count, pro):
    for number in range(count):
        thread = mailbox.thread_start(UserFactory(), partner, f"Vraag {number}", origin=Thread.Origin.MATCH)
        Thread.objects.filter(pk=thread.pk).update(created_at=timezone.now() - timedelta(hours=3))
        mailbox.reply(pro, Thread.objects.get(pk=thread.pk), "Antwoord")
        mailbox.close(pro, Thread.objects.get(pk=thread.pk))
        mailbox.survey_answer(thread.member, Thread.objects.get(pk=thread.pk), score=4 + number % 2)


def test_an_editor_sees_their_organisations_figures_with_small_groups_suppressed(client, tree):
    pro = provider_professional(tree.partner_a)
    from community.partners.services import partner_membership_add

    partner_membership_add(partner=tree.partner_a, user=tree.editor_a)
    ShownCount.objects.create(partner=tree.partner_a, day=timezone.localdate(), count=42)
    contacts(tree.partner_a, 9, pro)
    client.cookies["django_language"] = "en"
    client.force_login(tree.editor_a)
    page = client.get(URL, period(tree.partner_a)).content.decode()
    assert "42" in figure(page, "matching.shown")
    for key in (
        "mailbox.contacts_from_match",
        "mailbox.opened",
        "mailbox.closed",
        "mailbox.first_response",
        "mailbox.survey",
    ):
        assert "fewer than 10" in figure(page, key), key
    contacts(tree.partner_a, 1, pro)
    page = client.get(URL, period(tree.partner_a)).content.decode()
    assert ">10<" in figure(page, "mailbox.contacts_from_match").replace("\n", "").replace(" ", "")
    assert "3\xa0hours" in figure(page, "mailbox.first_response") or "3 hours" in figure(page, "mailbox.first_response")
    survey = figure(page, "mailbox.survey")
    assert "4: 6 (60%)" in survey and "5: 4 (40%)" in survey and "1: 0 (0%)" in survey


def test_another_partners_report_cannot_be_asked_for(client, tree):
    from community.partners.services import partner_membership_add

    partner_membership_add(partner=tree.partner_a, user=tree.editor_a)
    ShownCount.objects.create(partner=tree.partner_b, day=timezone.localdate(), count=77)
    client.force_login(tree.editor_a)
    response = client.get(URL, period(tree.partner_b))
    assert response.status_code == 400
    assert "data-figure" not in response.content.decode()


def test_members_and_professionals_without_a_partner_role_get_no_report(client, tree):
    client.force_login(UserFactory())
    assert client.get(URL).status_code in (302, 403)
    client.force_login(provider_professional(tree.partner_a))
    assert client.get(URL, period(tree.partner_a)).status_code in (302, 403)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"van": "gisteren"}, "van"),
        ({"tot": "2000-01-01"}, "tot"),
        ({"van": "2020-01-01"}, "van"),
        ({"partner": "x"}, "partner"),
    ],
)
def test_bad_periods_get_a_clear_error(client, tree, change, field):
    from community.partners.services import partner_membership_add

    partner_membership_add(partner=tree.partner_a, user=tree.editor_a)
    client.force_login(tree.editor_a)
    response = client.get(URL, {**period(tree.partner_a), **change})
    assert response.status_code == 400
    assert f'id="id_{field}_error"' in response.content.decode()
