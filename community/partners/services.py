"""Writes for partners: provisioning a partner's editor group, section and collection, its people, and
provider self-registration (applications, their review and the emails to the applicant)."""

import re
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

import plugins
from community.accounts.validators import PSEUDONYM_MAX_LENGTH, validate_pseudonym
from community.notifications.services import notification_send
from community.partners.app_settings import app_settings
from community.partners.models import PartnerMembership, PartnerOrganisation, ProviderApplication
from community.partners.tasks import application_email_send

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
    members = get_user_model().objects.filter(partner_memberships__partner=partner)
    group = partner.editor_group
    current = set(group.user_set.values_list("pk", flat=True))
    wanted = set(members.values_list("pk", flat=True))
    group.user_set.remove(*(current - wanted))
    group.user_set.add(*(wanted - current))


# --- Provider self-registration ----------------------------------------------------------------
#
# An organisation applies through the public form (/aanbieder-worden/); the platform's
# administrators are told and review it in the Wagtail admin. Approving creates, in one
# transaction, the partner organisation, everything every feature sets up for a partner (the
# `partner_provision` hook: editor group, section, media collection, social-map organisation …)
# and the editor account, which becomes the partner's administrator. The applicant hears the
# outcome by email (after the transaction commits, through a background task).

REVIEW_PERMISSION = "partners.review_providerapplication"
APPLICATION_NOTIFICATION = "partners.application"


