"""Writes for accounts: granting and revoking verified roles, always on behalf of a partner's administrator."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

import plugins
from community.accounts.models import Verification
from community.notifications.services import notification_send
from community.partners.models import PartnerOrganisation


def user_can_verify_for(actor, partner):
    """Only a partner's administrator (or a site superuser) attests roles for that partner."""
    if not actor or not actor.is_authenticated or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    return PartnerOrganisation.objects.administered_by(actor).filter(pk=partner.pk).exists()


@transaction.atomic
def verification_grant(*, granted_by, user, role, partner, expires_at=None, note=""):
    if not user_can_verify_for(granted_by, partner):
        raise PermissionDenied(
            _("Only an administrator of %(partner)s can verify roles for it.") % {"partner": partner}
        )
    if role not in Verification.VerifiedRole.values:
        raise ValidationError(_("Only experience expert and professional can be verified."))
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError(_("The expiry date must lie in the future."))
    if user.pk == granted_by.pk and not granted_by.is_superuser:
        raise PermissionDenied(_("You cannot verify your own role."))
    existing = Verification.objects.active().filter(user=user, role=role, partner=partner).first()
    if existing:
        existing.expires_at = expires_at
        existing.note = note or existing.note
        existing.save(update_fields=["expires_at", "note"])
        return existing
    verification = Verification.objects.create(
        user=user, role=role, partner=partner, granted_by=granted_by, expires_at=expires_at, note=note
    )
    notification_send(user, "account.verification", reverse("accounts:profile"))
    plugins.call("verification_changed", user=user)
    return verification


@transaction.atomic
def verification_update(*, verification, changed_by, expires_at, note):
    if not user_can_verify_for(changed_by, verification.partner):
        raise PermissionDenied(
            _("Only an administrator of %(partner)s can change its verifications.") % {"partner": verification.partner}
        )
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError(_("The expiry date must lie in the future."))
    verification.expires_at = expires_at
    verification.note = note
    verification.save(update_fields=["expires_at", "note"])
    plugins.call("verification_changed", user=verification.user)
    return verification


@transaction.atomic
def verification_revoke(*, verification, revoked_by):
    if not user_can_verify_for(revoked_by, verification.partner):
        raise PermissionDenied(
            _("Only an administrator of %(partner)s can revoke its verifications.") % {"partner": verification.partner}
        )
    if verification.revoked_at is None:
        verification.revoked_at = timezone.now()
        verification.revoked_by = revoked_by
        verification.save(update_fields=["revoked_at", "revoked_by"])
        notification_send(verification.user, "account.verification", reverse("accounts:profile"))
        plugins.call("verification_changed", user=verification.user)
    return verification
