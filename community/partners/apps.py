from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "community.partners"
    label = "partners"
    verbose_name = _("Partner organisations")
    default_auto_field = "django.db.models.BigAutoField"
