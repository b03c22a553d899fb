"""The private mailbox: a member writes to a provider organisation; its verified professionals answer."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailboxConfig(AppConfig):
    name = "socialmap.mailbox"
    label = "mailbox"
    verbose_name = _("Private mailbox")
    default_auto_field = "django.db.models.BigAutoField"
