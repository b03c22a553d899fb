from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfhelpConfig(AppConfig):
    name = "selfhelp"
    label = "selfhelp"
    verbose_name = _("Self-help courses")
    default_auto_field = "django.db.models.BigAutoField"
