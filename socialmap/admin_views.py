"""Wagtail admin screens: partner editors keep their own organisation's services and locations current.

The permission policies carry the rule "only your own organisation" for every action (the core's
partner-owned rule, community/partners/admin_policy.py); the views use them for the index
(filtered queryset), the edit/delete/history/usage URLs (404 for another organisation's record)
and the choices in the forms, so a guessed URL or a forged POST cannot reach another partner's records.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.gis import forms as gis_forms
from django.contrib.gis.geos import Point as GeosPoint
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from leaflet.forms.widgets import LeafletWidget
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from community.partners.admin_policy import PartnerOwnedObjectMixin, PartnerOwnedPolicy
from socialmap.forms import IdGuardFormMixin, guard_id_choices
from socialmap.models import Category, Language, Location, Organization, Service, Taxonomy
from socialmap.services import location_save

# Websites typed without a scheme are https (Django 6's default; silences its deprecation warning).
register_form_field_override(models.URLField, override={"assume_scheme": "https"})


class OwnOrganisationPolicy(PartnerOwnedPolicy):
    """Superusers do everything; partner editors act only on records of their own organisation.

    `creatable` / `deletable` say whether editors may add or delete this kind of record at all
    (organisations are created and linked by site administrators).
    """

    creatable = True
    deletable = True

    @staticmethod
    def _edits_an_organisation(user):
        if not (user.is_authenticated and user.is_active):
            return False
        return Organization.objects.editable_by(user).exists()

    def _actions_for_editors(self):
        actions = {"change", "view"}
        if self.creatable:
            actions.add("add")
        if self.deletable:
            actions.add("delete")
        return actions

    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        return action in self._actions_for_editors() and self._edits_an_organisation(user)

    def owned_by(self, user):
        return self.model._default_manager.editable_by(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True) | Q(partner_memberships__partner__socialmap_organization__isnull=False),
                is_active=True,
            )
            .distinct()
        )


class OrganizationPolicy(OwnOrganisationPolicy):
    creatable = False
    deletable = False


organization_policy = OrganizationPolicy(Organization)
location_policy = OwnOrganisationPolicy(Location)
service_policy = OwnOrganisationPolicy(Service)
for _model, _policy in ((Organization, organization_policy), (Location, location_policy), (Service, service_policy)):
    register_permission_policy(_model, _policy)


class IdGuardFilterSet(WagtailFilterSet):
    """Index filters whose choices are records: an out-of-range id in the query string is ignored
    like any invalid filter value instead of a 500."""

    def get_form_class(self):
        base = super().get_form_class()
        return type(base.__name__, (IdGuardFormMixin, base), {})


class OwnRecordsIndexView(generic.IndexView):
    base_filterset_class = IdGuardFilterSet

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["change", "view"])


# Edit, delete, history and usage (which shows a record's name and log) of one record: another
# organisation's record is not found, whatever the URL says (PartnerOwnedObjectMixin).


class OwnRecordEditView(PartnerOwnedObjectMixin, generic.EditView):
    pass


class OwnRecordDeleteView(PartnerOwnedObjectMixin, generic.DeleteView):
    instance_action = "delete"


class OwnRecordHistoryView(PartnerOwnedObjectMixin, history.HistoryView):
    pass


class OwnRecordUsageView(PartnerOwnedObjectMixin, usage.UsageView):
    pass


class _OwnOrganisationFormMixin:
    """Limits every choice of an organisation-owned record (organisation, location, service) to the
    editor's own: the options shown and, since a choice outside the queryset is invalid, what a
    forged POST may pick. Without a user there is nothing to choose."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and hasattr(queryset, "editable_by"):
                field.queryset = queryset.editable_by(for_user) if for_user is not None else queryset.none()
        guard_id_choices(self)  # an id beyond the database's integer range is an error, not a 500


