"""Matching's figure in a provider's report: how often the provider was shown in results."""

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from plugins import ReportFigure
from socialmap.matching.models import ShownCount


def matching_report(partner, since, until):
    """`since`/`until`: aware datetimes at midnight (the report's period, `until` excluded)."""
    first, end = timezone.localtime(since).date(), timezone.localtime(until).date()
    shown = ShownCount.objects.filter(partner=partner, day__gte=first, day__lt=end).aggregate(total=Sum("count"))
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
