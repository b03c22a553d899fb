"""The safety core's screens: report content, the moderators' queue, handling an item, measures for a
member, the rota and the log; and for every member their own reports and measures."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView, ListView, TemplateView, View

from community.accounts.models import badges_prefetch
from community.accounts.roles import is_moderator
from community.moderation import selectors, services
from community.moderation.forms import (
    DutyPlanForm,
    DutyStartForm,
    MeasureForm,
    QueueFilterForm,
    ReportForm,
    ResolveForm,
)
from community.moderation.kinds import content_kind, content_kinds
from community.moderation.models import DutyShift, LogEntry, QueueItem, Report, Restriction


class ModeratorRequiredMixin(LoginRequiredMixin):
    extra_context = {"moderator_nav": True}

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _first_error(error):
    return error.messages[0] if getattr(error, "messages", None) else str(error)


# --- For every member ---------------------------------------------------------------------------


class ReportView(LoginRequiredMixin, FormView):
    """ "Report this": what is wrong (radio buttons, none chosen) and optionally more."""

    form_class = ReportForm
    template_name = "moderation/report.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.kind = content_kind(kwargs["kind"])
        self.content = self.kind.visible_to(request.user, kwargs["object_id"])
        if self.content is None:
            raise Http404("No such content")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(content=self.content, kind=self.kind, **kwargs)

    def form_valid(self, form):
        try:
            services.report_create(
                self.kind.key,
                self.content.object_id,
                self.request.user,
                form.cleaned_data["reason"],
                form.cleaned_data["explanation"],
            )
        except ValidationError as error:
            form.add_error(None, _first_error(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Thank you. A moderator will look at it soon. We will let you know when they have."),
        )
        return redirect(self.content.url)


class MyReportsView(LoginRequiredMixin, ListView):
    template_name = "moderation/my_reports.html"
    context_object_name = "reports"
    paginate_by = 20

    def get_queryset(self):
        return Report.objects.filter(reporter=self.request.user).select_related("item").order_by("-created_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = selectors.with_content([report.item for report in context["reports"]])
        for report, item in zip(context["reports"], items, strict=True):
            report.item = item
        return context


class MyMeasuresView(LoginRequiredMixin, TemplateView):
    """What moderators decided about me: active measures with their reason, and warnings."""

    template_name = "moderation/my_measures.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        warnings = selectors.with_content(
            QueueItem.objects.filter(author=user, status=QueueItem.Status.WARNED).order_by("-handled_at")[:20]
        )
        hidden = selectors.with_content(
            QueueItem.objects.filter(author=user, status=QueueItem.Status.HIDDEN).order_by("-handled_at")[:20]
        )
        return super().get_context_data(
            measures=Restriction.objects.active().filter(user=user).exclude(kind=Restriction.Kind.TRUST),
            warnings=warnings,
            hidden=hidden,
            **kwargs,
        )


# --- For moderators -------------------------------------------------------------------------------


class QueueView(ModeratorRequiredMixin, ListView):
    """One queue for every kind of content, most urgent first, with how long each item has waited."""

    template_name = "moderation/queue.html"
    context_object_name = "items"
    paginate_by = 25

    def get_queryset(self):
        self.filters = QueueFilterForm(
            self.request.GET or None, kinds=content_kinds().values(), places=selectors.places()
        )
        values = self.filters.cleaned_data if self.filters.is_valid() else {}
        return selectors.queue(**{key: values.get(key) or "" for key in ("kind", "reason", "age", "place")})

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = context["object_list"] = selectors.with_content(context["items"])
        context["filters"] = self.filters
        context["waiting"], context["overdue"] = selectors.pending_counts(self.request.user)
        context["on_duty"] = (
            DutyShift.objects.current().select_related("moderator").prefetch_related(badges_prefetch("moderator"))
        )
        context["now"] = timezone.now()
        return context


class ItemView(ModeratorRequiredMixin, FormView):
    form_class = ResolveForm
    template_name = "moderation/item.html"

    def dispatch(self, request, *args, **kwargs):
        self.item = get_object_or_404(QueueItem.objects.select_related("author", "handled_by"), pk=kwargs["pk"])
        if request.user.is_authenticated and self.item.author_id == request.user.pk:
            raise PermissionDenied  # about one's own text: another moderator handles it
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        (item,) = selectors.with_content([self.item])
        return super().get_context_data(
            item=item,
            reports=item.reports.select_related("reporter").prefetch_related(badges_prefetch("reporter")),
            history=LogEntry.objects.filter(content_kind=item.content_kind, object_id=item.object_id)
            .select_related("moderator")
            .prefetch_related(badges_prefetch("moderator"))
            .order_by("-created_at")[:20],
            earlier=QueueItem.objects.filter(author_id=item.author_id)
            .exclude(pk=item.pk)
            .exclude(status=QueueItem.Status.PENDING)
            .count()
            if item.author_id
            else 0,
            now=timezone.now(),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.item_resolve(self.item, self.request.user, form.cleaned_data["action"], form.cleaned_data["note"])
        except ValidationError as error:
            messages.info(self.request, _first_error(error))
            return redirect("moderation:queue")
        messages.success(self.request, _("Handled. The people involved have been told."))
        return redirect("moderation:queue")


class LogView(ModeratorRequiredMixin, ListView):
    template_name = "moderation/log.html"
    context_object_name = "entries"
    paginate_by = 50

    def get_queryset(self):
        entries = LogEntry.objects.select_related("moderator", "target_user").prefetch_related(
            badges_prefetch("moderator")
        )
        member = self.request.GET.get("member", "")
        if member.isascii() and member.isdigit() and len(member) < 19:
            entries = entries.filter(target_user_id=int(member))
        return entries


class MemberView(ModeratorRequiredMixin, FormView):
    """A member as moderators see them: measures (set, lift), earlier items, their log."""

    form_class = MeasureForm
    template_name = "moderation/member.html"

    def dispatch(self, request, *args, **kwargs):
        self.member = get_object_or_404(get_user_model(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        member = self.member
        items = Paginator(
            QueueItem.objects.filter(author=member).exclude(status=QueueItem.Status.PENDING).order_by("-handled_at"), 10
        ).get_page(1)
        return super().get_context_data(
            member=member,
            measures=Restriction.objects.filter(user=member)
            .select_related("created_by", "lifted_by")
            .prefetch_related(badges_prefetch("created_by"))[:20],
            active_ids={pk for pk in Restriction.objects.active().filter(user=member).values_list("pk", flat=True)},
            items=selectors.with_content(items),
            hold_reason=services.hold_reason(member, ""),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.restrict(
                self.member,
                form.cleaned_data["kind"],
                self.request.user,
                reason=form.cleaned_data["reason"],
                days=form.cleaned_data["days"],
            )
        except ValidationError as error:
            form.add_error(None, _first_error(error))
            return self.form_invalid(form)
        messages.success(self.request, _("The measure is set and in the log."))
        return redirect("moderation:member", pk=self.member.pk)


class MeasureLiftView(ModeratorRequiredMixin, View):
    def post(self, request, pk):
        restriction = get_object_or_404(Restriction, pk=pk)
        services.restriction_lift(restriction, request.user)
        messages.success(request, _("The measure is lifted."))
        return redirect("moderation:member", pk=restriction.user_id)


class DutyView(ModeratorRequiredMixin, TemplateView):
    """The rota: who is on duty now, the planned shifts, and switching oneself on or off."""

    template_name = "moderation/duty.html"

    def get_context_data(self, **kwargs):
        now = timezone.now()
        shifts = (
            DutyShift.objects.upcoming(now)
            .select_related("moderator")
            .prefetch_related(badges_prefetch("moderator"))[:100]
        )
        mine_now = DutyShift.objects.current(now).filter(moderator=self.request.user).order_by("-ends_at").first()
        kwargs.setdefault("start_form", DutyStartForm())
        kwargs.setdefault("plan_form", DutyPlanForm())
        return super().get_context_data(shifts=shifts, mine_now=mine_now, now=now, **kwargs)

    def post(self, request):
        action = request.POST.get("action")
        if action == "start":
            form = DutyStartForm(request.POST)
            if form.is_valid():
                services.duty_start(request.user, form.cleaned_data["hours"])
                messages.success(request, _("You are on duty. Alerts now come to you."))
                return redirect("moderation:duty")
            return self.render_to_response(self.get_context_data(start_form=form))
        if action == "stop":
            services.duty_stop(request.user)
            messages.success(request, _("You are off duty."))
            return redirect("moderation:duty")
        if action == "plan":
            form = DutyPlanForm(request.POST)
            if form.is_valid():
                try:
                    services.duty_plan(request.user, form.cleaned_data["starts_at"], form.cleaned_data["hours"])
                except ValidationError as error:
                    form.add_error("starts_at", _first_error(error))
                else:
                    messages.success(request, _("Your shift is planned."))
                    return redirect("moderation:duty")
            return self.render_to_response(self.get_context_data(plan_form=form))
        if action == "cancel":
            raw = request.POST.get("shift", "")
            shift = get_object_or_404(
                DutyShift, pk=int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else 0
            )
            services.duty_cancel(shift, request.user)
            messages.success(request, _("The shift is removed."))
            return redirect("moderation:duty")
        messages.error(request, _("Something went wrong. Try again."))
        return redirect("moderation:duty")