def may_review_applications(user):
    """Platform administrators: active superusers and whoever was given the review permission."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.is_superuser or user.has_perm(REVIEW_PERMISSION)


def application_reviewers():
    """The accounts `may_review_applications` answers yes for (active), by pseudonym."""
    app_label, codename = REVIEW_PERMISSION.split(".")
    permission = Q(content_type__app_label=app_label, codename=codename)
    granted = Permission.objects.filter(permission)
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(user_permissions__in=granted) | Q(groups__permissions__in=granted))
        .filter(is_active=True)
        .distinct()
        .order_by("pseudonym")
    )


def application_review_url(application):
    return reverse("partners_applications:detail", args=[application.pk])


def kvk_number_normalise(value):
    """What people type ("1234 5678", "12.34.56.78") as the eight digits the KvK uses."""
    return re.sub(r"[\s.\-]", "", value or "")


def application_conflict(kvk_number, organisation_name):
    """Why this application cannot be sent (a plain sentence), or None.

    An application for the same KvK number may already wait for review, the KvK number may belong
    to an organisation that is already a provider, or a partner may already carry the name.
    """
    if kvk_number and ProviderApplication.objects.pending().filter(kvk_number=kvk_number).exists():
        return _(
            "We already have an application for this KvK number. We are reviewing it and will email the "
            "contact person within 2 working days. You do not need to apply again."
        )
    approved = ProviderApplication.objects.filter(
        kvk_number=kvk_number, status=ProviderApplication.Status.APPROVED, partner__isnull=False
    )
    name = (organisation_name or "").strip()
    if (kvk_number and approved.exists()) or (name and PartnerOrganisation.objects.filter(name__iexact=name).exists()):
        return _(
            "This organisation is already a provider on Wijkplein. Ask the editors of your organisation to add "
            "you, or contact us if you think this is a mistake."
        )
    return None


def _emails_after_commit(application, kind):
    transaction.on_commit(lambda: application_email_send.enqueue(application.pk, kind))


@transaction.atomic
def application_submit(
    *,
    organisation_name,
    kvk_number,
    offer,
    topics,
    contact_name,
    contact_email,
    website="",
    neighbourhoods=(),
    contact_phone="",
    language="",
):
    """Store an application, tell every platform administrator (content-free) and confirm it to the applicant.

    Raises ValidationError when an application for the KvK number already waits, or the
    organisation is already a provider (also when two arrive at the same moment).
    """
    kvk_number = kvk_number_normalise(kvk_number)
    conflict = application_conflict(kvk_number, organisation_name)
    if conflict:
        raise ValidationError(conflict, code="duplicate")
    application = ProviderApplication(
        organisation_name=organisation_name.strip(),
        kvk_number=kvk_number,
        website=website or "",
        offer=offer.strip(),
        contact_name=contact_name.strip(),
        contact_email=contact_email.strip(),
        contact_phone=(contact_phone or "").strip(),
        language=language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
    )
    application.full_clean(exclude=["topics", "neighbourhoods"])
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        # The same KvK number sent twice at the same moment: the constraint lets one through.
        raise ValidationError(
            application_conflict(kvk_number, "") or _("Please try again."), code="duplicate"
        ) from None
    application.topics.set(topics)
    application.neighbourhoods.set(neighbourhoods)
    url = application_review_url(application)
    for reviewer in application_reviewers():
        notification_send(reviewer, APPLICATION_NOTIFICATION, url, subject=application.organisation_name)
    _emails_after_commit(application, "received")
    return application


def _locked_pending(application, reviewer):
    if not may_review_applications(reviewer):
        raise PermissionDenied(_("Only platform administrators review provider applications."))
    application = ProviderApplication.objects.select_for_update().get(pk=application.pk)
    if application.status == ProviderApplication.Status.APPROVED:
        raise ValidationError(_("This application has already been approved."), code="decided")
    if application.status == ProviderApplication.Status.REJECTED:
        raise ValidationError(_("This application has already been rejected."), code="decided")
    return application


def _unique_partner_slug(name):
    base = slugify(name)[:140].strip("-") or "aanbieder"
    slug, number = base, 1
    # Also free as a page slug: the partner's section page under the information overview takes it.
    while PartnerOrganisation.objects.filter(slug=slug).exists() or Page.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _editor_pseudonym(partner):
    """ "Redactie <partner>", as the editor group is called, fitting the pseudonym rules and unique."""
    name = re.sub(r"[^\w .\-']+", " ", partner.name)
    name = re.sub(r"\d{4,}", " ", name)  # never anything that reads like a phone number
    base = " ".join(f"Redactie {name}".split())[:PSEUDONYM_MAX_LENGTH].strip()
    try:
        validate_pseudonym(base)
    except ValidationError:
        base = "Redactie aanbieder"
    users = get_user_model().objects
    pseudonym, number = base, 1
    while users.filter(pseudonym__iexact=pseudonym).exists():
        number += 1
        suffix = f" {number}"
        pseudonym = base[: PSEUDONYM_MAX_LENGTH - len(suffix)].rstrip() + suffix
    return pseudonym


def _editor_account(application, partner):
    """The account the contact person signs in with: their existing one (same email address), or a
    new one with a verified address and no password yet (the approval email has a link to set it)."""
    User = get_user_model()
    email = application.contact_email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        if not user.is_active:
            raise ValidationError(
                _("The account with this email address is blocked. Unblock it or ask for another address first."),
                code="inactive",
            )
        return user
    user = User(email=email, pseudonym=_editor_pseudonym(partner), language=application.language)
    user.set_unusable_password()
    user.save()
    # The address is the one the approval email goes to: only its owner can set the password.
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@transaction.atomic
def application_approve(application, reviewer):
    """Approve: the partner organisation, what every feature sets up for it, and its editor account
    (the partner's administrator), in one transaction; then the applicant is emailed how to start."""
    application = _locked_pending(application, reviewer)
    if PartnerOrganisation.objects.filter(name__iexact=application.organisation_name).exists():
        raise ValidationError(
            _("A partner organisation called “%(name)s” already exists. Reject this application or rename it first.")
            % {"name": application.organisation_name},
            code="exists",
        )
    partner = PartnerOrganisation(
        name=application.organisation_name,
        slug=_unique_partner_slug(application.organisation_name),
        description=application.offer,
        website=application.website,
        # The contact person's own email address and phone number are not published: the editor
        # adds the organisation's public contact details in the admin.
    )
    partner.neighbourhoods.set(application.neighbourhoods.all())  # a ParentalManyToManyField: saved with it
    partner.save()
    # Every feature sets up its part, exactly as when a partner is saved in the admin.
    plugins.call("partner_provision", partner=partner)
    partner.refresh_from_db()
    if not partner.editor_group_id or not partner.section_page_id:
        raise ValidationError(
            _("The new partner could not be set up (no editor group or section). Nothing has been saved; see the log."),
            code="provision",
        )
    user = _editor_account(application, partner)
    partner_membership_add(partner=partner, user=user, is_admin=True)
    application.status = ProviderApplication.Status.APPROVED
    application.reviewed_by = reviewer
    application.reviewed_at = timezone.now()
    application.partner = partner
    application.user = user
    application.save(update_fields=["status", "reviewed_by", "reviewed_at", "partner", "user"])
    _emails_after_commit(application, "approved")
    return application


@transaction.atomic
def application_reject(application, reviewer, note):
    """Reject with a note the applicant reads in the email that tells them the outcome."""
    application = _locked_pending(application, reviewer)
    note = (note or "").strip()
    if not note:
        raise ValidationError(_("Write a short reason for the applicant."), code="note_required")
    if len(note) > ProviderApplication.NOTE_MAX_LENGTH:
        raise ValidationError(
            _("The note is too long: at most %(limit)s characters.") % {"limit": ProviderApplication.NOTE_MAX_LENGTH},
            code="note_too_long",
        )
    application.status = ProviderApplication.Status.REJECTED
    application.reviewed_by = reviewer
    application.reviewed_at = timezone.now()
    application.decision_note = note
    application.save(update_fields=["status", "reviewed_by", "reviewed_at", "decision_note"])
    _emails_after_commit(application, "rejected")
    return application


def applications_prune(now=None):
    """Delete rejected applications whose decision is older than the retention period; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=app_settings.APPLICATION_RETENTION_DAYS)
    rejected = ProviderApplication.objects.filter(status=ProviderApplication.Status.REJECTED, reviewed_at__lt=cutoff)
    count = rejected.count()
    rejected.delete()
    return count
