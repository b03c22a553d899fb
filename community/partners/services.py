"""Writes for partners: provisioning a partner's editor group, section and collection, and its people."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from community.partners.models import PartnerMembership

# Partner editors add and change pages in their own section; publishing goes through the
# approval workflow that platform editors handle, so they get no publish permission.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def partner_provision(partner, *, information_index=None):
    """Give `partner` an editor group, a section page under the information overview and a media collection.

    Safe to run again: it only adds what is missing.
    """
    from community.pages.models import InformationIndexPage, PartnerSectionPage

    group = partner.editor_group
    if group is None:
        # Always a new group: reusing one by name could hand a former partner's rights to this one.
        base_name = f"Redactie {partner.name}"[:140]
        name, number = base_name, 1
        while Group.objects.filter(name=name).exists():
            number += 1
            name = f"{base_name} ({number})"
        group = Group.objects.create(name=name)
        partner.editor_group = group
    group.permissions.add(_permission("wagtailadmin", "access_admin"))

    section = PartnerSectionPage.objects.filter(partner=partner).first()
    if section is None:
        information_index = information_index or InformationIndexPage.objects.first()
        if information_index is None:
            raise ValueError("Create the information overview page before provisioning partners.")
        section = PartnerSectionPage(title=partner.name, slug=partner.slug or slugify(partner.name), partner=partner)
        information_index.add_child(instance=section)
        section.save_revision().publish()
    partner.section_page = section
    partner.save(update_fields=["editor_group", "section_page"])

    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=section, permission=_permission("wagtailcore", codename)
        )

    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=partner.name).first()
    if collection is None:
        collection = root_collection.add_child(name=partner.name)
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    return partner


@transaction.atomic
def partner_membership_add(*, partner, user, is_admin=False):
    """Make `user` an editor of `partner` (and optionally its administrator)."""
    membership, created = PartnerMembership.objects.get_or_create(
        partner=partner, user=user, defaults={"is_admin": is_admin}
    )
    if not created and membership.is_admin != is_admin:
        membership.is_admin = is_admin
        membership.save(update_fields=["is_admin"])
    if partner.editor_group_id:
        user.groups.add(partner.editor_group)
    return membership


@transaction.atomic
def partner_membership_remove(*, partner, user):
    PartnerMembership.objects.filter(partner=partner, user=user).delete()
    if partner.editor_group_id:
        user.groups.remove(partner.editor_group)


@transaction.atomic
def partner_sync_editor_group(partner):
    """Make the editor group hold exactly the partner's people (after they were edited in the admin)."""
    if not partner.editor_group_id:
        return
    from django.contrib.auth import get_user_model

    members = get_user_model().objects.filter(partner_memberships__partner=partner)
    group = partner.editor_group
    current = set(group.user_set.values_list("pk", flat=True))
    wanted = set(members.values_list("pk", flat=True))
    group.user_set.remove(*(current - wanted))
    group.user_set.add(*(wanted - current))
