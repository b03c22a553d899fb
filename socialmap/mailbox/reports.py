"""The mailbox's figures in a provider's report: contacts, conversations, first response, survey."""

from django.db.models import Count, Q

from plugins import ReportFigure
from socialmap.mailbox.models import SurveyResponse, Thread


def _people(threads):
    """Different people behind `threads` (a member who was erased counts once per conversation)."""
    row = threads.aggregate(members=Count("member", distinct=True), erased=Count("pk", filter=Q(member=None)))
    return row["members"] + row["erased"]


def _median(values):
    values = sorted(values)
    if not values:
        return None
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def mailbox_report(partner, since, until):
    from django.utils.translation import gettext as _

    threads = Thread.objects.filter(partner=partner)
    opened = threads.filter(created_at__gte=since, created_at__lt=until)
    from_match = opened.filter(origin=Thread.Origin.MATCH)
    closed = threads.filter(closed_at__gte=since, closed_at__lt=until)
    answered = opened.filter(first_response_at__isnull=False)
    waits = [first - created for created, first in answered.values_list("created_at", "first_response_at")]
    surveys = SurveyResponse.objects.filter(partner=partner, created_at__gte=since, created_at__lt=until)
    scores = dict(surveys.values_list("score").annotate(total=Count("pk")).order_by())
    return [
        ReportFigure(
            "mailbox.contacts_from_match",
            _("Contacts made from a match"),
            from_match.count(),
            people=_people(from_match),
            help_text=_("Conversations a member started after finding you through matching."),
            order=20,
        ),
        ReportFigure("mailbox.opened", _("Conversations started"), opened.count(), people=_people(opened), order=30),
        ReportFigure("mailbox.closed", _("Conversations closed"), closed.count(), people=_people(closed), order=40),
        ReportFigure(
            "mailbox.first_response",
            _("Median time to the first answer"),
            _median(waits),
            people=_people(answered),
            help_text=_("Half of the conversations got a first answer within this time."),
            order=50,
        ),
        ReportFigure(
            "mailbox.survey",
            _("Satisfaction scores (1 = bad, 5 = very good)"),
            {score: scores.get(score, 0) for score in range(1, 6)},
            people=surveys.count(),
            help_text=_("Answers to the survey after a closed conversation; never linked to a name."),
            order=60,
        ),
    ]
