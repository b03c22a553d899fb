"""Provider applications in the Wagtail admin ("Aanmeldingen aanbieders", under Partners): a list with
the waiting ones first, one application with Approve and Reject (with a note for the applicant).

Only platform administrators (`services.may_review_applications`) see the menu item or open any of
these pages: everyone else who reaches the admin gets 403, and people without admin access are sent
to the login door by Wagtail before this code runs. The decisions go through the services.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from community.partners import services
from community.partners.models import PartnerOrganisation, ProviderApplication

PAGE_SIZE = 50


def _guard(request):
    if not services.may_review_applications(request.user):
        raise PermissionDenied


def _first_error(error):
    return " ".join(getattr(error, "messages", None) or [str(error)])


class RejectForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Reason for the applicant"),
        help_text=gettext_lazy("The applicant reads this in the email with the outcome. Write it kindly and plainly."),
        max_length=ProviderApplication.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": gettext_lazy("Write a short reason for the applicant.")},
    )


def application_list(request):
    _guard(request)
    applications = ProviderApplication.objects.for_review().select_related("partner", "reviewed_by")
    page = Paginator(applications, PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "partners/admin/application_list.html",
        {"page_obj": page, "pending": ProviderApplication.objects.pending().count()},
    )


def application_detail(request, pk, reject_form=None):
    _guard(request)
    application = get_object_or_404(
        ProviderApplication.objects.select_related("partner", "user", "reviewed_by").prefetch_related(
            "topics", "neighbourhoods"
        ),
        pk=pk,
    )
    return TemplateResponse(
        request,
        "partners/admin/application_detail.html",
        {
            "application": application,
            "reject_form": reject_form or RejectForm(),
            "name_taken": application.is_pending
            and PartnerOrganisation.objects.filter(name__iexact=application.organisation_name).exists(),
        },
    )


@require_POST
def application_approve_view(request, pk):
    _guard(request)
    application = get_object_or_404(ProviderApplication, pk=pk)
    try:
        application = services.application_approve(application, request.user)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("partners_applications:detail", pk=pk)
    messages.success(
        request,
        _("%(name)s is now a partner. Its editor account has been created and the applicant has been emailed.")
        % {"name": application.organisation_name},
    )
    return redirect("partners_applications:detail", pk=pk)


@require_POST
def application_reject_view(request, pk):
    _guard(request)
    application = get_object_or_404(ProviderApplication, pk=pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The application has not been rejected. Please correct the errors below."))
        return application_detail(request, pk, reject_form=form)
    try:
        services.application_reject(application, request.user, form.cleaned_data["note"])
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("partners_applications:detail", pk=pk)
    messages.success(request, _("The application has been rejected and the applicant has been emailed."))
    return redirect("partners_applications:detail", pk=pk)


class ApplicationsMenuItem(MenuItem):
    """Shown only to platform administrators, with the number of applications waiting."""

    def is_shown(self, request):
        return services.may_review_applications(request.user)

    def render_component(self, request):
        waiting = ProviderApplication.objects.pending().count()
        label = self.label
        if waiting:
            label = f"{label} ({waiting})"
        component = super().render_component(request)
        component.label = label
        return component


class ProviderApplicationViewSet(ViewSet):
    name = "provider-applications"
    url_namespace = "partners_applications"
    icon = "form"
    menu_label = gettext_lazy("Provider applications")
    menu_name = "provider-applications"
    menu_item_class = ApplicationsMenuItem

    def get_urlpatterns(self):
        return [
            path("", application_list, name="index"),
            path("<int:pk>/", application_detail, name="detail"),
            path("<int:pk>/approve/", application_approve_view, name="approve"),
            path("<int:pk>/reject/", application_reject_view, name="reject"),
        ]
