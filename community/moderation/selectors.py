"""Reads of the safety core: the queue with its filters, counts for the header, a page's open reports."""

from collections import Counter
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from community.accounts.roles import is_moderator
from community.moderation.kinds import content_kind
from community.moderation.models import QueueItem, Reason, Report

AGES = {"overdue": None, "1h": timedelta(hours=1), "24h": timedelta(hours=24)}


def queue(*, kind="", reason="", age="", place=""):
    """Pending items, most urgent first (by the time they must be handled), with their report counts."""
    from community.accounts.models import badges_prefetch

    items = QueueItem.objects.pending().select_related("author").prefetch_related(badges_prefetch("author"))
    if kind:
        items = items.filter(content_kind=kind)
    if reason == "held":
        items = items.filter(held=True)
    elif reason in Reason.values:
        items = items.filter(pk__in=Report.objects.filter(reason=reason).values("item_id"))
    if age == "overdue":
        items = items.filter(due_at__lt=timezone.now())
    elif age in AGES:
        items = items.filter(created_at__lt=timezone.now() - AGES[age])
    if place:
        items = items.filter(place=place)
    return items.order_by("due_at", "pk")


def with_content(items):
    """Attach `content` (title, excerpt, url; None when gone) and `reasons` to a page of items:
    one query per kind of content on the page and one for the reports."""
    items = list(items)
    by_kind = {}
    for item in items:
        by_kind.setdefault(item.content_kind, []).append(item.object_id)
    loaded = {key: content_kind(key).load(ids) for key, ids in by_kind.items()}
    reasons = {}
    for item_id, reason in Report.objects.filter(item__in=items).values_list("item_id", "reason"):
        reasons.setdefault(item_id, Counter())[reason] += 1
    labels = dict(Reason.choices)
    for item in items:
        item.content = loaded[item.content_kind].get(item.object_id)
        item.kind_label = content_kind(item.content_kind).label
        item.reasons = [(labels.get(key, key), n) for key, n in sorted(reasons.get(item.pk, {}).items())]
    return items


def places():
    """The places (forums, rooms) that have pending items, for the queue's filter."""
    return list(QueueItem.objects.pending().values_list("place", "place_label").distinct().order_by("place_label"))


def pending_counts(user):
    """(waiting, overdue) for a moderator's header: one query; (0, 0) for everyone else."""
    if not is_moderator(user):
        return 0, 0
    found = QueueItem.objects.pending().aggregate(
        waiting=Count("pk"), overdue=Count("pk", filter=Q(due_at__lt=timezone.now()))
    )
    return found["waiting"], found["overdue"]


def open_reports_by_object(kind_key, object_ids):
    """{object_id: (queue item id, open reports)} for content on one page (one query)."""
    rows = (
        QueueItem.objects.pending()
        .filter(content_kind=kind_key, object_id__in=[str(i) for i in object_ids])
        .annotate(n=Count("reports"))
        .filter(n__gt=0)
        .values_list("object_id", "pk", "n")
    )
    return {object_id: (pk, n) for object_id, pk, n in rows}
