"""allauth adapter: the pseudonym, not the email, names a member; the profile language is applied at login;
a new member lands on the welcome page."""

import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from community.middleware import PENDING_LANGUAGE_SESSION_KEY


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Set the pseudonym and language before the first save, so no row ever lacks them."""
        user = super().save_user(request, user, form, commit=False)
        user.pseudonym = form.cleaned_data.get("pseudonym", "")
        user.language = getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE
        if commit:
            user.save()
        return user

    def populate_username(self, request, user):
        # There is no username; the pseudonym is set by the sign-up form.
        return None

    def login(self, request, user):
        # Django sets last_login while logging in: remember before whether this is the first time.
        request._wijkplein_first_login = user.last_login is None
        super().login(request, user)
        if user.language:
            translation.activate(user.language)
            request.session[PENDING_LANGUAGE_SESSION_KEY] = user.language

    def get_signup_redirect_url(self, request):
        """Right after signing up (and confirming the email address in the same browser): the
        welcome page. A `next` given at sign-up wins; allauth only asks here without one."""
        return reverse("welcome")

    def get_login_redirect_url(self, request):
        """The welcome page on a member's first login (e.g. after confirming the email address in
        another browser), otherwise LOGIN_REDIRECT_URL. A `next` wins; allauth only asks without one."""
        if getattr(request, "_wijkplein_first_login", False):
            return reverse("welcome")
        return super().get_login_redirect_url(request)

    def is_reauthentication_required(self, *, app, **kwargs):
        """Setting up two-step verification right after signing in needs no second password prompt.

        allauth asks for the password again before any change to two-step verification, even a
        minute after the login. Staff are sent to set up their app straight from the login, so a
        password entered within the reauthentication timeout counts as recent, as in "sudo mode"
        elsewhere. Later, and for every other app, allauth's rule stands.
        """
        required = super().is_reauthentication_required(app=app, **kwargs)
        request = context.request
        if not required or app != "allauth.mfa" or request is None or not request.user.is_authenticated:
            return required
        passwords = [r for r in get_authentication_records(request, request.user) if r.get("method") == "password"]
        recent = bool(passwords) and time.time() - passwords[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
        return not recent


def user_display(user):
    """allauth shows this name in messages and emails: always the pseudonym."""
    return getattr(user, "pseudonym", "") or ""
