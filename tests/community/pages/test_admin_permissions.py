"""Partner editors work only in their own section, through the real admin URLs, and publish via the workflow."""

import pytest
from wagtail.models import Page, WorkflowState

from community.accounts.models import Role
from community.accounts.services import verification_grant
from community.pages.models import InformationPage

pytestmark = pytest.mark.django_db


def page_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "last_reviewed": page.last_reviewed.isoformat(),
        "body-count": "1",
        "body-0-type": "rich_text",
        "body-0-value": '{"blocks":[{"key":"a","text":"Tekst","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0",
        "related_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_editor_edits_own_page_but_is_refused_on_another_partners(client, tree, information_page_factory):
    own = information_page_factory(section=tree.section_a, title="Eigen pagina")
    other = information_page_factory(section=tree.section_b, title="Pagina van B")
    client.force_login(tree.editor_a)

    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200

    response = client.get(f"/admin/pages/{other.pk}/edit/")
    assert response.status_code in (302, 403)
    response = client.post(f"/admin/pages/{other.pk}/edit/", page_form(other, title="Overgenomen"))
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=other.pk).title == "Pagina van B"
    assert not Page.objects.get(pk=other.pk).specific.get_latest_revision().content["title"] == "Overgenomen"

    # Nor can they add a page in B's section, delete B's page or publish directly.
    assert client.get(f"/admin/pages/add/pages/informationpage/{tree.section_b.pk}/").status_code in (302, 403)
    client.post(f"/admin/pages/{other.pk}/delete/")
    assert Page.objects.filter(pk=other.pk).exists()


def test_editor_submits_for_moderation_instead_of_publishing(client, tree):
    client.force_login(tree.editor_a)
    data = page_form(
        InformationPage(
            title="Nieuwe tips",
            slug="nieuwe-tips",
            intro="Kort.",
            last_reviewed=__import__("datetime").date(2026, 11, 1),
        ),
        **{"action-submit": "1"},
    )
    response = client.post(f"/admin/pages/add/pages/informationpage/{tree.section_a.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = InformationPage.objects.get(slug="nieuwe-tips")
    assert not page.live
    assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists()

    # A publish attempt by the partner editor does not make it live.
    client.post(f"/admin/pages/{page.pk}/edit/", page_form(page, **{"action-publish": "1"}))
    assert not InformationPage.objects.get(pk=page.pk).live


def test_partner_admin_sees_and_edits_only_own_verifications(client, tree, user_factory):
    member_a = user_factory(pseudonym="Lid van A")
    member_b = user_factory(pseudonym="Lid van B")
    own = verification_grant(granted_by=tree.editor_a, user=member_a, role=Role.PROFESSIONAL, partner=tree.partner_a)
    other = verification_grant(granted_by=tree.editor_b, user=member_b, role=Role.PROFESSIONAL, partner=tree.partner_b)
    client.force_login(tree.editor_a)

    listing = client.get("/admin/verifications/").content.decode()
    assert "Lid van A" in listing and "Lid van B" not in listing
    assert client.get(f"/admin/verifications/edit/{own.pk}/").status_code == 200
    assert client.get(f"/admin/verifications/edit/{other.pk}/").status_code in (302, 403, 404)
    client.post(f"/admin/verifications/edit/{other.pk}/", {"revoke": "on", "note": "", "expires_at": ""})
    other.refresh_from_db()
    assert other.revoked_at is None


def test_partner_admin_grants_through_admin_only_for_own_partner(client, tree, user_factory):
    member = user_factory(email="anouk@example.org", pseudonym="Anouk")
    client.force_login(tree.editor_a)
    response = client.post(
        "/admin/verifications/new/",
        {"member_email": "anouk@example.org", "role": "professional", "partner": tree.partner_b.pk, "note": ""},
    )
    assert response.status_code == 200  # form error: not a partner they administer
    assert member.verifications.count() == 0
    response = client.post(
        "/admin/verifications/new/",
        {"member_email": "anouk@example.org", "role": "professional", "partner": tree.partner_a.pk, "note": ""},
    )
    assert response.status_code == 302
    assert member.verifications.get().granted_by == tree.editor_a
    response = client.post(
        "/admin/verifications/new/",
        {"member_email": "niemand@example.org", "role": "professional", "partner": tree.partner_a.pk, "note": ""},
    )
    # The same answer as for a real member: the form never tells whether an address has an account.
    assert response.status_code == 302


def test_plain_member_cannot_reach_the_admin(client, member):
    client.force_login(member)
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/verifications/").status_code in (302, 403)


def test_verification_copy_history_and_usage_views_are_closed(client, tree, user_factory):
    member_b = user_factory(pseudonym="Lid van B")
    other = verification_grant(granted_by=tree.editor_b, user=member_b, role=Role.PROFESSIONAL, partner=tree.partner_b)
    own = verification_grant(
        granted_by=tree.editor_a, user=user_factory(), role=Role.PROFESSIONAL, partner=tree.partner_a
    )
    client.force_login(tree.editor_a)
    for action in ("copy", "history", "usage"):
        response = client.get(f"/admin/verifications/{action}/{other.pk}/")
        assert response.status_code == 404, action
        assert "Lid van B" not in response.content.decode()
    assert client.get(f"/admin/verifications/copy/{own.pk}/").status_code == 404
    assert client.get(f"/admin/verifications/history/{own.pk}/").status_code == 200
    response = client.post(
        f"/admin/verifications/copy/{own.pk}/",
        {"member_email": own.user.email, "role": "experience_expert", "partner": tree.partner_a.pk},
    )
    assert response.status_code == 404
    own.refresh_from_db()
    assert own.role == Role.PROFESSIONAL


def test_editor_cannot_reassign_their_section_to_another_partner(client, tree):
    client.force_login(tree.editor_a)
    section = tree.section_a
    response = client.post(
        f"/admin/pages/{section.pk}/edit/",
        {
            "title": section.title,
            "slug": section.slug,
            "intro": "Nieuw",
            "partner": tree.partner_b.pk,
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    section.refresh_from_db()
    revision = section.get_latest_revision()
    assert revision.content["partner"] == tree.partner_a.pk
    assert revision.content["intro"] == "Nieuw"


def test_deleting_a_partner_is_refused_with_a_message(client, tree, user_factory):
    admin = user_factory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(f"/admin/snippets/partners/partnerorganisation/delete/{tree.partner_a.pk}/", follow=True)
    assert response.status_code == 200
    assert "kan hier niet worden verwijderd" in response.content.decode()
    assert type(tree.partner_a).objects.filter(pk=tree.partner_a.pk).exists()
