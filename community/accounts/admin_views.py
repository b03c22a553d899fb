"""The Wagtail admin screen where a partner's administrator verifies and revokes roles."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from community.accounts.models import Verification
from community.accounts.services import (
    verification_grant,
    verification_revoke,
    verification_update,
)
from community.partners.admin_policy import PartnerOwnedObjectMixin, PartnerOwnedPolicy
from community.partners.models import PartnerMembership, PartnerOrganisation


class VerificationPermissionPolicy(PartnerOwnedPolicy):
    """Partner administrators see and manage their own partner's verifications; nothing is deleted."""

    def __init__(self):
        super().__init__(Verification)

    @staticmethod
    def _administers_a_partner(user):
        if not user.is_active or not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        return PartnerMembership.objects.filter(user=user, is_admin=True).exists()

    def user_has_permission(self, user, action):
        return action in {"add", "change", "view"} and self._administers_a_partner(user)

    def owned_by(self, user):
        return Verification.objects.granted_by_partners_of(user)

    def users_with_any_permission(self, actions):
        if not set(actions) & {"add", "change", "view"}:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(partner_memberships__is_admin=True), is_active=True)
            .distinct()
        )


verification_policy = VerificationPermissionPolicy()
register_permission_policy(Verification, verification_policy)


# The same answer whether or not the address has an account: a partner's administrator must not
# be able to find out who is a member of Wijkplein by trying addresses.
NEUTRAL_GRANT_MESSAGE = _(
    "If a member with this email address exists, the verification has been recorded and the member has been notified."
)


class VerificationCreateForm(WagtailAdminModelForm):
    member_email = forms.EmailField(
        label=_("Email address of the member"),
        help_text=_(
            "The address the member uses on Wijkplein. For their privacy you will not be told whether "
            "it has an account; the member is notified of the verification."
        ),
    )

    class Meta:
        model = Verification
        fields = ["role", "partner", "expires_at", "note"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.fields["partner"].queryset = PartnerOrganisation.objects.administered_by(for_user)

    def clean_member_email(self):
        """Look the member up, but never say whether one was found (see NEUTRAL_GRANT_MESSAGE)."""
        email = self.cleaned_data["member_email"]
        self.member = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        return email

    def clean_expires_at(self):
        # Checked here as well as in verification_grant, so the error never depends on the address.
        expires_at = self.cleaned_data.get("expires_at")
        if expires_at is not None and expires_at <= timezone.now():
            raise ValidationError(_("The expiry date must lie in the future."))
        return expires_at


class VerificationEditForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        label=_("Revoke this verification"),
        required=False,
        help_text=_("The badge disappears at once. The record stays for the history."),
    )

    class Meta:
        model = Verification
        fields = ["expires_at", "note"]


class VerificationCreateView(generic.CreateView):
    """Grants the verification if the address belongs to an active member; answers the same either way."""

    def save_instance(self):
        data = self.form.cleaned_data
        try:
            return verification_grant(
                granted_by=self.request.user,
                user=self.form.member,
                role=data["role"],
                partner=data["partner"],
                expires_at=data.get("expires_at"),
                note=data.get("note", ""),
            )
        except (PermissionDenied, ValidationError) as error:
            raise _FormError(error) from error

    def form_valid(self, form):
        self.form = form
        if form.member is not None:
            try:
                with transaction.atomic():
                    self.object = self.save_instance()
            except _FormError as error:
                # Only errors that do not depend on whether the address exists reach this point
                # (your own address, a partner you do not administer).
                form.add_error(None, error.message)
                return self.form_invalid(form)
        messages.success(self.request, NEUTRAL_GRANT_MESSAGE)
        return redirect(self.get_success_url())


class VerificationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return Verification.objects.granted_by_partners_of(self.request.user).select_related("user", "partner")


class VerificationEditView(PartnerOwnedObjectMixin, generic.EditView):
    def save_instance(self):
        data = self.form.cleaned_data
        try:
            if data.get("revoke"):
                return verification_revoke(verification=self.object, revoked_by=self.request.user)
            return verification_update(
                verification=self.object,
                changed_by=self.request.user,
                expires_at=data.get("expires_at"),
                note=data.get("note", ""),
            )
        except (PermissionDenied, ValidationError) as error:
            raise _FormError(error) from error

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except _FormError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)


class VerificationHistoryView(PartnerOwnedObjectMixin, history.HistoryView):
    pass


class VerificationUsageView(PartnerOwnedObjectMixin, usage.UsageView):
    pass


class _FormError(Exception):
    def __init__(self, error):
        self.message = " ".join(getattr(error, "messages", None) or [str(error)])
        super().__init__(self.message)


class VerificationViewSet(ModelViewSet):
    model = Verification
    icon = "tick-inverse"
    menu_label = _("Verified roles")
    menu_order = 610
    add_to_admin_menu = True
    index_view_class = VerificationIndexView
    add_view_class = VerificationCreateView
    edit_view_class = VerificationEditView
    list_display = ["user", "role", "partner", "granted_at", "expires_at", "revoked_at"]
    list_filter = ["role", "partner"]
    search_fields = ["user__pseudonym", "user__email"]
    inspect_view_enabled = False
    # Copy would bypass verification_grant; history and usage are limited to the own partner.
    copy_view_enabled = False
    history_view_class = VerificationHistoryView
    usage_view_class = VerificationUsageView

    def get_form_class(self, for_update=False):
        return VerificationEditForm if for_update else VerificationCreateForm


verification_viewset = VerificationViewSet("verifications")