class OwnRecordsInlinePanel(InlinePanel):
    """An InlinePanel whose row forms restrict their choices like the parent form does.

    The rows' form class gets _OwnOrganisationFormMixin and the formset passes the parent's
    `for_user` to every row form it builds: existing rows, new rows and `empty_form`, the template
    the page copies for "add a location" (setting a queryset on `formset.empty_form` only changes a
    throwaway copy: every access builds a new form).
    """

    def get_form_options(self):
        options = super().get_form_options()
        formset_options = options["formsets"][self.relation_name]
        base = formset_options.get("form") or WagtailAdminModelForm
        formset_options["form"] = type(base)(f"OwnRecords{base.__name__}", (_OwnOrganisationFormMixin, base), {})
        formset_options["inherit_kwargs"] = ["for_user"]
        return options


class OrganizationForm(IdGuardFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not for_user.is_superuser:
            # Linking an organisation to a partner decides who may edit it: administrators only.
            self.fields.pop("partner", None)


class MapPointWidget(LeafletWidget):
    include_media = True
    geom_type = "POINT"
    map_width = "100%"
    map_height = "360px"


class LocationForm(_OwnOrganisationFormMixin, WagtailAdminModelForm):
    point = gis_forms.PointField(
        label=_("Place on the map"),
        required=False,
        srid=4326,
        widget=MapPointWidget(),
        help_text=_(
            "Leave empty and we look up the address. Drag or place the pin when the address is not found "
            "or the entrance is somewhere else."
        ),
    )

    class Meta:
        model = Location
        fields = [
            "organization",
            "name",
            "description",
            "address_1",
            "postal_code",
            "city",
            "neighbourhood",
            "transportation",
            "wheelchair_accessible",
            "accessibility",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if (
            self.instance.pk
            and self.instance.geocode_status == Location.GeocodeStatus.MANUAL
            and self.instance.has_point
        ):
            self.initial["point"] = GeosPoint(float(self.instance.longitude), float(self.instance.latitude), srid=4326)
        if self.instance.pk and self.instance.geocode_status == Location.GeocodeStatus.FAILED:
            # Tell the editor why the address gave no pin, right above the map where they can fix it.
            self.fields["point"].help_text = format_lazy(
                "{problem} {hint}", problem=self.instance.geocode_error, hint=_("Place the pin on the map yourself.")
            )

    def clean_point(self):
        point = self.cleaned_data.get("point")
        if point is None:
            return None
        from socialmap.geocoding import in_netherlands

        if not in_netherlands(point.y, point.x):
            raise ValidationError(_("This point is outside the Netherlands. Place the pin in or near Deventer."))
        return point


class LocationCreateView(generic.CreateView):
    def save_instance(self):
        return _save_location(self.form, address_changed=True)


class LocationEditView(OwnRecordEditView):
    def save_instance(self):
        changed = {"address_1", "postal_code", "city"} & set(self.form.changed_data)
        return _save_location(self.form, address_changed=bool(changed))


def _save_location(form, *, address_changed):
    location = form.save(commit=False)
    point = form.cleaned_data.get("point")
    manual = (point.y, point.x) if point is not None and "point" in form.changed_data else None
    if manual is None and point is None and location.geocode_status == Location.GeocodeStatus.MANUAL:
        # The editor removed the pin: look the address up again.
        location.geocode_status = Location.GeocodeStatus.PENDING
        address_changed = True
    return location_save(location=location, manual_point=manual, address_changed=address_changed)


class ServiceForm(_OwnOrganisationFormMixin, WagtailAdminModelForm):
    # The location rows are restricted by OwnRecordsInlinePanel / OwnRecordsChildForm.

    def clean(self):
        cleaned = super().clean()
        organization = cleaned.get("organization")
        formset = self.formsets.get("service_at_locations")
        if organization and formset is not None:
            for form in formset.forms:
                location = form.cleaned_data.get("location") if hasattr(form, "cleaned_data") else None
                if location and location.organization_id != organization.pk and not form.cleaned_data.get("DELETE"):
                    form.add_error("location", _("Choose a location of the same organisation."))
        minimum, maximum = cleaned.get("minimum_age"), cleaned.get("maximum_age")
        if minimum is not None and maximum is not None and minimum > maximum:
            self.add_error("maximum_age", _("The maximum age must be at least the minimum age."))
        return cleaned


class OwnRecordViewSet(ModelViewSet):
    """A social-map record that partner editors see and change only for their own organisation."""

    index_view_class = OwnRecordsIndexView
    edit_view_class = OwnRecordEditView
    delete_view_class = OwnRecordDeleteView
    history_view_class = OwnRecordHistoryView
    usage_view_class = OwnRecordUsageView
    inspect_view_enabled = False
    copy_view_enabled = False  # a copy would skip the own-organisation checks
    base_form_class = None
    panels = []

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=self.base_form_class).bind_to_model(self.model)


class OrganizationViewSet(OwnRecordViewSet):
    name = "socialmap_organizations"
    url_prefix = "socialmap/organizations"
    model = Organization
    base_form_class = OrganizationForm
    icon = "group"
    menu_label = _("Organisations")
    permission_policy = organization_policy
    list_display = ["name", "partner", "website"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("website"), FieldPanel("phone")], heading=_("Contact")),
        FieldPanel("partner"),
    ]


