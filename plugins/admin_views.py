"""The Plugins screen in the Wagtail admin: what is installed, where it is on, its settings, its problems."""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from community.partners.models import PartnerOrganisation
from plugins import settings_errors
from plugins.manager import registry
from plugins.models import PluginSetting

PERMISSION = "plugins.change_pluginsetting"


def may_manage(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


def _guard(request):
    if not may_manage(request.user):
        raise PermissionDenied


def _site(request):
    sites = list(Site.objects.order_by("-is_default_site", "hostname"))
    chosen = request.GET.get("site") or request.POST.get("site")
    for site in sites:
        if chosen and str(site.pk) == chosen:
            return site, sites
    return (sites[0] if sites else None), sites


def plugin_list(request):
    _guard(request)
    site, sites = _site(request)
    registry.load()
    rows = {row.plugin: row for row in PluginSetting.objects.filter(site=site).prefetch_related("partners")}
    failures = registry.failures()
    plugins = []
    for record in sorted(registry.records.values(), key=lambda r: (not r.builtin, r.name)):
        row = rows.get(record.name)
        plugins.append(
            {
                "record": record,
                "enabled": record.builtin or bool(row and row.enabled),
                "partners": list(row.partners.all()) if row else [],
                "failure": failures.get(record.name),
            }
        )
    return TemplateResponse(
        request,
        "plugins/admin/list.html",
        {"plugins": plugins, "site": site, "sites": sites, "header_icon": "cogs"},
    )


class PluginSettingForm(forms.Form):
    enabled = forms.BooleanField(label=gettext_lazy("Enabled on this site"), required=False)
    partners = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Only for these partner organisations"),
        help_text=gettext_lazy("Leave all unticked to enable the plugin for every partner organisation."),
        queryset=PartnerOrganisation.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    settings = forms.CharField(
        label=gettext_lazy("Settings (JSON)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
    )

    def __init__(self, *args, plugin_name, **kwargs):
        self.plugin_name = plugin_name
        super().__init__(*args, **kwargs)

    def clean_settings(self):
        raw = (self.cleaned_data.get("settings") or "").strip()
        if not raw:
            return {}
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            raise forms.ValidationError(
                _("This is not valid JSON (line %(line)d, column %(column)d): %(error)s")
                % {"line": error.lineno, "column": error.colno, "error": error.msg}
            ) from None
        if not isinstance(value, dict):
            raise forms.ValidationError(_('Settings must be a JSON object, like {"name": "value"}.'))
        problems = settings_errors(self.plugin_name, value)
        if problems:
            raise forms.ValidationError(problems)
        return value


def plugin_provision_partners(name):
    """A plugin switched on sets up its part for the partners that exist already (the hook is
    otherwise only called when a partner is saved). Gated per partner, like every provisioning."""
    for partner in PartnerOrganisation.objects.order_by("pk"):
        registry.call("partner_provision", partner=partner, only=name)


def plugin_edit(request, name):
    _guard(request)
    site, sites = _site(request)
    record = registry.load().record(name)
    if record is None:
        raise Http404("No such plugin")
    if record.builtin or not record.loaded:
        messages.error(
            request,
            _("Built-in features are always on.") if record.builtin else _("This plugin could not be loaded."),
        )
        return redirect(f"{reverse('plugins_admin:list')}?site={site.pk}")
    row = PluginSetting.objects.filter(site=site, plugin=name).first()
    initial = {
        "enabled": bool(row and row.enabled),
        "partners": list(row.partners.all()) if row else [],
        "settings": json.dumps(row.settings, indent=2, ensure_ascii=False) if row and row.settings else "",
    }
    if request.method == "POST":
        form = PluginSettingForm(request.POST, plugin_name=name)
        if form.is_valid():
            row = row or PluginSetting(site=site, plugin=name)
            row.enabled = form.cleaned_data["enabled"]
            row.settings = form.cleaned_data["settings"]
            row.save()
            row.partners.set(form.cleaned_data["partners"])
            registry.failures_clear(name)
            if row.enabled:
                plugin_provision_partners(name)
            state = _("enabled") if row.enabled else _("disabled")
            messages.success(
                request,
                _("Plugin %(name)s is now %(state)s on %(site)s.") % {"name": name, "state": state, "site": site},
            )
            return redirect(f"{reverse('plugins_admin:list')}?site={site.pk}")
        messages.error(request, _("The plugin's settings were not saved. Please correct the errors below."))
    else:
        form = PluginSettingForm(initial=initial, plugin_name=name)
    schema = record.info.settings_schema or {}
    return TemplateResponse(
        request,
        "plugins/admin/edit.html",
        {
            "record": record,
            "form": form,
            "site": site,
            "sites": sites,
            "schema": json.dumps(schema, indent=2, ensure_ascii=False) if schema else "",
            "failure": registry.failures().get(name),
        },
    )
