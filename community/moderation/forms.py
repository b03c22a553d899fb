from django import forms
from django.utils.translation import gettext_lazy as _

from community.moderation.models import Reason, Restriction

DUTY_HOURS = [(1, _("1 hour")), (2, _("2 hours")), (4, _("4 hours")), (8, _("8 hours"))]


class ReportForm(forms.Form):
    """Radio buttons with none chosen and no blank option; a clear message when none is picked."""

    reason = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what is wrong.")},
    )
    explanation = forms.CharField(
        label=_("Tell us more (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
    )


class ResolveForm(forms.Form):
    action = forms.ChoiceField(
        label=_("What do you do?"),
        choices=[
            ("approve", _("It is fine: show it / keep it")),
            ("hide", _("Hide it")),
            ("warn", _("Keep it, and warn the author")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you do.")},
    )
    note = forms.CharField(
        label=_("Note for the log (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class QueueFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    reason = forms.ChoiceField(
        label=_("Reason"),
        required=False,
        choices=[("", _("All")), ("held", _("Held before publication")), *Reason.choices],
    )
    age = forms.ChoiceField(
        label=_("Waiting"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("overdue", _("Too long")),
            ("1h", _("More than an hour")),
            ("24h", _("More than a day")),
        ],
    )
    place = forms.ChoiceField(label=_("Where"), required=False)

    def __init__(self, *args, kinds=(), places=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All")), *[(kind.key, kind.label) for kind in kinds]]
        self.fields["place"].choices = [("", _("Everywhere")), *[(key, label) for key, label in places if key]]


class MeasureForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Measure"),
        choices=Restriction.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a measure.")},
    )
    days = forms.IntegerField(
        label=_("For how many days (empty: until you lift it)"), required=False, min_value=1, max_value=365
    )
    reason = forms.CharField(
        label=_("Reason (the member sees this)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 300}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Restriction.Kind.SILENCE:
            if not cleaned.get("days"):
                self.add_error("days", _("Say for how many days the member is silenced."))
            if not cleaned.get("reason"):
                self.add_error("reason", _("Tell the member why: they will see this."))
        return cleaned


class DutyStartForm(forms.Form):
    hours = forms.TypedChoiceField(label=_("For"), choices=DUTY_HOURS, coerce=int, initial=2)


class DutyPlanForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("From"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"],
        error_messages={"invalid": _("Enter a date and time, for example 2026-12-24 19:00.")},
    )
    hours = forms.TypedChoiceField(label=_("For"), choices=DUTY_HOURS, coerce=int, initial=2)
