"""Matching's figure in a provider's report: how often the provider was shown in results."""

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from plugins import ReportFigure
from socialmap.matching.models import ShownCount


def shown_between(since, until):
    """The per-day counts from `since` to `until` (aware datetimes at midnight, `until` excluded)."""
    first, end = timezone.localtime(since).date(), timezone.localtime(until).date()
    return ShownCount.objects.filter(day__gte=first, day__lt=end)


def matching_report(partner, since, until):
    shown = shown_between(since, until).filter(partner=partner).aggregate(total=Sum("count"))
    total = shown["total"] or 0
    # A count of result pages, not of people: who looked is not kept, so each showing counts as one.
    return [
        ReportFigure(
            "matching.shown",
            _("Times shown in match results"),
            total,
            people=total,
            help_text=_("How often your services or professionals appeared on a page of match results."),
            order=10,
        )
    ]
