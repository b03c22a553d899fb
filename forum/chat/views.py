"""The chat's pages. They work without JavaScript (history, opening hours, alternatives, sending by
form); with it, theme/static/theme/js/chat.js makes them live over the websocket."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView, View

from community.accounts.models import badges_prefetch
from community.accounts.roles import is_moderator
from forum.chat import selectors, services
from forum.chat.app_settings import app_settings
from forum.chat.forms import (
    CloseForm,
    DutyForm,
    FallbackForm,
    MeasureForm,
    MessageForm,
    SlowModeForm,
    TransferForm,
    TriageForm,
)
from forum.chat.models import Message, Participation, Room, Transcript, Transfer
from forum.chat.schedule import room_state


def _first_error(error):
    return error.messages[0] if getattr(error, "messages", None) else str(error)


def _before(request):
    value = request.GET.get("voor", "")
    return int(value) if value.isdigit() and len(value) < 19 else None


class IndexView(TemplateView):
    """/chat/: the group rooms with their hours, the 1:1 chat, and help that is always there."""

    template_name = "chat/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        rooms = list(selectors.group_rooms().prefetch_related(badges_prefetch("host")))
        for room in rooms:
            room.state = room_state(room, now)
            room.opens_label = selectors.opening_label(room.state.opens_at) if room.state.opens_at else ""
        context.update(
            rooms=rooms,
            open_chat=services.open_direct_chat(self.request.user) if self.request.user.is_authenticated else None,
            on_duty=services.helpers_on_duty().exists(),
            is_helper=services.is_helper(self.request.user),
        )
        return context


class _RoomMixin:
    def room_context(self, room, user):
        before = _before(self.request)
        context = {"room": room, "before": before, "max_length": app_settings.MAX_LENGTH}
        if user.is_authenticated and services.may_read(user, room):
            payloads, more = selectors.messages_page(room, user, before=before)
            context.update(
                chat_messages=payloads,
                more=more,
                oldest=payloads[0]["id"] if payloads else None,
                state=selectors.state_payload(room, user),
                may_read=True,
                # A message the server refused is kept for the member to edit and send again.
                form=MessageForm(initial={"text": self.request.session.pop("chat_draft", "")}),
                show_help=self.request.session.pop("chat_help", False) or room.urgency == Room.Urgency.DANGER,
            )
        return context


class RoomView(_RoomMixin, TemplateView):
    """A group room: house rules pinned, hours, history for members, alternatives when closed."""

    template_name = "chat/room.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        room = get_object_or_404(
            Room.objects.groups()
            .select_related("host", "topic", "pinned__author")
            .prefetch_related("opening_hours", "sessions", badges_prefetch("host")),
            slug=kwargs["slug"],
        )
        user = self.request.user
        schedule = room_state(room)
        context.update(self.room_context(room, user))
        context.update(
            schedule=schedule,
            opens_label=selectors.opening_label(schedule.opens_at) if schedule.opens_at else "",
            sessions=room.sessions.filter(ends_at__gt=timezone.now())[:5],
            is_host=services.is_host(user, room),
        )
        part = services.participation(room, user) if user.is_authenticated else None
        if part is not None and part.removed():
            context.update(removed=part, may_read=False, chat_messages=[])
        if context["is_host"]:
            now = timezone.now()
            participants = (
                Participation.objects.filter(room=room)
                .exclude(user=user)
                .select_related("user")
                .order_by("-joined_at")[:100]
            )
            context.update(
                participants=participants,
                measure_form=MeasureForm(),
                slow_form=SlowModeForm(initial={"seconds": room.slow_mode_seconds}),
                now=now,
            )
        return context


def _direct_for(user, public_id):
    """A 1:1 chat the user may read, else 404 (guessing an id tells nothing)."""
    room = Room.objects.direct().select_related("member", "professional").filter(public_id=public_id).first()
    if room is None or not services.may_read(user, room):
        raise Http404("No such chat")
    return room


class DirectStartView(LoginRequiredMixin, FormView):
    """What happens to the conversation (B1), then three questions; "in danger now" shows 113/112."""

    template_name = "chat/start.html"
    form_class = TriageForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            existing = services.open_direct_chat(request.user)
            if existing is not None:
                return redirect(services.room_url(existing))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            on_duty=services.helpers_on_duty().exists(),
            group_days=app_settings.GROUP_RETENTION_DAYS,
            direct_days=app_settings.DIRECT_RETENTION_DAYS,
        )
        return context

    def form_valid(self, form):
        room = services.direct_start(
            self.request.user, form.cleaned_data["urgency"], form.topic_label(), form.cleaned_data["helper"]
        )
        return redirect(services.room_url(room))


class DirectView(LoginRequiredMixin, _RoomMixin, TemplateView):
    template_name = "chat/direct.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        room = _direct_for(user, kwargs["public_id"])
        context.update(self.room_context(room, user))
        is_professional = room.professional_id == user.pk
        context.update(
            is_member=room.member_id == user.pk,
            is_professional=is_professional,
            position=services.queue_position(room),
            fallback_due=services.fallback_due(room) and room.member_id == user.pk and not room.fallback,
            fallback_form=kwargs.get("fallback_form") or FallbackForm(),
            transfer=room.transfers.filter(status=Transfer.Status.PENDING).select_related("to_user").first(),
            max_days=app_settings.DIRECT_RETENTION_DAYS,
            transcript_saved=Transcript.objects.filter(user=user).exists() if room.member_id == user.pk else False,
        )
        if is_professional and room.status == Room.Status.ACTIVE:
            context.update(
                close_form=kwargs.get("close_form") or CloseForm(),
                transfer_form=kwargs.get("transfer_form") or TransferForm(colleagues=_colleagues(user, room)),
            )
        return context


def _colleagues(user, room):
    return services.helpers_on_duty().exclude(pk__in=[user.pk, room.member_id]).order_by("pseudonym")


class SendView(LoginRequiredMixin, View):
    """POST a message without JavaScript: the same service as the websocket."""

    def post(self, request, public_id):
        room = Room.objects.filter(public_id=public_id).first()
        if room is None or not services.may_read(request.user, room):
            raise Http404("No such chat")
        form = MessageForm(request.POST)
        url = services.room_url(room)
        if not form.is_valid():
            messages.error(request, form.errors.get("text", [_("Type a message first.")])[0])
            request.session["chat_draft"] = request.POST.get("text", "")[: app_settings.MAX_LENGTH * 2]
            return redirect(url)
        try:
            sent = services.message_send(room, request.user, form.cleaned_data["text"], form.cleaned_data["client_id"])
        except services.ChatError as error:
            messages.error(request, error.message)
            request.session["chat_draft"] = form.cleaned_data["text"]
            return redirect(url)
        if sent.crisis:
            request.session["chat_help"] = True
        return redirect(f"{url}#message-{sent.message.pk}")


class HostActionView(LoginRequiredMixin, View):
    """A host's tools in a group room: mute, remove, lift, hand off, slow mode, pin, close."""

    def post(self, request, slug):
        room = get_object_or_404(Room.objects.groups().select_related("topic"), slug=slug)
        if not services.is_host(request.user, room):
            raise PermissionDenied
        action = request.POST.get("action", "")
        url = reverse("chat:room", args=[room.slug])
        try:
            if action in ("mute", "remove"):
                form = MeasureForm({**request.POST.dict(), "measure": action})
                if not form.is_valid():
                    messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
                    return redirect(url + "#host-tools")
                member = self._member(room, form.cleaned_data["user"])
                services.participant_measure(
                    room, request.user, member, action, form.cleaned_data["minutes"], form.cleaned_data["reason"]
                )
                messages.success(request, _("%(name)s has been told, with your reason.") % {"name": member.pseudonym})
            elif action == "lift":
                member = self._member(room, request.POST.get("user"))
                services.participant_lift(room, request.user, member)
                messages.success(request, _("The measure for %(name)s has been lifted.") % {"name": member.pseudonym})
            elif action == "handoff":
                member = self._member(room, request.POST.get("user"))
                services.handoff(room, request.user, member, request.POST.get("note", ""))
                messages.success(
                    request, _("%(name)s has been offered a chat with a professional.") % {"name": member.pseudonym}
                )
            elif action == "slow":
                form = SlowModeForm(request.POST)
                if form.is_valid():
                    services.slow_mode_set(room, request.user, form.cleaned_data["seconds"])
            elif action in ("pin", "unpin"):
                message = None
                if action == "pin":
                    message = get_object_or_404(Message, room=room, pk=_int(request.POST.get("message")))
                services.message_pin(room, request.user, message)
            elif action == "close":
                services.session_close(room, request.user)
                messages.success(request, _("The session is closed."))
            else:
                messages.error(request, _("Unknown action."))
        except ValidationError as error:
            messages.error(request, _first_error(error))
        return redirect(url)

    def _member(self, room, pk):
        part = Participation.objects.filter(room=room, user_id=_int(pk)).select_related("user").first()
        if part is None:
            raise Http404("Not in this room")
        return part.user


