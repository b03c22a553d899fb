"""Activities in the Wagtail admin: partner editors manage only their own organisation's.

Two rules together: the Django permissions on Activity, which `partner_provision` gives a partner's
editor group only where the plugin is enabled for that partner; and ownership, through
`PartnerOrganisation.objects.edited_by(user)`, in one permission policy that the index (queryset),
edit/delete/history (PermissionDenied) and the form's partner choices all use. A guessed URL or a
forged POST cannot reach another organisation's activities.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

import plugins
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


class OwnActivityPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        return super().user_has_permission(user, action) and partners_for(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return user.is_superuser or partners_for(user).filter(pk=instance.partner_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return Activity.objects.none()
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


class OwnActivityMixin:
    instance_action = "change"

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not activity_policy.user_has_permission_for_instance(self.request.user, self.instance_action, instance):
            raise PermissionDenied
        return instance


class ActivityEditView(OwnActivityMixin, generic.EditView):
    pass


class ActivityDeleteView(OwnActivityMixin, generic.DeleteView):
    instance_action = "delete"


class ActivityHistoryView(OwnActivityMixin, history.HistoryView):
    pass


class ActivityUsageView(OwnActivityMixin, usage.UsageView):
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
