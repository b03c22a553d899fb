"""The public search form of the social map: filters and "in de buurt van" (near a place)."""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from community.partners.models import Neighbourhood
from socialmap.app_settings import app_settings
from socialmap.geocoding import GeocodingError, bounding_box, geocode, in_netherlands
from socialmap.models import Category, Language, ServiceAtLocation


def _id_fits(field, value):
    """Whether `value` can be looked up in the integer column behind a model choice `field`.

    Text that is no number is left to Django's own check; a number beyond the column's range
    (above 2**63 on SQLite, 2**31 for an AutoField on PostgreSQL) would raise OverflowError.
    """
    meta = field.queryset.model._meta
    model_field = meta.pk if (field.to_field_name or "pk") == "pk" else meta.get_field(field.to_field_name)
    model_field = getattr(model_field, "target_field", None) or model_field  # a parent link points to its pk
    ops = connections[field.queryset.db].ops
    internal_type = model_field.get_internal_type()
    if internal_type not in ops.integer_field_ranges:
        return True
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return True
    low, high = ops.integer_field_range(internal_type)
    return (low is None or number >= low) and (high is None or number <= high)


def guard_id_choices(form):
    """Make an out-of-range id posted to any model choice field of `form` an "invalid choice" error.

    Django catches ValueError and TypeError there but not OverflowError, which SQLite raises for
    ids above 2**63 (in `pk__in` lookups and lookups through a parent link): a 500 otherwise.
    """
    for field in form.fields.values():
        if not isinstance(field, forms.ModelChoiceField) or getattr(field, "_ids_guarded", False):
            continue
        original_clean = field.clean

        def clean(value, field=field, original_clean=original_clean):
            values = value if isinstance(value, (list, tuple)) else [value]
            for item in values:
                if item not in field.empty_values and not _id_fits(field, item):
                    raise ValidationError(
                        field.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                    )
            return original_clean(value)

        field.clean = clean
        field._ids_guarded = True
    return form


class IdGuardFormMixin:
    """For forms with model choice fields: out-of-range ids are form errors (see guard_id_choices)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guard_id_choices(self)


class ServiceSearchForm(forms.Form):
    near = forms.CharField(
        label=_("Near (postcode or address)"),
        required=False,
        max_length=120,
        help_text=_("For example 7411 AB or Brink 12."),
    )
    lat = forms.FloatField(required=False, widget=forms.HiddenInput)
    lon = forms.FloatField(required=False, widget=forms.HiddenInput)
    category = forms.ModelChoiceField(
        label=_("What do you need help with?"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All kinds of help"),
    )
    age = forms.IntegerField(label=_("Age of the person who needs help"), required=False, min_value=0, max_value=120)
    neighbourhood = forms.ModelChoiceField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All neighbourhoods"),
    )
    language = forms.ModelChoiceField(
        label=_("Language"),
        queryset=Language.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All languages"),
    )
    free = forms.BooleanField(label=_("Only free help"), required=False)
    open_now = forms.BooleanField(label=_("Open now"), required=False)

    def clean(self):
        cleaned = super().clean()
        lat, lon = cleaned.get("lat"), cleaned.get("lon")
        near = (cleaned.get("near") or "").strip()
        cleaned["point"] = None
        if near:
            try:
                point = geocode(near)
            except GeocodingError as error:
                self.add_error("near", str(error))
            else:
                cleaned["point"] = (point.latitude, point.longitude)
                cleaned["point_label"] = point.label
        elif lat is not None or lon is not None:
            if lat is None or lon is None or not in_netherlands(lat, lon):
                self.add_error(None, _("Your location seems to be outside the Netherlands. Enter a postcode instead."))
            else:
                cleaned["point"] = (lat, lon)
                cleaned["point_label"] = _("your location")
        return cleaned

    def search(self):
        """Published services at locations matching the filters; nearest first when a place is given."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        rows = ServiceAtLocation.objects.published().with_open_now()
        if data.get("category"):
            rows = rows.filter(service__categories=data["category"])
        if data.get("age") is not None:
            age = data["age"]
            rows = rows.filter(
                Q(service__minimum_age__isnull=True) | Q(service__minimum_age__lte=age),
                Q(service__maximum_age__isnull=True) | Q(service__maximum_age__gte=age),
            )
        if data.get("neighbourhood"):
            rows = rows.filter(location__neighbourhood=data["neighbourhood"])
        if data.get("language"):
            rows = rows.filter(service__languages=data["language"])
        if data.get("free"):
            rows = rows.filter(service__is_free=True)
        if data.get("open_now"):
            rows = rows.filter(is_open_now=True)
        point = data.get("point")
        if point:
            box = bounding_box(point, app_settings.SEARCH_RADIUS_KM)
            rows = rows.within_box(box).order_by_nearness(point, math.cos(math.radians(point[0])))
        else:
            rows = rows.order_by("service__name", "location__name", "pk")
        return rows.select_related("service", "service__organization", "location", "location__neighbourhood")