def _int(value):
    value = str(value or "")
    return int(value) if value.isdigit() and len(value) < 19 else 0


class FallbackView(LoginRequiredMixin, View):
    def post(self, request, public_id):
        room = _direct_for(request.user, public_id)
        if room.member_id != request.user.pk:
            raise PermissionDenied
        form = FallbackForm(request.POST)
        if form.is_valid():
            try:
                services.fallback_choose(
                    room, request.user, form.cleaned_data["choice"], form.cleaned_data["phone"], form.cleaned_data["at"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if getattr(room, "handoff_url", None):
                    messages.success(
                        request,
                        _(
                            "Your question is now in your messages with the Wijkplein helpdesk. You get an email when there is an answer."
                        ),
                    )
                    return redirect(room.handoff_url)
                messages.success(request, _("Thank you. What you wrote is kept; we will get back to you."))
                return redirect(services.room_url(room))
        view = DirectView()
        view.setup(request, public_id=public_id)
        return view.render_to_response(view.get_context_data(public_id=public_id, fallback_form=form))


class ProfessionalActionView(LoginRequiredMixin, View):
    """The assigned professional: close with a summary, or propose a colleague."""

    def post(self, request, public_id, action):
        room = _direct_for(request.user, public_id)
        if room.professional_id != request.user.pk and not is_moderator(request.user):
            raise PermissionDenied
        url = services.room_url(room)
        if action == "sluiten":
            form = CloseForm(request.POST)
            if form.is_valid():
                try:
                    services.direct_close(room, request.user, form.cleaned_data["summary"])
                except ValidationError as error:
                    form.add_error("summary", error)
                else:
                    messages.success(request, _("The chat is closed; the member can read your summary."))
                    return redirect(url)
            return self._again(request, public_id, close_form=form)
        if action == "overdragen":
            form = TransferForm(request.POST, colleagues=_colleagues(request.user, room))
            if form.is_valid():
                try:
                    services.transfer_propose(
                        room, request.user, form.cleaned_data["to_user"], form.cleaned_data["note"]
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(request, _("The member now sees your proposal and can agree."))
                    return redirect(url)
            return self._again(request, public_id, transfer_form=form)
        raise Http404("Unknown action")

    def _again(self, request, public_id, **forms):
        view = DirectView()
        view.setup(request, public_id=public_id)
        return view.render_to_response(view.get_context_data(public_id=public_id, **forms))


class MemberActionView(LoginRequiredMixin, View):
    """The member: answer a transfer proposal, end the chat, or keep a transcript."""

    def post(self, request, public_id, action):
        room = _direct_for(request.user, public_id)
        if room.member_id != request.user.pk:
            raise PermissionDenied
        url = services.room_url(room)
        try:
            if action in ("akkoord", "liever-niet"):
                transfer = get_object_or_404(Transfer, room=room, pk=_int(request.POST.get("transfer")))
                services.transfer_decide(transfer, request.user, accept=action == "akkoord")
            elif action == "beeindigen":
                services.direct_close(room, request.user)
                messages.success(request, _("You have ended the chat."))
            elif action == "bewaren":
                services.transcript_save(room, request.user)
                messages.success(request, _("The chat is saved in your account, under “Saved chats”."))
                return redirect("chat:transcripts")
            else:
                raise Http404("Unknown action")
        except ValidationError as error:
            messages.error(request, _first_error(error))
        return redirect(url)


class HelperRequiredMixin(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not services.is_helper(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QueueView(HelperRequiredMixin, TemplateView):
    """The professionals' queue: on duty or not, capacity, who waits (with the triage answers)."""

    template_name = "chat/queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        status = services.helper_status(user)
        context.update(
            status=status,
            duty_form=DutyForm(initial={"on_duty": status.on_duty, "capacity": status.capacity}),
            waiting=list(Room.objects.waiting().select_related("member")[:100]),
            mine=list(services.active_chats(user).select_related("member")),
            colleagues=list(services.helpers_on_duty().exclude(pk=user.pk)),
            now=timezone.now(),
            pickup_minutes=app_settings.PICKUP_MINUTES,
        )
        return context


class DutyView(HelperRequiredMixin, View):
    def post(self, request):
        form = DutyForm(request.POST)
        if form.is_valid():
            services.duty_set(request.user, form.cleaned_data["on_duty"], form.cleaned_data["capacity"])
            if form.cleaned_data["on_duty"]:
                messages.success(request, _("You are on duty: waiting members are shown here."))
            else:
                messages.success(request, _("You are off duty."))
        else:
            messages.error(request, _("Choose between 1 and 10 chats at the same time."))
        return redirect("chat:queue")


class PickupView(HelperRequiredMixin, View):
    def post(self, request, public_id):
        room = Room.objects.direct().filter(public_id=public_id).first()
        if room is None:
            raise Http404("No such chat")
        try:
            services.pickup(room, request.user)
        except ValidationError as error:
            messages.error(request, _first_error(error))
            return redirect("chat:queue")
        return redirect(services.room_url(room))


class TranscriptListView(LoginRequiredMixin, ListView):
    template_name = "chat/transcripts.html"
    paginate_by = 20

    def get_queryset(self):
        return Transcript.objects.filter(user=self.request.user)


class TranscriptView(LoginRequiredMixin, DetailView):
    template_name = "chat/transcript.html"

    def get_queryset(self):
        return Transcript.objects.filter(user=self.request.user)


class TranscriptDeleteView(LoginRequiredMixin, View):
    def post(self, request, pk):
        Transcript.objects.filter(user=request.user, pk=pk).delete()
        messages.success(request, _("The saved chat has been deleted."))
        return redirect("chat:transcripts")
