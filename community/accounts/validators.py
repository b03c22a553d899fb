"""Keeps pseudonyms pseudonymous: no email addresses or phone numbers in the one visible name."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

EMAIL_PATTERN = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+|@[^\s@]+\.[a-z]{2,}", re.IGNORECASE)
# Eight or more digits, allowing spaces, dots, dashes and a leading + between them.
PHONE_PATTERN = re.compile(r"(?:\+?\d[\s._\-()']*){8,}")
ALLOWED_PATTERN = re.compile(r"^[\w .\-']+$")

PSEUDONYM_MIN_LENGTH = 3
PSEUDONYM_MAX_LENGTH = 30


def validate_pseudonym(value):
    value = value or ""
    if len(value.strip()) < PSEUDONYM_MIN_LENGTH:
        raise ValidationError(
            _("Choose a pseudonym of at least %(min)d characters."),
            code="too_short",
            params={"min": PSEUDONYM_MIN_LENGTH},
        )
    if EMAIL_PATTERN.search(value) or "@" in value:
        raise ValidationError(
            _("Your pseudonym may not contain an email address. Other members see this name."),
            code="email",
        )
    if PHONE_PATTERN.search(value):
        raise ValidationError(
            _("Your pseudonym may not contain a phone number. Other members see this name."),
            code="phone",
        )
    if not ALLOWED_PATTERN.match(value):
        raise ValidationError(
            _("Use only letters, digits, spaces and . - _ ' in your pseudonym."),
            code="characters",
        )
