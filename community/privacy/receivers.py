"""Logging in during the grace period cancels a pending erase (and says so)."""

from django.contrib import messages
from django.utils.translation import gettext as _


def cancel_erasure_on_login(sender, request, user, **kwargs):
    from community.privacy.services import erasure_cancel

    if erasure_cancel(user) is not None and request is not None and hasattr(request, "_messages"):
        messages.success(
            request,
            _("Welcome back. You logged in, so we will not delete your account. Everything stays as it was."),
        )
