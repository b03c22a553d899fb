"""Background work for provider applications: the emails to the applicant.

The applicant has no account while the application waits, so these go to the contact email
address of the application, in the language the form was filled in. The confirmation carries
nothing of what was typed; the outcome says what to do next (and, on a rejection, the note).
"""

from allauth.account import app_settings as account_settings
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from community.app_settings import app_settings
from community.partners.models import ProviderApplication

KINDS = ("received", "approved", "rejected")


def _absolute(url):
    return app_settings.BASE_URL.rstrip("/") + url


def password_set_url(user):
    """allauth's "choose a new password" link for `user` (valid PASSWORD_RESET_TIMEOUT seconds)."""
    key = account_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    return _absolute(
        reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": key})
    )


@task()
def application_email_send(application_id, kind):
    if kind not in KINDS:
        raise ValueError(f"Unknown application email {kind!r}")
    application = ProviderApplication.objects.select_related("partner", "user").filter(pk=application_id).first()
    if application is None or not application.contact_email:
        return False
    context = {
        "application": application,
        "site_url": _absolute("/"),
        "login_url": _absolute(reverse("account_login")),
        "apply_url": _absolute(reverse("partners:apply")),
    }
    if kind == "approved":
        user = application.user
        context.update(
            user=user,
            admin_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
            password_url=password_set_url(user) if user and not user.has_usable_password() else "",
            password_days=max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
            reset_url=_absolute(reverse("account_reset_password")),
        )
    with translation.override(application.language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"partners/email/application_{kind}_subject.txt", context).strip()
        body = render_to_string(f"partners/email/application_{kind}_body.txt", context)
    send_mail(subject, body, None, [application.contact_email])
    return True
