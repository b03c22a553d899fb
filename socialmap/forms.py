"""The public search form of the social map: filters and "in de buurt van" (near a place)."""
import math

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from community.partners.models import Neighbourhood
from socialmap.app_settings import app_settings
from socialmap.geocoding import GeocodingError, bounding_box, geocode, in_netherlands
from socialmap.models import Category, Language, ServiceAtLocation


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
                self.add_error(
                    None, _("Your location seems to be outside the Netherlands. Enter a postcode instead.")
                )
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
            box = bounding_box(point, float(app_settings.SEARCH_RADIUS_KM))
            rows = rows.within_box(box).order_by_nearness(point, math.cos(math.radians(point[0])))
        else:
            rows = rows.order_by("service__name", "location__name", "pk")
        return rows.select_related("service", "service__organization", "location", "location__neighbourhood")
