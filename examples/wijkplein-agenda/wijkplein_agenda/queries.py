"""Reads of the agenda, shared by the pages, the block, the dashboard panel and related content."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from wijkplein_agenda.models import Activity, week_start

# The list shows this week and the next few; further ahead is rarely planned and easily outdated.
WEEKS_AHEAD = 8


def coming(now=None):
    """Published activities that are not over yet, soonest first."""
    return Activity.objects.published().upcoming(now).for_display()


def in_list_period(now=None):
    now = now or timezone.now()
    return coming(now).filter(starts_at__lt=week_start(now) + datetime.timedelta(weeks=WEEKS_AHEAD))


def this_week_for(user, now=None, limit=5):
    """(activities `user` said they'd come to, other activities) of this week, at most `limit` together."""
    activities = list(coming(now).this_week(now)[:50])
    going_ids = set(
        user.agenda_attendances.filter(activity__in=[a.pk for a in activities]).values_list("activity_id", flat=True)
    )
    going = [activity for activity in activities if activity.pk in going_ids]
    others = [activity for activity in activities if activity.pk not in going_ids]
    return going[:limit], others[: max(0, limit - len(going))]


def week_label(start, now=None):
    this_week = week_start(now)
    if start == this_week:
        return _("This week")
    if start == this_week + datetime.timedelta(weeks=1):
        return _("Next week")
    from django.utils.formats import date_format

    return _("Week of %(date)s") % {"date": date_format(timezone.localtime(start), "j F")}


def week_groups(activities, now=None):
    """[{"label", "activities"}] per week, in the order given (already sorted by start)."""
    groups = []
    for activity in activities:
        start = max(week_start(activity.starts_at), week_start(now))
        if not groups or groups[-1]["start"] != start:
            groups.append({"start": start, "label": week_label(start, now), "activities": []})
        groups[-1]["activities"].append(activity)
    return groups
