"""The notification list, opening one, marking read, and the delivery preferences."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, ListView

from community.notifications.forms import PreferencesForm
from community.notifications.models import Notification
from community.notifications.services import notification_mark_read, preferences_update


class NotificationListView(LoginRequiredMixin, ListView):
    template_name = "notifications/notification_list.html"
    context_object_name = "notifications"
    paginate_by = 20

    def get_queryset(self):
        return Notification.objects.for_user(self.request.user).select_related("actor")


class NotificationOpenView(LoginRequiredMixin, View):
    """Marks the notification read and follows its link; someone else's notification is a 404."""

    def get(self, request, pk):
        notification = get_object_or_404(Notification.objects.for_user(request.user), pk=pk)
        notification_mark_read(request.user, notification.pk)
        target = notification.target_url
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "/"
        return redirect(target)


class NotificationMarkReadView(LoginRequiredMixin, View):
    def post(self, request):
        raw_id = request.POST.get("notification")
        if raw_id and not (raw_id.isascii() and raw_id.isdigit()):
            messages.error(request, _("That notification does not exist."))
            return redirect("notifications:list")
        count = notification_mark_read(request.user, int(raw_id) if raw_id else None)
        if not raw_id:
            messages.success(request, _("All notifications are marked as read."))
        elif not count:
            messages.info(request, _("That notification was already read."))
        return redirect("notifications:list")


class PreferencesView(LoginRequiredMixin, FormView):
    template_name = "notifications/preferences.html"

    def get_form(self, form_class=None):
        return PreferencesForm(self.request.user, **self.get_form_kwargs())

    def form_valid(self, form):
        preferences_update(self.request.user, form.cleaned_data)
        messages.success(self.request, _("Your notification settings have been saved."))
        return redirect("notifications:preferences")
