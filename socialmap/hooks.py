"""The social map's hook implementations: menu item, URLs, links to local help, demo and counts."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, Link, NavItem, Plugin, RelatedItem, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="socialmap",
    version=wijkplein_version(),
    description="The social map of local help (HSDS 3.0), its map, list and read API.",
    after=("community",),
    builtin=True,
)

KIND_SOCIALMAP = "socialmap"


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "socialmap",
            _("Social map"),
            _("Find help near you in Deventer."),
            url=reverse("socialmap:service-list"),
            order=50,
            icon="pin",
        )
    ]


@hookimpl
def url_patterns():
    return [
        path("sociale-kaart/", include("socialmap.urls")),
        path("api/hsds/", include("socialmap.api_urls")),
    ]


@hookimpl
def topic_link(kind, topic, label):
    """A lesson's "find help nearby" block: the services list filtered to the topic's category."""
    from socialmap.links import lesson_link_for_topic

    if kind != KIND_SOCIALMAP:
        return None
    found = lesson_link_for_topic(topic, label)
    return Link(**found) if found else None


@hookimpl
def related_content(subject, request):
    """Local help on the social map for the subject's topics (not for a service: it is the map itself)."""
    from socialmap.links import category_for_topic, category_url

    if "socialmap" in subject.exclude or subject.kind == "service":
        return []
    items = []
    for topic in subject.topics[:3]:
        category = category_for_topic(topic)
        if category is not None:
            items.append(
                RelatedItem(
                    title=_("Local help: %(category)s") % {"category": category.name},
                    url=category_url(category),
                    kind="socialmap",
                    text=category.description,
                )
            )
    return items


@hookimpl
def system_checks(app_configs, deploy):
    from socialmap.checks import check_socialmap_settings

    return [] if deploy else check_socialmap_settings(app_configs)


@hookimpl
def demo_data(stdout):
    from django.core.management import call_command

    call_command("seed_socialmap_demo", stdout=stdout)


@hookimpl
def aggregate_counts(since, until):
    from socialmap.models import Service

    return [Count("socialmap.services", _("Published services on the social map"), Service.objects.published().count())]


@hookimpl
def partner_provision(partner):
    """Every partner gets its organisation on the social map, so its editors can publish services at
    once (only when it has none; an existing one is never overwritten)."""
    from socialmap.models import Organization

    if Organization.objects.filter(partner=partner).exists():
        return
    Organization.objects.create(
        partner=partner,
        name=partner.name,
        # HSDS requires a description: the partner's, or its name until the editors write one.
        description=partner.description or partner.name,
        email=partner.email,
        phone=partner.phone,
        website=partner.website,
    )
