"""The Plugins screen under Settings, and a notice on the admin dashboard when a plugin has a problem."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from plugins.admin_views import may_manage, plugin_edit, plugin_list
from plugins.manager import registry


@hooks.register("register_admin_urls")
def register_plugin_urls():
    urls = [path("", plugin_list, name="list"), path("<str:name>/", plugin_edit, name="edit")]
    return [path("plugins/", include((urls, "plugins_admin"), namespace="plugins_admin"))]


class PluginsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_manage(request.user)


@hooks.register("register_settings_menu_item")
def register_plugins_menu_item():
    return PluginsMenuItem(_("Plugins"), reverse("plugins_admin:list"), icon_name="cogs", order=900)


class PluginProblemsPanel(Component):
    name = "plugin_problems"
    order = 50
    template_name = "plugins/admin/problems_panel.html"

    def __init__(self, problems):
        self.problems = problems

    def get_context_data(self, parent_context=None):
        return {"problems": self.problems, "url": reverse("plugins_admin:list")}


@hooks.register("construct_homepage_panels")
def plugin_problems_panel(request, panels):
    if not may_manage(request.user):
        return
    registry.load()
    problems = [(record.name, problem) for record in registry.records.values() for problem in record.problems]
    problems += [(name, f"{failure['hook']}: {failure['error']}") for name, failure in registry.failures().items()]
    if problems:
        panels.append(PluginProblemsPanel(problems))
