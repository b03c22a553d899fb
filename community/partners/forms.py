"""The public form an organisation fills in to become a provider (/aanbieder-worden/).

Errors in plain language; what was typed comes back with them. `homepage` is a honeypot: people
never see it (hidden by CSS, skipped by keyboard and screen readers); a bot that fills it in is
thanked and nothing is stored.
"""

from django import forms
from django.core.validators import MaxLengthValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from community.pages.models import Topic
from community.partners import services
from community.partners.models import KVK_NUMBER_VALIDATOR, Neighbourhood, ProviderApplication

HONEYPOT = "homepage"


class ProviderApplicationForm(forms.Form):
    organisation_name = forms.CharField(
        label=_("Name of your organisation"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": _("Fill in the name of your organisation.")},
    )
    kvk_number = forms.CharField(
        label=_("KvK number"),
        max_length=20,
        help_text=_("The 8 digits of your registration with the Chamber of Commerce (KvK), for example 12345678."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={"required": _("Fill in your KvK number: 8 digits.")},
    )
    website = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={"invalid": _("This is not a web address. Example: www.mijnorganisatie.nl")},
    )
    offer = forms.CharField(
        label=_("What does your organisation offer?"),
        help_text=_("In a few sentences: what help, for whom and where. Parents will read this."),
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": ProviderApplication.OFFER_MAX_LENGTH}),
        validators=[
            MaxLengthValidator(
                ProviderApplication.OFFER_MAX_LENGTH,
                message=_("Please write at most %(limit_value)d characters (now %(show_value)d)."),
            )
        ],
        error_messages={"required": _("Tell us in a few sentences what your organisation offers.")},
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("What do you help with?"),
        help_text=_("Choose one or more topics."),
        queryset=Topic.objects.order_by("sort_order", "name"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one topic you help with."),
            "invalid_choice": _("Choose topics from the list."),
            "invalid_pk_value": _("Choose topics from the list."),
        },
    )
    neighbourhoods = forms.ModelMultipleChoiceField(
        label=_("Which neighbourhoods do you work in? (optional)"),
        help_text=_("Leave empty if you work in the whole municipality."),
        queryset=Neighbourhood.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            "invalid_choice": _("Choose neighbourhoods from the list."),
            "invalid_pk_value": _("Choose neighbourhoods from the list."),
        },
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Fill in your name, so we know who to contact.")},
    )
    contact_email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("We send the outcome to this address. If we approve, you sign in with it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Fill in your email address."),
            "invalid": _("This is not an email address. Example: naam@organisatie.nl"),
        },
    )
    contact_phone = forms.CharField(
        label=_("Your phone number (optional)"),
        max_length=30,
        required=False,
        help_text=_("Only if we may call you with a question."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        validators=[
            RegexValidator(r"^\+?[0-9 ()\-.]{6,30}$", message=_("This is not a phone number. Example: 0570 123 456"))
        ],
    )
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.data.get(HONEYPOT))

    def clean_kvk_number(self):
        value = services.kvk_number_normalise(self.cleaned_data.get("kvk_number"))
        KVK_NUMBER_VALIDATOR(value)
        return value

    def clean(self):
        cleaned = super().clean()
        conflict = services.application_conflict(cleaned.get("kvk_number"), cleaned.get("organisation_name"))
        if conflict:
            raise forms.ValidationError(conflict, code="duplicate")
        return cleaned

    def application_data(self):
        """The cleaned answers as `services.application_submit` takes them (without the honeypot)."""
        return {name: value for name, value in self.cleaned_data.items() if name != HONEYPOT}
