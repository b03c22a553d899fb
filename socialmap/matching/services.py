"""Writes and lookups of matching. Nothing here stores a visitor's answers unless they save them."""

from django.db import transaction
from django.db.models import F
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from socialmap.geocoding import GeocodingError, bounding_box, distance_km, geocode
from socialmap.matching.models import SavedMatch, ShownCount

# The answer fields that make up a match's query string (the form's field names).
ANSWER_FIELDS = (
    "wijk",
    "postcode",
    "voor",
    "leeftijd",
    "onderwerp",
    "hulpverlener",
    "geslacht",
    "taal",
    "vorm",
    "gratis",
)
SAVED_MAX = 20


def neighbourhood_near(postcode):
    """The neighbourhood of the help location closest to `postcode` (within 5 km), or GeocodingError."""
    from socialmap.models import Location

    point = geocode(postcode)
    south, west, north, east = bounding_box((point.latitude, point.longitude), 5)
    rows = (
        Location.objects.filter(
            neighbourhood__isnull=False,
            latitude__range=(south, north),
            longitude__range=(west, east),
        )
        .select_related("neighbourhood")
        .only("latitude", "longitude", "neighbourhood__name", "neighbourhood__slug")
    )
    nearest = min(
        rows,
        key=lambda row: distance_km((point.latitude, point.longitude), (row.latitude, row.longitude)),
        default=None,
    )
    if nearest is None:
        raise GeocodingError(
            _("We do not know a neighbourhood near %(postcode)s. Choose your neighbourhood instead.")
            % {"postcode": postcode}
        )
    return nearest.neighbourhood


def answers_query(data):
    """The answers as a query string (only the questionnaire's fields, empty ones left out)."""
    query = QueryDict(mutable=True)
    for name in ANSWER_FIELDS:
        value = data.get(name)
        if value not in (None, "", False):
            query[name] = "1" if value is True else str(value)
    return query.urlencode()


def shown_count(partner_ids, day=None):
    """Count one appearance in the results for each partner (a number per day, nothing else).
    Two queries and one commit whatever the number of partners."""
    partner_ids = sorted({pk for pk in partner_ids if pk})
    if not partner_ids:
        return
    day = day or timezone.localdate()
    with transaction.atomic():  # one commit (one disk sync) per results page
        _shown_count_add(partner_ids, day)


def _shown_count_add(partner_ids, day):
    ShownCount.objects.bulk_create(
        [ShownCount(partner_id=partner_id, day=day, count=0) for partner_id in partner_ids], ignore_conflicts=True
    )
    ShownCount.objects.filter(partner_id__in=partner_ids, day=day).update(count=F("count") + 1)


def saved_match_save(member, query, summary):
    """Keep the answers (`query`, from answers_query) for `member`; the same answers are kept once."""
    from django.core.exceptions import ValidationError

    existing = SavedMatch.objects.filter(member=member, query=query).first()
    if existing is not None:
        return existing
    if SavedMatch.objects.filter(member=member).count() >= SAVED_MAX:
        raise ValidationError(
            _("You have saved %(count)s searches. Delete one before you save another.") % {"count": SAVED_MAX}
        )
    return SavedMatch.objects.create(member=member, query=query, summary=summary)


def saved_match_delete(member, public_id):
    return SavedMatch.objects.filter(member=member, public_id=public_id).delete()[0] > 0
