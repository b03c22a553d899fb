"""Member-facing account forms: the pseudonym and consent at sign-up, and the profile."""

import io
import uuid

from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from community.accounts.models import User
from community.accounts.validators import PSEUDONYM_MAX_LENGTH, validate_pseudonym
from community.uploads import NOT_A_PICTURE, LimitedImageField, image_pixels_check

AVATAR_MAX_BYTES = 2 * 1024 * 1024
AVATAR_SIZE = 256
# Checked from the image header, before anything is decoded. Decoding costs about 4 bytes a pixel
# (plus copies while rotating and converting), so 25 megapixels stays near 100-300 MB at worst,
# while every camera or phone photo that fits in AVATAR_MAX_BYTES (2 MB: in practice 12-24 MP)
# is accepted. 5000 x 5000 pixels is the easy rule to tell a member.
AVATAR_MAX_PIXELS = 25_000_000
# Only these decoders ever see an uploaded avatar (Pillow otherwise tries every format it knows).
AVATAR_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
AVATAR_ACCEPT = "image/jpeg,image/png,image/gif,image/webp"
AVATAR_TOO_LARGE = _("The picture is too large: at most 2 MB, please.")


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

    # Explicit consent for health-related data (GDPR art. 9): what members write here can say
    # something about their own or their family's (mental) health. Recorded in accounts.Consent.
    health_data_consent = forms.BooleanField(
        label=_(
            "Yes, Wijkplein may keep and use what I share about my health or the health of my family. "
            "For example in the forum, the chat or the mailbox."
        ),
        error_messages={
            "required": _("Please tick this box. We can only make your account if you agree."),
        },
    )

    field_order = ["pseudonym", "email", "password1", "password2", "health_data_consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from community.pages.models import TrustKind, trust_url

        url = trust_url(TrustKind.PRIVACY)
        consequence = _("You can take back your consent at any time by deleting your account.")
        if url:
            self.fields["health_data_consent"].help_text = format_html(
                "{} {}",
                format_html(
                    _(
                        "Our {start}privacy statement (opens in a new window){end} tells you what we keep, why and how long."
                    ),
                    start=format_html('<a href="{}" target="_blank" rel="noopener">', url),
                    end=mark_safe("</a>"),
                ),
                consequence,
            )
        else:
            self.fields["health_data_consent"].help_text = consequence

    def clean_pseudonym(self):
        return _clean_unique_pseudonym(self.cleaned_data.get("pseudonym"))

    def signup(self, request, user):
        """allauth's hook after saving; the adapter's save_user already stored pseudonym and language.

        Records the consent with the version of the privacy statement that is live now."""
        from community.accounts.privacy import consent_record

        consent_record(user)


class AvatarField(LimitedImageField):
    max_size = AVATAR_MAX_BYTES
    max_pixels = AVATAR_MAX_PIXELS
    formats = AVATAR_FORMATS
    too_large_message = AVATAR_TOO_LARGE


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["pseudonym", "avatar", "bio", "language"]
        field_classes = {"avatar": AvatarField}
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 4}),
            # theme/static/theme/js/main.js checks the size as soon as a file is chosen.
            "avatar": forms.ClearableFileInput(
                attrs={
                    "accept": AVATAR_ACCEPT,
                    "data-max-size": AVATAR_MAX_BYTES,
                    "data-max-size-message": AVATAR_TOO_LARGE,
                }
            ),
        }

    def clean_pseudonym(self):
        return _clean_unique_pseudonym(self.cleaned_data.get("pseudonym"), exclude_pk=self.instance.pk)

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if not avatar or not isinstance(avatar, UploadedFile):
            return avatar  # unchanged or cleared
        if avatar.size > AVATAR_MAX_BYTES:
            raise forms.ValidationError(AVATAR_TOO_LARGE, code="too_large")
        return avatar_reencode(avatar)


def avatar_reencode(upload):
    """A small square PNG under a random name: no location or camera data (EXIF), no original filename.

    The pixel count is checked from the header before decoding (also when called without the form).
    """
    image_pixels_check(upload, AVATAR_MAX_PIXELS, AVATAR_FORMATS)
    try:
        with Image.open(upload, formats=AVATAR_FORMATS) as source:
            # JPEG can decode at 1/2, 1/4 or 1/8 scale directly: far less memory for big photos.
            source.draft("RGB", (AVATAR_SIZE * 2, AVATAR_SIZE * 2))
            image = ImageOps.exif_transpose(source).convert("RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise forms.ValidationError(NOT_A_PICTURE, code="invalid") from error
    image = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.png")
