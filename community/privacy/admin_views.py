"""Platform administrators process privacy requests on a member's behalf (superusers only).

Every action leaves a row: a `DataExport` or `ErasureRequest` with `requested_by` and, for an erase,
the request it answers (`note`). The Wagtail user admin's "delete" (one or in bulk) goes through
here too, so an account is never deleted without the erase hooks.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from community.files import private_file_response
from community.privacy.forms import AdminEraseForm
from community.privacy.models import DataExport, ErasureRequest
from community.privacy.retention import retention_rows
from community.privacy.services import erase_now, export_request


def may_process(user):
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)


def _check(request):
    if not may_process(request.user):
        raise PermissionDenied


def requests_index(request):
    _check(request)
    return TemplateResponse(
        request,
        "privacy/admin/index.html",
        {
            "pending": ErasureRequest.objects.pending().select_related("user", "requested_by")[:100],
            "recent": ErasureRequest.objects.exclude(status=ErasureRequest.Status.PENDING).select_related(
                "requested_by"
            )[:50],
            "retention": retention_rows(),
        },
    )


def member_privacy(request, user_pk):
    """One member: make a download for them, or erase their account now."""
    from django.contrib.auth import get_user_model

    _check(request)
    member = get_object_or_404(get_user_model(), pk=user_pk)
    form = AdminEraseForm()
    if request.method == "POST" and request.POST.get("action") == "export":
        export_request(member, requested_by=request.user)
        messages.success(request, _("The download is being prepared. Reload this page in a moment."))
        return redirect("privacy_admin_member", user_pk=member.pk)
    if request.method == "POST" and request.POST.get("action") == "erase":
        form = AdminEraseForm(request.POST)
        if member.pk == request.user.pk:
            form.add_error(None, _("You cannot erase your own account here. Use “Delete my account” on your profile."))
        elif form.is_valid():
            result = erase_now(
                member, remove_texts=form.remove_texts, requested_by=request.user, note=form.cleaned_data["note"]
            )
            if result.status == ErasureRequest.Status.DONE:
                messages.success(request, _("The account has been erased. Other members' conversations were kept."))
                return redirect("privacy_admin")
            messages.error(
                request, _("The erase failed and will be retried tonight: %(error)s") % {"error": result.error}
            )
            return redirect("privacy_admin")
    exports = DataExport.objects.filter(user=member).exclude(requested_by=None)[:10]
    return TemplateResponse(
        request,
        "privacy/admin/member.html",
        {
            "member": member,
            "form": form,
            "exports": exports,
            "pending": ErasureRequest.objects.pending().filter(user=member).first(),
        },
    )


def admin_export_download(request, public_id):
    _check(request)
    export = DataExport.objects.filter(public_id=public_id).exclude(requested_by=None).first()
    if export is None or not export.is_available or not export.file:
        raise Http404
    return private_file_response(request, export.file, export.file.name.rsplit("/", 1)[-1])


def member_privacy_url(user):
    return reverse("privacy_admin_member", args=[user.pk])
