"""The agenda's filter form: plain GET parameters, so filtering works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.pages.models import Topic
from community.partners.models import Neighbourhood


class ActivityFilterForm(forms.Form):
    wijk = forms.ModelChoiceField(
        label=_("Neighbourhood"),
        queryset=Neighbourhood.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All neighbourhoods"),
    )
    onderwerp = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.order_by("sort_order", "name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
    )

    def filter(self, activities):
        """`activities` narrowed by the valid filters (an unknown slug is ignored, not an error page)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("wijk"):
            activities = activities.in_neighbourhood(data["wijk"])
        if data.get("onderwerp"):
            activities = activities.for_topic(data["onderwerp"])
        return activities

    def query_string(self):
        from urllib.parse import urlencode

        data = getattr(self, "cleaned_data", {})
        return urlencode({key: data[key].slug for key in ("wijk", "onderwerp") if data.get(key)})
