"""Member-facing account forms: the pseudonym at sign-up and the profile."""
import io
import uuid

from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from PIL import Image, ImageOps
from django.utils.translation import gettext_lazy as _

from community.accounts.models import User
from community.accounts.validators import PSEUDONYM_MAX_LENGTH, validate_pseudonym

AVATAR_MAX_BYTES = 2 * 1024 * 1024
AVATAR_SIZE = 256


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
        """allauth's hook after saving; the adapter's save_user already stored pseudonym and language."""


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["pseudonym", "avatar", "bio", "language"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}

    def clean_pseudonym(self):
        return _clean_unique_pseudonym(self.cleaned_data.get("pseudonym"), exclude_pk=self.instance.pk)

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if not avatar or not isinstance(avatar, UploadedFile):
            return avatar  # unchanged or cleared
        if avatar.size > AVATAR_MAX_BYTES:
            raise forms.ValidationError(_("The picture is too large: at most 2 MB, please."), code="too_large")
        return avatar_reencode(avatar)


def avatar_reencode(upload):
    """A small square PNG under a random name: no location or camera data (EXIF), no original filename."""
    try:
        with Image.open(upload) as source:
            image = ImageOps.exif_transpose(source).convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise forms.ValidationError(_("This file is not a picture we can use. Try a JPG or PNG."), code="invalid") from error
    image = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.png")
