"""Strings whose Dutch text Django's own catalogue lacks; kept here so makemessages picks them up.

Django 5.2 asks for "…at least %d character." while its Dutch catalogue translates the older
"%(min_length)d" wording, so the password-length error would show in English.
"""

from django.utils.translation import gettext_lazy, ngettext_lazy

PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
    "count",
)

# allauth's Dutch says "Aanmelden" for signing in, which parents confuse with signing up;
# Wijkplein says "Inloggen" and "Registreren" everywhere.
SIGN_IN = gettext_lazy("Sign In")
SIGN_UP = gettext_lazy("Sign Up")
