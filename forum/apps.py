"""The peer forum: django-machina wired into Wijkplein, with reports, moderation and notifications."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeerForumConfig(AppConfig):
    name = "forum"
    # machina's own forum app already has the label "forum"; two apps may not share one.
    label = "peer_forum"
    verbose_name = _("Peer forum")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from forum import receivers  # noqa: F401  (connects machina's signals to our services)
        from forum.attachments import (
            attachment_storage_install,
            attachment_validators_install,
        )
        from forum.forms import post_length_validator_install

        attachment_validators_install()
        attachment_storage_install()
        post_length_validator_install()
