"""Provisioning partners: idempotent, never sharing a group, and the editor group follows the people."""

import pytest
from wagtail.models import Collection, GroupPagePermission

from community.pages.models import PartnerSectionPage
from community.partners.models import PartnerMembership
from community.partners.services import partner_membership_remove, partner_provision, partner_sync_editor_group

pytestmark = pytest.mark.django_db


def test_provision_twice_changes_nothing(tree):
    before = (
        PartnerSectionPage.objects.count(),
        GroupPagePermission.objects.count(),
        Collection.objects.count(),
    )
    partner_provision(tree.partner_a)
    partner_provision(tree.partner_a)
    after = (PartnerSectionPage.objects.count(), GroupPagePermission.objects.count(), Collection.objects.count())
    assert before == after
    codenames = set(
        GroupPagePermission.objects.filter(group=tree.partner_a.editor_group).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}  # no publish: the workflow decides


def test_a_new_partner_never_inherits_an_old_group(tree, partner_factory):
    old_group = tree.partner_a.editor_group
    newcomer = partner_provision(partner_factory(name="Centrum Jeugd 2", slug="centrum-jeugd-2"))
    assert newcomer.editor_group != old_group
    tree.partner_a.editor_group = None
    tree.partner_a.save()
    renamed = partner_provision(partner_factory(name="Nog een partner", slug="nog-een"))
    assert renamed.editor_group not in (old_group, newcomer.editor_group)


def test_editor_group_follows_memberships(tree, user_factory):
    newcomer = user_factory()
    PartnerMembership.objects.create(partner=tree.partner_a, user=newcomer)
    PartnerMembership.objects.filter(partner=tree.partner_a, user=tree.editor_a).delete()
    partner_sync_editor_group(tree.partner_a)
    members = set(tree.partner_a.editor_group.user_set.all())
    assert members == {newcomer}
    partner_membership_remove(partner=tree.partner_a, user=newcomer)
    assert not tree.partner_a.editor_group.user_set.exists()
