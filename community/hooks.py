"""The core's own hook implementations: it registers exactly like every feature and outside plugin."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, ExportSection, NavItem, Plugin, RelatedItem, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="community",
    version=wijkplein_version(),
    description="Accounts, roles, partners, information pages, topics and notifications.",
    builtin=True,
)


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "information",
            _("Information"),
            _("Reliable information about raising children, stress, sleep and more."),
            url=reverse("information-index"),
            order=10,
            icon="book",
        ),
        NavItem(
            "topics",
            _("Topics"),
            _("Everything about one theme together."),
            url=reverse("topic-index"),
            order=15,
            on_home=False,
        ),
        # The live chat is the next feature; until it registers itself it is shown as coming soon.
        NavItem(
            "chat", _("Chat"), _("Chat live with an experience expert or a professional."), order=40, icon="bubble"
        ),
    ]


@hookimpl
def notification_kinds():
    from community.notifications.kinds import Delivery, NotificationKind

    return [
        NotificationKind(
            "account.verification",
            label=_("Changes to your verified role"),
            title=_("Your verified role has changed"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "platform.announcement",
            label=_("News from Wijkplein"),
            title=_("There is news on Wijkplein"),
            default_delivery=Delivery.DIGEST,
        ),
    ]


@hookimpl
def related_content(subject, request):
    """Information pages about the subject's topics."""
    from community.pages.models import InformationPage

    if "information" in subject.exclude or not subject.topics:
        return []
    pages = InformationPage.objects.live().public().filter(topics__in=subject.topics).distinct()
    if subject.kind == "information" and subject.obj is not None:
        pages = pages.exclude(pk=subject.obj.pk)
    return [
        RelatedItem(title=page.title, url=page.get_url(request), kind="information", text=page.intro)
        for page in pages.order_by("title")[:3]
    ]


@hookimpl
def partner_provision(partner):
    """The partner's editor group and its section of information pages (always first)."""
    from community.partners.services import partner_provision as provision
    from community.partners.services import partner_sync_editor_group

    provision(partner)
    partner_sync_editor_group(partner)


@hookimpl
def demo_data(stdout):
    from community.pages.management.commands.seed_demo import core_demo_load

    core_demo_load(stdout)


@hookimpl
def system_checks(app_configs, deploy):
    from community.checks import check_community_deploy_settings, check_community_settings
    from community.files import private_media_root_check

    if deploy:
        return check_community_deploy_settings(app_configs)
    return [*check_community_settings(app_configs), *private_media_root_check(app_configs)]


@hookimpl
def personal_data_export(user):
    return [
        ExportSection(
            "account",
            _("Account and profile"),
            {
                "pseudonym": user.pseudonym,
                "email": user.email,
                "date_joined": user.date_joined.isoformat(),
                "last_login": user.last_login.isoformat() if user.last_login else None,
                "language": getattr(user, "language", ""),
                "bio": getattr(user, "bio", ""),
                "verifications": [
                    {
                        "role": verification.role,
                        "partner": str(verification.partner),
                        "granted_at": verification.granted_at.isoformat(),
                        "revoked_at": verification.revoked_at.isoformat() if verification.revoked_at else None,
                    }
                    for verification in user.verifications.select_related("partner")
                ],
            },
        )
    ]


@hookimpl
def aggregate_counts(since, until):
    from django.contrib.auth import get_user_model

    from community.pages.models import InformationPage

    return [
        Count(
            "community.new_members",
            _("New members"),
            get_user_model().objects.filter(date_joined__gte=since, date_joined__lt=until).count(),
        ),
        Count("community.information_pages", _("Published information pages"), InformationPage.objects.live().count()),
    ]
