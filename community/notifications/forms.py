from django import forms

from community.notifications.kinds import Delivery
from community.notifications.services import preferences_for


class PreferencesForm(forms.Form):
    """One choice per notification kind: immediately, daily digest, or only on the website."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, delivery in preferences_for(user):
            # Not required: a kind registered after the member opened the page (or one a feature
            # added later) is simply left unchanged instead of failing the whole form.
            self.fields[kind.key] = forms.ChoiceField(
                label=kind.label,
                choices=Delivery.choices,
                initial=delivery,
                widget=forms.RadioSelect,
                required=False,
            )

    def clean(self):
        cleaned = super().clean()
        return {key: value for key, value in cleaned.items() if value}
