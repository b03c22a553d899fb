"""Live chat: hosted group rooms ("praatgroep") and a 1:1 chat with a professional (Django Channels)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "forum.chat"
    label = "chat"
    verbose_name = _("Chat")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from forum.chat.models import ChatSettings
        from forum.chat.services import CRISIS_CACHE_KEY

        def forget(**kwargs):
            from django.core.cache import cache

            cache.delete(CRISIS_CACHE_KEY)

        post_save.connect(forget, sender=ChatSettings, weak=False, dispatch_uid="chat-crisis-words")
