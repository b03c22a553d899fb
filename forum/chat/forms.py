from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.chat.app_settings import app_settings
from forum.chat.models import Room

OTHER_TOPIC = "other"


def topic_choices():
    from community.pages.models import Topic

    return [(topic.name, topic.name) for topic in Topic.objects.order_by("name")] + [(OTHER_TOPIC, _("Something else"))]


class MessageForm(forms.Form):
    """The no-JavaScript way to send (the page's script sends over the websocket instead)."""

    text = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=app_settings.MAX_LENGTH,
        error_messages={"required": _("Type a message first.")},
    )
    client_id = forms.UUIDField(required=False, widget=forms.HiddenInput)


class TriageForm(forms.Form):
    urgency = forms.ChoiceField(
        label=_("How urgent is it?"),
        choices=Room.Urgency.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how urgent it is.")},
    )
    topic = forms.ChoiceField(
        label=_("What is it about?"),
        choices=(),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what it is about (or “Something else”).")},
    )
    helper = forms.ChoiceField(
        label=_("Who would you like to talk to?"),
        choices=Room.Helper.choices,
        initial=Room.Helper.ANY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who you would like to talk to.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = topic_choices()

    def topic_label(self):
        value = self.cleaned_data["topic"]
        return str(_("Something else")) if value == OTHER_TOPIC else value


class FallbackForm(forms.Form):
    choice = forms.ChoiceField(
        label=_("How shall we get back to you?"),
        choices=[
            (Room.Fallback.MESSAGE, _("Leave my question here: a professional answers by message, I get an email")),
            (Room.Fallback.CALLBACK, _("Call me back at a moment I choose")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one of the options.")},
    )
    phone = forms.CharField(
        label=_("Phone number (only for a call-back)"),
        required=False,
        max_length=20,
        help_text=_("Only the professional who calls you sees it. It is deleted when the chat is closed."),
    )
    at = forms.DateTimeField(
        label=_("When may we call? (only for a call-back)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d-%m-%Y %H:%M"],
    )

    def clean(self):
        data = super().clean()
        if data.get("choice") == Room.Fallback.CALLBACK:
            if not data.get("phone"):
                self.add_error("phone", _("Fill in a phone number of 10 digits, for example 06 12345678."))
            if not data.get("at"):
                self.add_error("at", _("Choose a moment in the future."))
            elif data["at"] < timezone.now():
                self.add_error("at", _("Choose a moment in the future."))
        return data


class CloseForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary for the member"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
        help_text=_("What you talked about and what the member can do next. The member can keep it."),
    )


class TransferForm(forms.Form):
    to_user = forms.ModelChoiceField(
        label=_("Colleague"),
        queryset=None,
        empty_label=_("Choose a colleague"),
        error_messages={"required": _("Choose a colleague.")},
    )
    note = forms.CharField(
        label=_("Note for the member"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Write a short note for the member: why this colleague?")},
    )

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_user"].queryset = colleagues
        self.fields["to_user"].label_from_instance = lambda user: user.pseudonym


class DutyForm(forms.Form):
    on_duty = forms.BooleanField(label=_("I am on duty for the chat"), required=False)
    capacity = forms.IntegerField(label=_("Chats at the same time"), min_value=1, max_value=10)


DURATIONS = [
    (10, _("10 minutes")),
    (30, _("30 minutes")),
    (60, _("1 hour")),
    (60 * 24, _("1 day")),
    (60 * 24 * 7, _("1 week")),
]


class MeasureForm(forms.Form):
    user = forms.IntegerField(widget=forms.HiddenInput)
    measure = forms.ChoiceField(
        label=_("Measure"), choices=[("mute", _("Mute (can still read)")), ("remove", _("Remove from the room"))]
    )
    minutes = forms.TypedChoiceField(label=_("For"), choices=DURATIONS, coerce=int, initial=30)
    reason = forms.CharField(
        label=_("Reason (the member sees this)"),
        max_length=300,
        error_messages={"required": _("Say why, so the member understands.")},
    )


class SlowModeForm(forms.Form):
    seconds = forms.TypedChoiceField(
        label=_("Slow mode"),
        coerce=int,
        choices=[(0, _("Off")), (10, _("10 seconds")), (30, _("30 seconds")), (60, _("1 minute"))],
    )
