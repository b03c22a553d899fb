"""Which plugin is on for which site (and, optionally, only for some partner organisations)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PluginSetting(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="plugin_settings")
    plugin = models.CharField(_("plugin"), max_length=100)
    enabled = models.BooleanField(_("enabled"), default=False)
    partners = models.ManyToManyField(
        "partners.PartnerOrganisation",
        blank=True,
        related_name="plugin_settings",
        verbose_name=_("only for these partner organisations"),
        help_text=_("Leave empty to enable the plugin for every partner organisation."),
    )
    settings = models.JSONField(_("settings"), default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("plugin setting")
        verbose_name_plural = _("plugin settings")
        constraints = [models.UniqueConstraint(fields=["site", "plugin"], name="plugins_one_setting_per_site")]

    def __str__(self):
        return f"{self.plugin} @ {self.site_id}"
