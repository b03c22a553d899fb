"""Partner organisations, neighbourhoods and provider applications in the Wagtail admin (for site administrators)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import plugins
from community.partners.admin_views import ProviderApplicationViewSet
from community.partners.models import Neighbourhood, PartnerOrganisation


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "website"]
    search_fields = ["name"]


class NeighbourhoodViewSet(SnippetViewSet):
    model = Neighbourhood
    icon = "site"
    menu_label = _("Neighbourhoods")


class PartnerGroup(SnippetViewSetGroup):
    items = (PartnerOrganisationViewSet, NeighbourhoodViewSet, ProviderApplicationViewSet)
    menu_icon = "group"
    menu_label = _("Partners")
    menu_name = "partners"


register_snippet(PartnerGroup)


@hooks.register("before_delete_snippet")
def refuse_partner_deletion(request, instances):
    """A partner's pages, verifications and people hang from it: archive by hand, never delete here."""
    partners = [instance for instance in instances if isinstance(instance, PartnerOrganisation)]
    if partners:
        messages.error(
            request,
            _(
                "A partner organisation cannot be deleted here: its pages, verified roles and people depend on it. "
                "Move or unpublish its pages and revoke its verifications first, then ask a developer."
            ),
        )
        return redirect("wagtailsnippets_partners_partnerorganisation:list")
    return None


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def provision_partner_after_save(request, instance):
    """Every feature sets up its part for the partner, in the plugins' declared order (core first)."""
    if isinstance(instance, PartnerOrganisation):
        plugins.call("partner_provision", partner=instance)


# --- The provider report (community/partners/reports.py) ----------------------------------------


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        from community.partners.reports import may_see_reports

        return may_see_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    from community.partners.reports import partner_report_view

    return [path("rapportage/", partner_report_view, name="partner_report")]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        pgettext_lazy("figures per period", "Report"), reverse("partner_report"), icon_name="doc-full", order=270
    )
