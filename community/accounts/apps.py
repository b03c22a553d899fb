from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "community.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"


class WijkpleinUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with our pseudonym field in its forms."""

    user_viewset = "community.accounts.viewsets.UserViewSet"
