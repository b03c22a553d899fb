"""Partner editors do not see other partners' unpublished pages, and forum moderators have no page rights."""

import pytest
from django.contrib.auth.models import Group

from community.accounts.roles import MODERATORS_GROUP
from tests.factories import InformationPageFactory, UserFactory

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Opvangadres concept"


@pytest.fixture
def drafts(tree):
    draft = InformationPageFactory.build(title=SECRET_TITLE, slug="opvang-concept", live=False)
    tree.section_b.add_child(instance=draft)
    draft.save_revision()
    own_draft = InformationPageFactory.build(title="Eigen concept", slug="eigen-concept", live=False)
    tree.section_a.add_child(instance=own_draft)
    return draft, own_draft


def test_explorer_hides_another_partners_draft(client, tree, drafts):
    client.force_login(tree.editor_a)
    response = client.get(f"/admin/pages/{tree.section_b.pk}/")
    assert SECRET_TITLE not in response.content.decode()
    response = client.get(f"/admin/pages/{tree.section_a.pk}/")
    assert "Eigen concept" in response.content.decode()


@pytest.mark.parametrize("url", ["/admin/choose-page/{section}/", "/admin/choose-page/search/?q=Opvangadres"])
def test_page_chooser_hides_another_partners_draft(client, tree, drafts, url):
    client.force_login(tree.editor_a)
    response = client.get(url.format(section=tree.section_b.pk))
    assert response.status_code == 200
    assert SECRET_TITLE not in response.content.decode()


def test_platform_editor_sees_every_draft(client, tree, drafts):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Platform editors"))
    client.force_login(editor)
    response = client.get(f"/admin/pages/{tree.section_b.pk}/")
    assert SECRET_TITLE in response.content.decode()


def test_forum_moderator_cannot_edit_publish_or_delete_partner_pages(client, tree, drafts):
    draft, _own = drafts
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
    client.force_login(moderator)
    for url in (
        "/admin/",
        f"/admin/pages/{draft.pk}/edit/",
        f"/admin/pages/{draft.pk}/delete/",
        f"/admin/pages/{tree.section_a.pk}/add_subpage/",
        "/admin/images/",
        "/admin/documents/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "/admin/login/" in response.get("Location", "/admin/login/"), url


def test_wagtails_built_in_groups_hold_no_tree_wide_rights(db):
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    for name in ("Moderators", "Editors", MODERATORS_GROUP):
        assert not GroupPagePermission.objects.filter(group__name=name).exists(), name
        assert not GroupCollectionPermission.objects.filter(group__name=name).exists(), name
        assert not Group.objects.filter(name=name, permissions__codename="access_admin").exists(), name


def test_move_confirmation_of_another_partners_page_is_refused(client, tree, drafts):
    draft, _own = drafts
    client.force_login(tree.editor_a)
    response = client.get(f"/admin/pages/{draft.pk}/move/{tree.section_a.pk}/confirm/")
    # Wagtail's admin turns the refusal into a redirect with a "no permission" message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert SECRET_TITLE not in response.content.decode()
