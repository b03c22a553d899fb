"""Small display helpers for the social map: distances and age ranges in plain words."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def distance(km):
    """1.234 → "1,2 km", 0.35 → "350 m" (in the active language's number format)."""
    if km is None:
        return ""
    if km < 1:
        return _("%(metres)s m") % {"metres": int(round(km * 1000, -1))}
    return _("%(km)s km") % {"km": number_format(round(km, 1), 1)}


@register.simple_tag
def age_range(service):
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None:
        return _("Age %(low)s to %(high)s") % {"low": low, "high": high}
    if low is not None:
        return _("From age %(low)s") % {"low": low}
    if high is not None:
        return _("Up to age %(high)s") % {"high": high}
    return ""
