from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PluginsConfig(AppConfig):
    name = "plugins"
    label = "plugins"
    verbose_name = _("Plugins")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins import checks, state  # noqa: F401  (system checks; cache invalidation on save)
        from plugins.manager import registry

        registry.load()
