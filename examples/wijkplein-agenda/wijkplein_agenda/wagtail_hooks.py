"""Activities in the Wagtail admin: partner editors manage only their own organisation's.

Two rules together: the Django permissions on Activity, which `partner_provision` gives a partner's
editor group only where the plugin is enabled for that partner; and ownership, through Wijkplein's
one admin rule for partner-owned records (`community.partners.admin_policy`): the index shows only
one's own, another partner's activity is a 404 like one that does not exist, and the form's partner
choices are one's own. A guessed URL or a forged POST cannot reach another organisation's activities.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

import plugins
from community.partners.admin_policy import PartnerOwnedObjectMixin, PartnerOwnedPolicy
from community.partners.models import PartnerOrganisation
from wijkplein_agenda.models import Activity


def partners_for(user):
    """The partner organisations whose activities `user` may manage (the plugin on for them)."""
    if not (user.is_authenticated and user.is_active):
        return PartnerOrganisation.objects.none()
    partners = PartnerOrganisation.objects.edited_by(user)
    if user.is_superuser:
        return partners
    allowed = [partner.pk for partner in partners if plugins.is_enabled("agenda", partner=partner)]
    return PartnerOrganisation.objects.filter(pk__in=allowed)


class OwnActivityPolicy(PartnerOwnedPolicy):
    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        return user.has_perm(f"wijkplein_agenda.{action}_activity") and partners_for(user).exists()

    def owned_by(self, user):
        return Activity.objects.of_partners(partners_for(user))


activity_policy = OwnActivityPolicy(Activity)
register_permission_policy(Activity, activity_policy)


class ActivityForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        # Choices outside the queryset are invalid, so a forged POST cannot pick another partner.
        partners = partners_for(for_user) if for_user is not None else PartnerOrganisation.objects.none()
        self.fields["partner"].queryset = partners.order_by("name")
        if partners.count() == 1 and not self.instance.pk:
            self.fields["partner"].initial = partners.first().pk


class ActivityIndexView(generic.IndexView):
    def get_base_queryset(self):
        return activity_policy.instances_user_has_any_permission_for(self.request.user, ["change", "view"])


class ActivityEditView(PartnerOwnedObjectMixin, generic.EditView):
    pass


class ActivityDeleteView(PartnerOwnedObjectMixin, generic.DeleteView):
    instance_action = "delete"


class ActivityHistoryView(PartnerOwnedObjectMixin, history.HistoryView):
    pass


class ActivityUsageView(PartnerOwnedObjectMixin, usage.UsageView):
    pass


class ActivityViewSet(ModelViewSet):
    name = "agenda_activities"
    url_prefix = "agenda/activities"
    model = Activity
    icon = "date"
    menu_label = _("Agenda")
    menu_order = 350
    add_to_admin_menu = True
    permission_policy = activity_policy
    index_view_class = ActivityIndexView
    edit_view_class = ActivityEditView
    delete_view_class = ActivityDeleteView
    history_view_class = ActivityHistoryView
    usage_view_class = ActivityUsageView
    inspect_view_enabled = False
    copy_view_enabled = False  # a copy would skip the own-organisation checks
    list_display = ["title", "starts_at", "partner", "neighbourhood", "published", "coming_count"]
    list_filter = ["published", "neighbourhood", "topic"]
    search_fields = ["title", "description"]
    ordering = ["-starts_at"]

    panels = [
        FieldPanel("partner"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [FieldPanel("location"), FieldPanel("neighbourhood"), FieldPanel("online_url")], heading=_("Where")
        ),
        FieldPanel("topic"),
        FieldPanel("is_free"),
        FieldPanel("published"),
    ]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=ActivityForm).bind_to_model(self.model)


@hooks.register("register_admin_viewset")
def register_activity_viewset():
    return ActivityViewSet()
