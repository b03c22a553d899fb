from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SelfhelpConfig(AppConfig):
    name = "selfhelp"
    label = "selfhelp"
    verbose_name = _("Self-help courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community.navigation import feature_register
        from community.notifications.kinds import Delivery, kind_register
        from selfhelp import checks  # noqa: F401  (registers the system checks)

        feature_register("selfhelp", url_name="selfhelp:index")
        kind_register(
            "selfhelp.feedback",
            label=_("Feedback from your coach on a course exercise"),
            title=_("Your coach has given you feedback"),
            default_delivery=Delivery.IMMEDIATE,
        )
