"""Two-step verification for everyone with more power than a member.

Staff, administrators, editors (anyone who may open the Wagtail admin) and forum moderators see
what others wrote in private, publish for a partner or change who may do what. For them a password
alone is not enough: they must have an authenticator app (allauth's TOTP) and must have used it in
the current session. Until then every page sends them to set it up or to enter a code; the
account pages themselves stay reachable so they can do exactly that (or log out).

There is one login door: allauth (its rate limits, mandatory email verification and this second
step). The Wagtail admin and the Django admin send their own login URLs there (community/urls.py).
"""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from community.accounts.roles import moderator_q
from community.app_settings import app_settings

# Paths a signed-in person who still owes the second step may open: the account pages (to set
# up the app, enter a code or log out), the language switch, and files that pages need.
OPEN_PREFIXES = ("/account/", "/i18n/", "/static/", "/favicon.ico")


def requires_second_factor(user):
    """Whether `user` holds any role beyond member (one query for everyone but staff)."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    cached = getattr(user, "_wijkplein_requires_second_factor", None)
    if cached is None:
        cached = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .filter(
                moderator_q()
                | Q(
                    groups__permissions__codename="access_admin",
                    groups__permissions__content_type__app_label="wagtailadmin",
                )
                | Q(user_permissions__codename="access_admin")
                | Q(partner_memberships__isnull=False)
            )
            .exists()
        )
        user._wijkplein_requires_second_factor = cached
        if not cached:
            user._is_moderator = False  # no role at all: roles.is_moderator need not ask again
    return cached


def has_totp(user):
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def second_factor_used(request, user):
    """Whether this session's sign-in included the app code (allauth records every step)."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, user))


def second_factor_record(request, user, authenticator):
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)


@receiver(authenticator_added)
def _second_factor_record_on_setup(sender, request, user, authenticator, **kwargs):
    """Setting up the app proves a code from it: that counts as the second step for this session."""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        second_factor_record(request, user, authenticator)


class SecondFactorRequiredMiddleware:
    """Sends staff, editors and moderators to set up or use their authenticator app first."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = app_settings.REQUIRE_SECOND_FACTOR

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            self.enabled
            and user is not None
            and user.is_authenticated
            and not request.path.startswith(OPEN_PREFIXES)
            and requires_second_factor(user)
            and not second_factor_used(request, user)
        ):
            return self._redirect(request, user)
        return self.get_response(request)

    def _redirect(self, request, user):
        next_query = urlencode({"next": request.get_full_path()})
        if has_totp(user):
            messages.info(
                request, _("Your account has extra rights. Please enter the code from your authenticator app.")
            )
            return redirect(f"{reverse('mfa_reauthenticate')}?{next_query}")
        messages.warning(
            request,
            _(
                "Your account has extra rights, so it needs two-step verification. Set up an authenticator "
                "app (for example on your phone) to continue."
            ),
        )
        return redirect(f"{reverse('mfa_activate_totp')}?{next_query}")


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator):
        """Staff, editors and moderators keep their app: they cannot switch two-step verification off."""
        if authenticator.type == Authenticator.Type.TOTP and requires_second_factor(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)
