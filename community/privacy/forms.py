from django import forms
from django.utils.translation import gettext_lazy as _


class EraseForm(forms.Form):
    KEEP = "anonymise"
    REMOVE = "remove"

    texts = forms.ChoiceField(
        label=_("What you wrote in the forum and in group conversations"),
        choices=[
            (KEEP, _("Keep my posts, without my name (others' conversations stay readable)")),
            (REMOVE, _("Remove my post texts too (they become “message removed”)")),
        ],
        initial=KEEP,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what happens to your posts.")},
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data will be deleted and that this cannot be undone afterwards."),
        error_messages={"required": _("Tick the box to confirm that you want to delete your account.")},
    )

    @property
    def remove_texts(self):
        return self.cleaned_data.get("texts") == self.REMOVE


class AdminEraseForm(EraseForm):
    note = forms.CharField(
        label=_("On what request (for the log)"),
        max_length=300,
        help_text=_("For example: “Email from the member, 2 December”. Do not write personal details here."),
        error_messages={"required": _("Say on what request you erase this account.")},
    )
    confirm = forms.BooleanField(
        label=_("Erase this account now, without a grace period. This cannot be undone."),
        error_messages={"required": _("Tick the box to confirm the erase.")},
    )
