"""The core's own hook implementations: it registers exactly like every feature and outside plugin."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, ErasedItem, ExportSection, NavItem, Plugin, RelatedItem, hookimpl
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
    ]


@hookimpl
def account_menu_items(request):
    """For moderators: the moderation queue with the number of items waiting, always in the header."""
    from community.accounts.roles import is_moderator
    from community.moderation.selectors import pending_counts

    if not is_moderator(request.user):
        return []
    waiting, _overdue = pending_counts(request.user)
    return [
        NavItem(
            "moderation",
            _("Moderation"),
            _("Reports and texts waiting for a moderator."),
            url=reverse("moderation:queue"),
            count=waiting,
            prominent=True,
            order=10,
        )
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
            "partners.application",
            label=_("New provider applications (platform administrators)"),
            title=_("A provider application is waiting for review"),
            text=_("%(subject)s applies to become a provider"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "platform.announcement",
            label=_("News from Wijkplein"),
            title=_("There is news on Wijkplein"),
            default_delivery=Delivery.DIGEST,
        ),
        # The safety core (community/moderation): for moderators ...
        NotificationKind(
            "moderation.urgent",
            label=_("Moderation: someone may be in danger"),
            title=_("A report needs a moderator now"),
            text=_("Someone may be in danger: a report in %(subject)s needs you now"),
            urgent=True,
        ),
        NotificationKind(
            "moderation.held",
            label=_("Moderation: texts waiting for approval"),
            title=_("A text is waiting for a moderator"),
            text=_("A text in %(subject)s is waiting for your approval"),
            urgent=True,
        ),
        NotificationKind(
            "moderation.report",
            label=_("Moderation: new reports"),
            title=_("There is a new report for the moderators"),
            text=_("New report about a text in %(subject)s"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "moderation.overdue",
            label=_("Moderation: items that waited too long"),
            title=_("An item in the moderation queue has waited too long"),
            text=_("An item in %(subject)s has waited too long"),
            urgent=True,
        ),
        # ... and for the members involved.
        NotificationKind(
            "moderation.report_outcome",
            label=_("Outcome of your reports"),
            title=_("We have looked at your report"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "moderation.approved",
            label=_("Your texts approved by a moderator"),
            title=_("A moderator has approved your text"),
            text=_("Your text in “%(subject)s” has been approved and everyone can see it now"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "moderation.hidden",
            label=_("Your texts hidden by a moderator"),
            title=_("A moderator has hidden one of your texts"),
            text=_("A moderator has hidden your text in “%(subject)s”"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "moderation.warning",
            label=_("Warnings from the moderators"),
            title=_("A moderator has a message for you"),
            text=_("A moderator warned you about your text in “%(subject)s”"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "moderation.measure",
            label=_("Measures the moderators take"),
            title=_("A moderator has a message for you"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        # The privacy core (community/privacy).
        NotificationKind(
            "privacy.export_ready",
            label=_("Your data download is ready"),
            title=_("Your data download is ready"),
            default_delivery=Delivery.IMMEDIATE,
        ),
        NotificationKind(
            "privacy.export_failed",
            label=_("Your data download failed"),
            title=_("Your data download could not be made"),
            default_delivery=Delivery.IMMEDIATE,
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
    from community.moderation.checks import check_moderation_settings

    if deploy:
        return check_community_deploy_settings(app_configs)
    return [
        *check_community_settings(app_configs),
        *private_media_root_check(app_configs),
        *check_moderation_settings(app_configs),
    ]


@hookimpl
def personal_data_export(user):
    from community.privacy.hooks import privacy_export_sections

    return [
        ExportSection(
            "account",
            _("Account and profile"),
            {
                "pseudonym": user.pseudonym,
                "email": user.email,
                "first_name": user.first_name,
                "last_name": user.last_name,
                "date_joined": user.date_joined.isoformat(),
                "last_login": user.last_login.isoformat() if user.last_login else None,
                "language": getattr(user, "language", ""),
                "bio": getattr(user, "bio", ""),
                "email_addresses": [
                    {"email": address.email, "verified": address.verified, "primary": address.primary}
                    for address in user.emailaddress_set.all()
                ],
                "two_factor_methods": [authenticator.type for authenticator in user.authenticator_set.all()],
                "verifications": [
                    {
                        "role": verification.role,
                        "partner": str(verification.partner),
                        "granted_at": verification.granted_at.isoformat(),
                        "revoked_at": verification.revoked_at.isoformat() if verification.revoked_at else None,
                    }
                    for verification in user.verifications.select_related("partner")
                ],
                "partner_organisations": [
                    {"partner": str(membership.partner), "administrator": membership.is_admin}
                    for membership in user.partner_memberships.select_related("partner")
                ],
            },
            files=[(user.avatar.name.rsplit("/", 1)[-1], user.avatar)] if user.avatar else [],
        ),
        *moderation_export(user),
        *applications_export_sections(user),
        *privacy_export_sections(user),
    ]


def applications_export_sections(user):
    """The provider application that led to the member's editor account, if any."""
    from community.partners.privacy import applications_export

    applications = applications_export(user)
    return [ExportSection("provider_applications", _("Provider applications"), applications)] if applications else []


@hookimpl
def personal_data_erase(user, remove_texts):
    from community.partners.privacy import applications_erase
    from community.privacy.hooks import privacy_erase

    return [
        ErasedItem(
            "provider_applications",
            _("Contact details in provider applications"),
            applications_erase(user),
        ),
        *privacy_erase(user),
    ]


@hookimpl
def retention_rules():
    from community.privacy.hooks import core_retention_rules

    return core_retention_rules()


def moderation_export(user):
    """The reports a member made and the moderators' measures for them (never who reported them)."""
    from community.moderation.models import Report, Restriction

    return [
        ExportSection(
            "moderation",
            _("Reports and moderation"),
            {
                "reports_made": [
                    {
                        "content": f"{report.item.content_kind}:{report.item.object_id}",
                        "reason": report.reason,
                        "explanation": report.explanation,
                        "reported_at": report.created_at.isoformat(),
                        "outcome": report.item.status,
                    }
                    for report in Report.objects.filter(reporter=user).select_related("item")
                ],
                "measures": [
                    {
                        "measure": restriction.kind,
                        "reason": restriction.reason,
                        "from": restriction.created_at.isoformat(),
                        "until": restriction.ends_at.isoformat() if restriction.ends_at else None,
                        "lifted_at": restriction.lifted_at.isoformat() if restriction.lifted_at else None,
                    }
                    for restriction in Restriction.objects.filter(user=user)
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
