"""Wagtail admin: partner editors keep their own organisation's helper profiles (who can be found by
matching, for what). The same partner-owned rule as the social map's records: another partner's
profile is not found, and the form offers only one's own partner and its verified people."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.permissions import register_permission_policy

from community.accounts.roles import active_verified_verifications
from community.partners.admin_policy import PartnerOwnedPolicy
from community.partners.models import PartnerOrganisation
from socialmap.admin_views import OwnRecordViewSet
from socialmap.forms import guard_id_choices
from socialmap.matching.models import HelperProfile


class HelperProfilePolicy(PartnerOwnedPolicy):
    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        return action in {"add", "change", "view", "delete"} and PartnerOrganisation.objects.edited_by(user).exists()

    def owned_by(self, user):
        return HelperProfile.objects.editable_by(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(partner_memberships__isnull=False), is_active=True)
            .distinct()
        )


helper_profile_policy = HelperProfilePolicy(HelperProfile)
register_permission_policy(HelperProfile, helper_profile_policy)


class HelperProfileForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        partners = PartnerOrganisation.objects.edited_by(for_user) if for_user else PartnerOrganisation.objects.none()
        self.fields["partner"].queryset = partners
        verified = active_verified_verifications().filter(partner__in=partners).values("user_id")
        self.fields["user"].queryset = get_user_model().objects.filter(pk__in=verified, is_active=True)
        self.fields["user"].help_text = _(
            "Only people your organisation verified as professional or experience expert."
        )
        for name in ("categories", "areas_served", "languages"):
            self.fields[name].widget = forms.CheckboxSelectMultiple(choices=self.fields[name].choices)
        guard_id_choices(self)

    def clean(self):
        cleaned = super().clean()
        user, partner = cleaned.get("user"), cleaned.get("partner")
        if user and partner and not active_verified_verifications().filter(user=user, partner=partner).exists():
            self.add_error("user", _("This person is not verified by this organisation."))
        minimum, maximum = cleaned.get("minimum_age"), cleaned.get("maximum_age")
        if minimum is not None and maximum is not None and minimum > maximum:
            self.add_error("maximum_age", _("The maximum age must be at least the minimum age."))
        return cleaned


class HelperProfileViewSet(OwnRecordViewSet):
    name = "matching_helpers"
    url_prefix = "matching/helpers"
    model = HelperProfile
    base_form_class = HelperProfileForm
    icon = "user"
    menu_label = _("Helpers for matching")
    menu_order = 260
    add_to_admin_menu = True
    permission_policy = helper_profile_policy
    list_display = ["user", "partner", "active", "updated_at"]
    list_filter = ["active", "partner"]
    search_fields = ["user__pseudonym", "intro"]
    panels = [
        FieldRowPanel([FieldPanel("partner"), FieldPanel("user")]),
        FieldPanel("intro"),
        FieldPanel("categories"),
        MultiFieldPanel(
            [
                FieldPanel("target_group"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("areas_served"),
            ],
            heading=_("For whom and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("gender"),
                FieldRowPanel([FieldPanel("delivery"), FieldPanel("is_free")]),
            ],
            heading=_("How"),
        ),
        FieldPanel("active"),
    ]
