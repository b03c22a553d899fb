"""Member-facing account forms: the pseudonym at sign-up and the profile."""
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from community.accounts.models import User
from community.accounts.validators import PSEUDONYM_MAX_LENGTH, validate_pseudonym

AVATAR_MAX_BYTES = 2 * 1024 * 1024


def _clean_unique_pseudonym(value, exclude_pk=None):
    value = (value or "").strip()
    validate_pseudonym(value)
    taken = User.objects.filter(pseudonym__iexact=value)
    if exclude_pk:
        taken = taken.exclude(pk=exclude_pk)
    if taken.exists():
        raise forms.ValidationError(_("This pseudonym is already taken. Choose another one."), code="taken")
    return value


class SignupExtraForm(forms.Form):
    """Added to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    pseudonym = forms.CharField(
        label=_("Pseudonym"),
        max_length=PSEUDONYM_MAX_LENGTH,
        help_text=_("The only name other members see. Do not use your real name, email address or phone number."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    field_order = ["pseudonym", "email", "password1", "password2"]

    def clean_pseudonym(self):
        return _clean_unique_pseudonym(self.cleaned_data.get("pseudonym"))

    def signup(self, request, user):
        user.pseudonym = self.cleaned_data["pseudonym"]
        user.language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
        user.save(update_fields=["pseudonym", "language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["pseudonym", "avatar", "bio", "language"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}

    def clean_pseudonym(self):
        return _clean_unique_pseudonym(self.cleaned_data.get("pseudonym"), exclude_pk=self.instance.pk)

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and hasattr(avatar, "size") and avatar.size > AVATAR_MAX_BYTES:
            raise forms.ValidationError(_("The picture is too large: at most 2 MB, please."), code="too_large")
        return avatar
