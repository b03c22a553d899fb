"""The agenda's pages under /plugins/agenda/: the weeks ahead, one activity, its .ics, "I'm coming"."""

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView

import plugins
from wijkplein_agenda.forms import ActivityFilterForm
from wijkplein_agenda.ics import activity_ics
from wijkplein_agenda.models import Activity
from wijkplein_agenda.queries import WEEKS_AHEAD, in_list_period, week_groups
from wijkplein_agenda.services import attendance_add, attendance_remove


class ActivityListView(ListView):
    template_name = "wijkplein_agenda/activity_list.html"
    context_object_name = "activities"
    paginate_by = 12

    def get_queryset(self):
        self.form = ActivityFilterForm(self.request.GET or None)
        return self.form.filter(in_list_period())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "form": self.form,
                "weeks": week_groups(context["page_obj"].object_list),
                "extra_query": self.form.query_string(),
                "filtered": bool(self.form.query_string()),
                "weeks_ahead": WEEKS_AHEAD,
            }
        )
        return context


def embed_url_for(activity, request):
    """The meeting link when its host is the one the administrator allowed to embed (else None)."""
    host = plugins.settings_for("agenda", request).get("embed_host")
    if not (host and activity.online_url):
        return None
    link, allowed = urlsplit(activity.online_url), urlsplit(host)
    if link.scheme == "https" and link.netloc.lower() == allowed.netloc.lower():
        return activity.online_url
    return None


class ActivityDetailView(DetailView):
    template_name = "wijkplein_agenda/activity_detail.html"
    context_object_name = "activity"

    def get_queryset(self):
        return Activity.objects.published().for_display()

    def get_context_data(self, **kwargs):
        from django.utils import timezone

        context = super().get_context_data(**kwargs)
        activity, user = self.object, self.request.user
        context.update(
            {
                "is_over": activity.ends_at < timezone.now(),
                "is_going": user.is_authenticated and activity.attendances.filter(user=user).exists(),
                "embed_url": embed_url_for(activity, self.request),
                "online_url": plugins.safe_url(activity.online_url),
            }
        )
        return context


class ActivityCalendarFileView(View):
    def get(self, request, pk):
        activity = get_object_or_404(Activity.objects.published().select_related("partner"), pk=pk)
        url = request.build_absolute_uri(reverse("agenda:detail", kwargs={"pk": activity.pk}))
        response = HttpResponse(
            activity_ics(activity, url=url, host=request.get_host()), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="activiteit-{activity.pk}.ics"'
        return response


class ActivityAttendView(LoginRequiredMixin, View):
    """POST only: say you will come, or that you will not after all."""

    http_method_names = ["post"]

    def post(self, request, pk):
        activity = get_object_or_404(Activity.objects.published(), pk=pk)
        if request.POST.get("going") == "no":
            attendance_remove(activity=activity, user=request.user)
            messages.success(request, _("Okay, you are no longer on the list for this activity."))
        else:
            attendance_add(activity=activity, user=request.user)
            messages.success(request, _("Nice that you are coming! You find it on your own page too."))
        return redirect("agenda:detail", pk=activity.pk)
