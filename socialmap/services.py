"""Writes of the social map: saving locations (and geocoding them in the background)."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from socialmap.geocoding import GeocodingError, geocode, in_netherlands
from socialmap.models import Location

SIX_PLACES = Decimal("0.000001")


def _coordinate(value):
    return Decimal(str(value)).quantize(SIX_PLACES, rounding=ROUND_HALF_UP)


def location_save(*, location, manual_point=None, address_changed=True):
    """Save `location`; a pin placed by hand wins, otherwise the address is geocoded in the background.

    `manual_point` is (latitude, longitude) from the map widget, or None.
    """
    if manual_point is not None:
        latitude, longitude = manual_point
        if not in_netherlands(latitude, longitude):
            raise ValidationError(_("This point is outside the Netherlands. Place the pin in or near Deventer."))
        location.latitude = _coordinate(latitude)
        location.longitude = _coordinate(longitude)
        location.geocode_status = Location.GeocodeStatus.MANUAL
        location.geocode_error = ""
    elif address_changed or not location.has_point:
        location.geocode_status = Location.GeocodeStatus.PENDING
        location.geocode_error = ""
    location.save()
    if location.geocode_status == Location.GeocodeStatus.PENDING:
        from socialmap.tasks import location_geocode_task

        location_id = location.pk
        transaction.on_commit(lambda: location_geocode_task.enqueue(location_id))
    return location


def location_geocode(*, location_id):
    """Find coordinates for the location's address; on failure keep the reason for the editor."""
    location = Location.objects.filter(pk=location_id).first()
    if location is None or location.geocode_status == Location.GeocodeStatus.MANUAL:
        return None
    try:
        point = geocode(location.address_query)
    except GeocodingError as error:
        location.geocode_status = Location.GeocodeStatus.FAILED
        location.geocode_error = str(error)[:300]
        Location.objects.filter(pk=location.pk).update(
            geocode_status=location.geocode_status, geocode_error=location.geocode_error
        )
        return None
    location.latitude = _coordinate(point.latitude)
    location.longitude = _coordinate(point.longitude)
    location.geocode_status = Location.GeocodeStatus.FOUND
    location.geocode_error = ""
    Location.objects.filter(pk=location.pk).update(
        latitude=location.latitude,
        longitude=location.longitude,
        geocode_status=location.geocode_status,
        geocode_error="",
    )
    return point
