"""The provider report (*Rapportage* in the admin): per partner organisation and period, the
figures every feature contributes through the `partner_report` hook, with small groups suppressed.

Who sees what: a partner's editors their own organisation's report, superusers every partner's.
A figure about fewer than WIJKPLEIN_REPORT_MIN_GROUP people (10) shows only "fewer than 10".
"""

from datetime import datetime, time, timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import plugins
from community.partners.models import PartnerOrganisation

MAX_DAYS = 2 * 366


def min_group():
    return int(getattr(settings, "WIJKPLEIN_REPORT_MIN_GROUP", 10))


def reportable_partners(user):
    if not (user.is_authenticated and user.is_active):
        return PartnerOrganisation.objects.none()
    return PartnerOrganisation.objects.edited_by(user).order_by("name")


def may_see_reports(user):
    return reportable_partners(user).exists()


class ReportForm(forms.Form):
    partner = forms.ModelChoiceField(label=gettext_lazy("Organisation"), queryset=PartnerOrganisation.objects.none())
    van = forms.DateField(label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"}))
    tot = forms.DateField(label=gettext_lazy("To (included)"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = reportable_partners(user)
        self.fields["partner"].error_messages["invalid_choice"] = gettext_lazy("Choose one of your organisations.")
        for name in ("van", "tot"):
            self.fields[name].error_messages["invalid"] = gettext_lazy("Fill in a date, for example 1-11-2026.")

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("van"), cleaned.get("tot")
        if first and last:
            if first > last:
                self.add_error("tot", _("The end date comes before the start date."))
            elif (last - first).days > MAX_DAYS:
                self.add_error("van", _("Choose a period of at most two years."))
        return cleaned

    def period(self):
        """(since, until) as aware datetimes at local midnight; `until` is the day after `tot`."""
        zone = timezone.get_current_timezone()
        since = timezone.make_aware(datetime.combine(self.cleaned_data["van"], time.min), zone)
        until = timezone.make_aware(datetime.combine(self.cleaned_data["tot"] + timedelta(days=1), time.min), zone)
        return since, until


def _shown(figure, threshold):
    """The figure as the template shows it: suppressed, a number, a duration or a distribution."""
    row = {"label": figure.label, "help_text": figure.help_text, "key": figure.key}
    if figure.people < threshold:
        row["suppressed"] = True
    elif isinstance(figure.value, dict):
        total = sum(figure.value.values()) or 1
        row["distribution"] = [
            {"label": label, "count": count, "percent": round(100 * count / total)}
            for label, count in figure.value.items()
        ]
    elif isinstance(figure.value, timedelta):
        now = timezone.now()
        row["value"] = timesince(now - figure.value, now, depth=2)
    elif figure.value is None:
        row["value"] = "–"
    else:
        row["value"] = figure.value
    return row


def partner_report_view(request):
    if not may_see_reports(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    data = request.GET if "partner" in request.GET else None
    form = ReportForm(
        data,
        user=request.user,
        initial={
            "partner": reportable_partners(request.user).first(),
            "van": today - timedelta(days=30),
            "tot": today,
        },
    )
    rows, partner = [], None
    status = 200
    if data is not None and form.is_valid():
        partner = form.cleaned_data["partner"]
        since, until = form.period()
        figures = plugins.collect("partner_report", partner=partner, since=since, until=until)
        threshold = min_group()
        rows = [_shown(figure, threshold) for figure in sorted(figures, key=lambda figure: (figure.order, figure.key))]
    elif data is not None:
        status = 400
    return render(
        request,
        "partners/admin/report.html",
        {"form": form, "rows": rows, "partner": partner, "threshold": min_group()},
        status=status,
    )
