"""The agenda is a Django app, so Wijkplein adds it to INSTALLED_APPS when the package is installed."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "wijkplein_agenda"
    label = "wijkplein_agenda"
    verbose_name = _("Neighbourhood agenda")
    default_auto_field = "django.db.models.BigAutoField"
