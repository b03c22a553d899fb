from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "community.privacy"
    label = "privacy"
    verbose_name = _("Privacy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import pre_delete

        from community.privacy import receivers
        from community.privacy.services import guard_user_delete

        pre_delete.connect(guard_user_delete, sender=get_user_model(), dispatch_uid="privacy_guard_user_delete")
        user_logged_in.connect(receivers.cancel_erasure_on_login, dispatch_uid="privacy_cancel_on_login")