class LocationViewSet(OwnRecordViewSet):
    name = "socialmap_locations"
    url_prefix = "socialmap/locations"
    model = Location
    base_form_class = LocationForm
    icon = "site"
    menu_label = _("Locations")
    permission_policy = location_policy
    add_view_class = LocationCreateView
    edit_view_class = LocationEditView
    list_display = ["name", "address_1", "organization", "geocode_summary"]
    list_filter = ["geocode_status", "neighbourhood"]
    search_fields = ["name", "address_1", "postal_code"]
    panels = [
        FieldPanel("organization"),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address_1"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("neighbourhood"),
            ],
            heading=_("Address"),
        ),
        FieldPanel("point"),
        FieldPanel("transportation"),
        MultiFieldPanel([FieldPanel("wheelchair_accessible"), FieldPanel("accessibility")], heading=_("Accessibility")),
    ]


class ServiceViewSet(OwnRecordViewSet):
    name = "socialmap_services"
    url_prefix = "socialmap/services"
    model = Service
    base_form_class = ServiceForm
    icon = "help"
    menu_label = _("Services")
    permission_policy = service_policy
    list_display = ["name", "organization", "published", "status", "updated_at"]
    list_filter = ["published", "status", "categories"]
    search_fields = ["name", "description"]
    panels = [
        FieldPanel("organization"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("target_group"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("eligibility_description"),
            ],
            heading=_("For whom"),
        ),
        MultiFieldPanel([FieldPanel("is_free"), FieldPanel("fees_description")], heading=_("Costs")),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("areas_served", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("delivery"), FieldPanel("helper_kind")]),
            ],
            heading=_("For matching"),
        ),
        MultiFieldPanel(
            [FieldPanel("url"), FieldPanel("email"), FieldPanel("application_process")], heading=_("Contact")
        ),
        InlinePanel("phones", label=_("Phone number")),
        InlinePanel("schedules", label=_("Opening hours")),
        OwnRecordsInlinePanel("service_at_locations", label=_("Location"), min_num=0),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("published")], heading=_("Publication")),
    ]


class CategoryViewSet(ModelViewSet):
    name = "socialmap_categories"
    url_prefix = "socialmap/categories"
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "slug", "topic"]
    form_fields = ["name", "slug", "code", "description", "topic", "taxonomy", "parent", "sort_order"]
    inspect_view_enabled = False


class LanguageViewSet(ModelViewSet):
    name = "socialmap_languages"
    url_prefix = "socialmap/languages"
    model = Language
    icon = "globe"
    menu_label = _("Languages")
    form_fields = ["code", "name"]
    inspect_view_enabled = False


class TaxonomyViewSet(ModelViewSet):
    name = "socialmap_taxonomies"
    url_prefix = "socialmap/taxonomies"
    model = Taxonomy
    icon = "list-ul"
    menu_label = _("Taxonomies")
    form_fields = ["name", "description", "uri", "version"]
    inspect_view_enabled = False

    def formfield_for_dbfield(self, db_field, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, **kwargs)


class SocialMapViewSetGroup(ModelViewSetGroup):
    items = (ServiceViewSet, LocationViewSet, OrganizationViewSet, CategoryViewSet, LanguageViewSet, TaxonomyViewSet)
    menu_icon = "site"
    menu_label = _("Social map")
    menu_name = "socialmap"
    menu_order = 250
