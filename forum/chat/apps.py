"""Live chat: hosted group rooms ("praatgroep") and a 1:1 chat with a professional (Django Channels)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "forum.chat"
    label = "chat"
    verbose_name = _("Chat")
    default_auto_field = "django.db.models.BigAutoField"
