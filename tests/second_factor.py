"""Test helpers for the one login door's second step (community/accounts/second_factor.py)."""

import time

from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core.cache import cache
from django.test import Client

from community.accounts.second_factor import requires_second_factor

force_login_without_second_factor = Client.force_login


def totp_secret_give(user, secret=None):
    """Give `user` an authenticator app; returns its secret."""
    secret = secret or generate_totp_secret()
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret):
    """The code an authenticator app shows now; forgets that it was used (codes are single-use)."""
    cache.clear()
    return format_hotp_value(hotp_value(secret, next(iter(yield_hotp_counters_from_time()))))


def force_login_with_second_factor(client, user, backend=None):
    force_login_without_second_factor(client, user, backend)
    user.__dict__.pop("_wijkplein_requires_second_factor", None)
    needs = requires_second_factor(user)
    user.__dict__.pop("_wijkplein_requires_second_factor", None)
    if not needs:
        return
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        authenticator = TOTP.activate(user, generate_totp_secret()).instance
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": "totp"},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
