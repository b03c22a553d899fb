"""Sends the Content-Security-Policy header on the public site, so inline code cannot run there."""
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "WIJKPLEIN_CSP", "")
        self.exempt = tuple(getattr(settings, "WIJKPLEIN_CSP_EXEMPT_PREFIXES", ()))

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and not request.path.startswith(self.exempt):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


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
