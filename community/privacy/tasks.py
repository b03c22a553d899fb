"""Background work of the privacy core: building a data download, and its emails."""

from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from community.app_settings import app_settings as core_settings
from community.privacy.app_settings import app_settings

EMAIL_KINDS = ("erase_requested", "erase_cancelled", "erased", "inactive_warning")


def _absolute(url):
    return core_settings.BASE_URL.rstrip("/") + url


@task()
def privacy_export_build(export_id):
    from community.privacy.models import DataExport
    from community.privacy.services import export_build

    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None:
        return False
    export_build(export)
    return True


@task()
def privacy_email_send(kind, email, language, context):
    """An account email about an erase. Content-free: no texts, only dates and what to do."""
    if kind not in EMAIL_KINDS:
        raise ValueError(f"Unknown privacy email {kind!r}")
    context = dict(context)
    if context.get("erase_after"):
        context["erase_after"] = datetime.fromisoformat(context["erase_after"])
    context.update(
        site_url=_absolute("/"),
        login_url=_absolute(reverse("account_login")),
        grace_days=app_settings.ERASE_GRACE_DAYS,
    )
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"privacy/email/{kind}_subject.txt", context).strip()
        body = render_to_string(f"privacy/email/{kind}_body.txt", context)
    send_mail(subject, body, None, [email])
    return True
