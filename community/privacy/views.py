"""A member's privacy in one place (/profiel/privacy/): download my data, delete my account."""

from datetime import date

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from community.accounts.models import Consent
from community.files import private_file_response
from community.privacy.app_settings import app_settings
from community.privacy.forms import EraseForm
from community.privacy.models import DataExport
from community.privacy.retention import retention_rows
from community.privacy.services import ExportLimitReached, erasure_request, export_request


class PrivacyOverviewView(LoginRequiredMixin, TemplateView):
    template_name = "privacy/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        now = timezone.now()
        exports = list(DataExport.objects.filter(user=user, expires_at__gt=now)[:5])
        context.update(
            exports=exports,
            preparing=any(export.status == DataExport.Status.PENDING for export in exports),
            export_days=app_settings.EXPORT_DAYS,
            grace_days=app_settings.ERASE_GRACE_DAYS,
            consents=Consent.objects.filter(user=user).order_by("given_at", "pk"),
            retention=retention_rows(),
        )
        return context


class ExportCreateView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        try:
            export = export_request(request.user)
        except ExportLimitReached:
            messages.error(
                request,
                _("You have asked for your data %(count)s times today. Try again tomorrow, or use a download below.")
                % {"count": app_settings.EXPORTS_PER_DAY},
            )
            return redirect("privacy:overview")
        export.refresh_from_db()  # the immediate task backend may have built it already
        if export.status == DataExport.Status.READY:
            messages.success(request, _("Your download is ready."))
        elif export.status == DataExport.Status.FAILED:
            messages.error(request, _("Making your download went wrong. We have been told; please try again later."))
        else:
            messages.success(
                request, _("We are preparing your download. You will get a notification when it is ready.")
            )
        return redirect("privacy:overview")


@login_required
def export_download(request, public_id):
    """The member's own ZIP, while it has not expired; anyone else gets a 404."""
    export = DataExport.objects.filter(public_id=public_id, user=request.user).first()
    if export is None:
        raise Http404
    if not export.is_available or not export.file:
        return render(request, "privacy/export_gone.html", {"export": export}, status=410)
    return private_file_response(request, export.file, export.file.name.rsplit("/", 1)[-1])


@reauthentication_required
def _require_recent_password(request):
    """Raises allauth's ReauthenticationRequired unless the password was entered a moment ago:
    its middleware then asks for it and resumes the POST."""


class EraseView(LoginRequiredMixin, FormView):
    """Confirm (errors first, what was chosen kept), then allauth's password check, then schedule
    the erase and sign out."""

    template_name = "privacy/erase.html"
    form_class = EraseForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["grace_days"] = app_settings.ERASE_GRACE_DAYS
        return context

    def form_valid(self, form):
        _require_recent_password(self.request)
        request = erasure_request(self.request.user, remove_texts=form.remove_texts)
        logout(self.request)
        day = timezone.localdate(request.erase_after).isoformat()
        return redirect(f"{reverse('privacy:erase-scheduled')}?datum={day}")


class ErasureScheduledView(TemplateView):
    """After "delete my account": when it happens and how to change your mind (signed out)."""

    template_name = "privacy/erase_scheduled.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            context["erase_on"] = date.fromisoformat(self.request.GET.get("datum", ""))
        except ValueError:
            context["erase_on"] = None
        context["grace_days"] = app_settings.ERASE_GRACE_DAYS
        return context


def privacy_statement(request):
    """/privacyverklaring/: the privacy statement page the editors keep (a trust page)."""
    try:
        from community.pages.models import TrustPage
    except ImportError:
        raise Http404 from None
    page = TrustPage.objects.live().filter(kind="privacy").first()
    if page is None:
        raise Http404
    return redirect(page.url)
