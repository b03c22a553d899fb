"""Matching's hook implementations (see plugins/hookspecs.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, ErasedItem, ExportSection, NavItem, Plugin, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="matching",
    version=wijkplein_version(),
    description="Matching: say what you need and see the providers that fit, with the reason.",
    after=("community", "socialmap", "mailbox"),
    builtin=True,
)


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "matching",
            _("Find help"),
            _("Answer a few questions and see who can help you, and why."),
            url=reverse("matching:questionnaire"),
            order=35,
        )
    ]


@hookimpl
def url_patterns():
    from django.urls import include

    return [path("hulp-vinden/", include("socialmap.matching.urls"))]


@hookimpl
def personal_data_export(user):
    from socialmap.matching.privacy import matching_export

    return [ExportSection("matching", _("Matching"), matching_export(user))]


@hookimpl
def personal_data_erase(user):
    from socialmap.matching.privacy import matching_erase

    return [ErasedItem(key, description, count) for key, description, count in matching_erase(user)]


@hookimpl
def aggregate_counts(since, until):
    from django.db.models import Sum

    from socialmap.matching.reports import shown_between

    shown = shown_between(since, until).aggregate(total=Sum("count"))["total"] or 0
    return [Count("matching.shown", _("Providers shown in match results"), shown)]


@hookimpl
def partner_report(partner, since, until):
    from socialmap.matching.reports import matching_report

    return matching_report(partner, since, until)


@hookimpl
def demo_data(stdout):
    from socialmap.matching.demo_content import seed_matching_demo

    seed_matching_demo(stdout)
