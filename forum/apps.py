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
        from django.core.checks import register

        from community.files import private_media_root_check
        from community.navigation import feature_register
        from community.notifications.kinds import Delivery, kind_register
        from forum import (
            checks,  # noqa: F401  (registers the system checks)
            receivers,  # noqa: F401  (connects machina's signals to our services)
        )
        from forum.attachments import (
            attachment_storage_install,
            attachment_validators_install,
        )
        from forum.forms import post_length_validator_install

        feature_register("forum", url_name="forum:index")
        kind_register(
            "forum.reply",
            label=_("Replies in forum topics you follow"),
            title=_("There is a new reply in a forum topic you follow"),
            default_delivery=Delivery.DIGEST,
        )
        kind_register(
            "forum.new_topic",
            label=_("New topics in forums you follow"),
            title=_("There is a new topic in a forum you follow"),
            default_delivery=Delivery.DIGEST,
        )
        kind_register(
            "forum.moderation",
            label=_("Messages from the forum moderators"),
            title=_("A forum moderator has a message for you"),
            default_delivery=Delivery.IMMEDIATE,
        )
        attachment_validators_install()
        attachment_storage_install()
        # A core check (community/files.py), registered here until the core has an app config for it.
        register(private_media_root_check, "security")
        post_length_validator_install()
        from forum.integrations import integrations_register

        integrations_register()
