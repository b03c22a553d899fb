"""Security headers on every response, the Dutch-first locale, and ids that cannot exist.

The public site gets a strict Content-Security-Policy (no inline code at all). The Wagtail and
Django admins ship inline scripts we do not control, so they get their own policy: inline code
allowed, but nothing from another host, no plugins, no framing by others, forms only to us.
"""

import functools
import logging
import re

from django.conf import settings
from django.db import DataError
from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.datastructures import MultiValueDictKeyError

from community.app_settings import app_settings

logger = logging.getLogger("django.request")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = app_settings.CSP
        self.admin_policy = app_settings.ADMIN_CSP
        self.admin_prefixes = app_settings.ADMIN_PREFIXES
        self.permissions_policy = app_settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefixes):
            policy = self.admin_policy
        else:
            policy = policy_with_plugin_sources(self.policy, request)
        if policy:
            response.headers.setdefault("Content-Security-Policy", policy)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response


# A source a plugin may add: a scheme and host (and port), nothing that could end a directive.
PLUGIN_SOURCE = re.compile(r"^(https|wss)://[a-z0-9.-]+(:[0-9]{1,5})?$", re.IGNORECASE)
PLUGIN_DIRECTIVES = {"connect-src", "frame-src", "img-src", "media-src", "script-src", "style-src", "font-src"}


def policy_with_plugin_sources(policy, request):
    """The public policy plus the hosts enabled plugins declare through the `csp_sources` hook."""
    from plugins import collect

    additions = {}
    for sources in collect("csp_sources", request=request):
        if not isinstance(sources, dict):
            continue
        for directive, hosts in sources.items():
            if directive not in PLUGIN_DIRECTIVES:
                logger.warning("Ignored CSP directive %r from a plugin", directive)
                continue
            for host in hosts or ():
                if PLUGIN_SOURCE.match(str(host)):
                    additions.setdefault(directive, set()).add(str(host).lower())
                else:
                    logger.warning("Ignored CSP source %r from a plugin", host)
    if not additions or not policy:
        return policy
    return _policy_extend(policy, tuple(sorted((key, tuple(sorted(hosts))) for key, hosts in additions.items())))


@functools.lru_cache(maxsize=64)
def _policy_extend(policy, additions):
    directives = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    default = [source for source in directives.get("default-src", ["'self'"]) if source != "'none'"] or ["'self'"]
    for directive, hosts in additions:
        sources = directives.get(directive)
        if sources is None or sources == ["'none'"]:
            sources = list(default) if sources is None else []
        directives[directive] = [*sources, *[host for host in hosts if host not in sources]]
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


# The largest value a database integer key can hold (PostgreSQL bigint; SQLite raises
# OverflowError beyond it).
MAX_ID = 2**63 - 1


class OutOfRangeIdMiddleware:
    """A URL id beyond any database integer names nothing: 404 for every view, ours and machina's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        for value in (*view_args, *view_kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and not -MAX_ID <= value <= MAX_ID:
                raise Http404("No such object")
        return None


PENDING_LANGUAGE_SESSION_KEY = "_wijkplein_language"


class LanguagePreferenceMiddleware:
    """Turns a member's saved language (set at login or in the profile) into the language cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and PENDING_LANGUAGE_SESSION_KEY in session:
            language = session.pop(PENDING_LANGUAGE_SESSION_KEY)
            if language in dict(settings.LANGUAGES):
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    language,
                    max_age=settings.LANGUAGE_COOKIE_AGE,
                    path=settings.LANGUAGE_COOKIE_PATH,
                    secure=settings.LANGUAGE_COOKIE_SECURE,
                    httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                    samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                )
        return response


class DutchFirstLocaleMiddleware(LocaleMiddleware):
    """Dutch unless the visitor chose otherwise with the language switch (cookie) or in their profile.

    Django's LocaleMiddleware would follow the browser's Accept-Language; many Dutch parents
    browse with an English browser, and the platform speaks Dutch first.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class MalformedRequestMiddleware:
    """What a crafted or cut-off request gets wrong is the sender's fault: a clear 400, not a 500.

    Our own views read input through Django forms. Views of Wagtail and machina sometimes index
    request.POST directly (a missing field) or pass a query-string id straight to the database (an
    id beyond any integer column: OverflowError on SQLite, "out of range" on PostgreSQL). Logged as
    a warning, so a real bug behind it stays visible.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        malformed = isinstance(exception, (MultiValueDictKeyError, OverflowError)) or (
            isinstance(exception, DataError) and "out of range" in str(exception)
        )
        if not malformed:
            return None
        logger.warning("Malformed request to %s: %s: %s", request.path, type(exception).__name__, exception)
        return render(request, "400.html", status=400)
