"""The mailbox's pages: a member's conversations, the provider's shared inbox, one conversation
(read, answer, assign, close, survey), starting a conversation and attachments. Every page works
without JavaScript; theme/static/theme/js/mailbox.js only keeps drafts on the server as you type.

Access is decided in services.py: a thread someone may not read answers 404, exactly like one that
does not exist.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView, View

from community.accounts.models import badges_prefetch
from community.files import private_file_response
from community.partners.models import PartnerOrganisation
from socialmap.mailbox import services
from socialmap.mailbox.app_settings import app_settings
from socialmap.mailbox.forms import AssignForm, ReplyForm, StartForm, SurveyForm
from socialmap.mailbox.models import Attachment, Message, ProviderMailbox, ReadMark, SurveyResponse, Thread


def _first_error(error):
    return error.messages[0] if getattr(error, "messages", None) else str(error)


def _crisis_notice(request, thread):
    """After a message with a crisis phrase: help now, next to the alert the professionals got."""
    if getattr(thread, "crisis", False):
        messages.warning(
            request,
            _(
                "We have asked the professionals to look at your message first. Is it not safe right now? "
                "Do not wait: call 112. Thinking about suicide? Call 113 (0800-0113), day and night."
            ),
        )


def _with_read_at(threads, user):
    read_at = ReadMark.objects.filter(thread=OuterRef("pk"), user=user).values("read_at")[:1]
    return threads.annotate(read_at=Subquery(read_at))


def _unread(thread):
    return thread.last_message_at is not None and (thread.read_at is None or thread.last_message_at > thread.read_at)


class MyThreadsView(LoginRequiredMixin, ListView):
    """/berichten/: the member's own conversations, newest activity first."""

    template_name = "mailbox/my_threads.html"
    paginate_by = app_settings.PAGE_SIZE

    def get_queryset(self):
        threads = Thread.objects.filter(member=self.request.user).select_related("partner")
        return _with_read_at(threads, self.request.user).order_by("-last_message_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for thread in context["object_list"]:
            thread.unread = _unread(thread)
        context["is_staff"] = bool(services.staff_partner_ids(self.request.user))
        return context


class InboxView(LoginRequiredMixin, ListView):
    """/berichten/inbox/: the shared inbox of the provider(s) a professional answers for.

    Tabs: unassigned, mine, all; open conversations waiting longest first, closed ones newest first.
    """

    template_name = "mailbox/inbox.html"
    paginate_by = app_settings.PAGE_SIZE
    TABS = ("unassigned", "mine", "all")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not services.staff_partner_ids(request.user):
            raise PermissionDenied(_("The inbox is for the professionals of a provider organisation."))
        return super().dispatch(request, *args, **kwargs)

    def tab(self):
        tab = self.request.GET.get("tab", "unassigned")
        return tab if tab in self.TABS else "unassigned"

    def closed(self):
        return self.request.GET.get("status") == "closed"

    def base(self):
        return Thread.objects.filter(partner_id__in=services.staff_partner_ids(self.request.user))

    def get_queryset(self):
        threads = self.base().select_related("partner", "member", "assigned_to")
        tab = self.tab()
        if tab == "unassigned":
            threads = threads.filter(assigned_to=None)
        elif tab == "mine":
            threads = threads.filter(assigned_to=self.request.user)
        if self.closed():
            threads = threads.closed().order_by("-closed_at", "-pk")
        else:
            threads = threads.open().order_by("last_message_at", "pk")
        return _with_read_at(threads, self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for thread in context["object_list"]:
            thread.unread = _unread(thread)
        user = self.request.user
        counts = (
            self.base()
            .open()
            .aggregate(
                unassigned=Count("pk", filter=Q(assigned_to=None)),
                mine=Count("pk", filter=Q(assigned_to=user)),
                all=Count("pk"),
            )
        )
        context.update(
            tab=self.tab(),
            closed=self.closed(),
            counts=counts,
            tabs=[
                ("unassigned", _("Unassigned"), counts["unassigned"]),
                ("mine", _("Mine"), counts["mine"]),
                ("all", _("All"), counts["all"]),
            ],
            extra_query=f"tab={self.tab()}" + ("&status=closed" if self.closed() else ""),
            partners=PartnerOrganisation.objects.filter(pk__in=services.staff_partner_ids(user)).order_by("name"),
        )
        return context


class StartView(LoginRequiredMixin, TemplateView):
    """/berichten/nieuw/<partner>/: write the first message to a provider (from a service, a match or the chat)."""

    template_name = "mailbox/start.html"
    max_upload_file_size = app_settings.ATTACHMENT_MAX_BYTES

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.partner = get_object_or_404(PartnerOrganisation, slug=kwargs["slug"])
        self.service = None
        service = request.GET.get("dienst") or request.POST.get("dienst")
        if service:
            from socialmap.models import Service

            try:
                self.service = Service.objects.filter(
                    uuid=service, published=True, organization__partner=self.partner
                ).first()
            except ValidationError:
                self.service = None
        origin = request.GET.get("via") or request.POST.get("via")
        self.origin = origin if origin in Thread.Origin.values else Thread.Origin.DIRECT
        # A professional of this provider the member chose (from a match): they get it directly.
        pseudonym = (request.GET.get("aan") or request.POST.get("aan") or "").strip()[:150]
        self.recipient = (
            services.staff_of(self.partner.pk).filter(pseudonym__iexact=pseudonym).first() if pseudonym else None
        )
        if self.service is not None and self.origin == Thread.Origin.DIRECT:
            self.origin = Thread.Origin.SERVICE

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form")
        if form is None:
            subject = self.service.name if self.service else self.request.GET.get("onderwerp", "")
            form = StartForm(initial={"subject": subject.strip()[:150]})
        context.update(
            form=form,
            partner=self.partner,
            service=self.service,
            origin=self.origin,
            recipient=self.recipient,
            accepts=services.accepts_messages(self.partner),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = StartForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                thread = services.thread_start(
                    request.user,
                    self.partner,
                    form.cleaned_data["text"],
                    subject=form.cleaned_data["subject"],
                    service=self.service,
                    origin=self.origin,
                    files=form.cleaned_data["attachments"],
                    assign_to=self.recipient,
                )
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, _first_error(error) or _("You cannot send messages at the moment."))
            else:
                messages.success(request, _("Your message has been sent. You get an email when there is an answer."))
                _crisis_notice(request, thread)
                return redirect(services.thread_url(thread))
        form.add_file_hint()
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ThreadView(LoginRequiredMixin, TemplateView):
    """/berichten/<id>/: one conversation; POST answers it."""

    template_name = "mailbox/thread.html"
    max_upload_file_size = app_settings.ATTACHMENT_MAX_BYTES

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.thread = None
        self.reported_only = None  # a moderator's view: only these reported messages

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.thread = services.thread_for(request.user, kwargs["public_id"])
            if self.thread is None and request.method == "GET":
                found = services.reported_for_moderator(request.user, kwargs["public_id"])
                if found is not None:
                    self.thread, self.reported_only = found
            if self.thread is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        thread, user = self.thread, self.request.user
        messages_shown = Message.objects.filter(thread=thread)
        if self.reported_only is not None:
            context.update(
                thread=thread,
                moderator_view=True,
                thread_messages=list(
                    messages_shown.filter(pk__in=self.reported_only)
                    .select_related("author")
                    .prefetch_related(badges_prefetch("author"))
                ),
            )
            return context
        is_member = thread.member_id == user.pk
        is_staff = services.is_staff_of(user, thread.partner_id)
        # The latest THREAD_MESSAGES messages; "show earlier messages" (?alles=1) shows them all.
        everything = self.request.GET.get("alles") == "1"
        limit = None if everything else app_settings.THREAD_MESSAGES
        recent = (
            messages_shown.select_related("author")
            .prefetch_related("attachments", badges_prefetch("author"))
            .order_by("-created_at", "-pk")
        )
        thread_messages = list(recent if limit is None else recent[: limit + 1])
        earlier = limit is not None and len(thread_messages) > limit
        thread_messages = thread_messages[:limit][::-1]
        form = kwargs.get("form") or ReplyForm(initial={"text": services.draft_of(user, thread)})
        context.update(
            thread=thread,
            thread_messages=thread_messages,
            earlier_messages=earlier,
            form=form,
            is_member=is_member,
            is_staff=is_staff,
            start_url=reverse("mailbox:start", args=[thread.partner.slug]),
        )
        if is_staff:
            context["assign_form"] = AssignForm(
                colleagues=services.staff_of(thread.partner_id), initial={"assignee": thread.assigned_to_id}
            )
        if is_member and not thread.is_open:
            answered = SurveyResponse.objects.filter(thread=thread).exists()
            context["survey_answered"] = answered
            if not answered:
                mailbox = ProviderMailbox.objects.filter(partner_id=thread.partner_id).first()
                questions = mailbox.extra_questions() if mailbox else []
                context["survey_form"] = kwargs.get("survey_form") or SurveyForm(questions=questions)
        return context

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.reported_only is None:
            services.mark_read(request.user, self.thread)
        return response

    def post(self, request, *args, **kwargs):
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                message = services.reply(
                    request.user, self.thread, form.cleaned_data["text"], form.cleaned_data["attachments"]
                )
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, _first_error(error) or _("You cannot send messages at the moment."))
            else:
                messages.success(request, _("Your message has been sent."))
                _crisis_notice(request, message.thread)
                return redirect(services.thread_url(self.thread) + "#reply")
        form.add_file_hint()
        return self.render_to_response(self.get_context_data(form=form), status=400)


class _ThreadAction(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.thread = services.thread_for(request.user, kwargs["public_id"])
            if self.thread is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)

    def done(self):
        return redirect(services.thread_url(self.thread))


class AssignView(_ThreadAction):
    def post(self, request, *args, **kwargs):
        if not services.is_staff_of(request.user, self.thread.partner_id):
            raise PermissionDenied
        colleagues = services.staff_of(self.thread.partner_id)
        if request.POST.get("assignee") == "me":
            assignee = request.user
        else:
            form = AssignForm(request.POST, colleagues=colleagues)
            if not form.is_valid():
                messages.error(request, _("Choose a colleague from the list."))
                return self.done()
            assignee = form.cleaned_data["assignee"]
        services.assign(request.user, self.thread, assignee)
        if assignee is None:
            messages.success(request, _("The conversation is unassigned again."))
        elif assignee.pk == request.user.pk:
            messages.success(request, _("You took this conversation."))
        else:
            messages.success(request, _("%(name)s now has this conversation.") % {"name": assignee.pseudonym})
        return self.done()


class CloseView(_ThreadAction):
    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "reopen":
            services.reopen(request.user, self.thread)
            messages.success(request, _("The conversation is open again."))
        else:
            services.close(request.user, self.thread)
            messages.success(request, _("The conversation is closed. The member is asked for the short survey."))
        return self.done()


class SurveyView(_ThreadAction):
    def post(self, request, *args, **kwargs):
        mailbox = ProviderMailbox.objects.filter(partner_id=self.thread.partner_id).first()
        form = SurveyForm(request.POST, questions=mailbox.extra_questions() if mailbox else [])
        if form.is_valid():
            try:
                services.survey_answer(
                    request.user, self.thread, form.cleaned_data["score"], form.cleaned_data["comment"], form.answers()
                )
            except ValidationError as error:
                messages.info(request, _first_error(error))
            else:
                messages.success(request, _("Thank you! Your answers help the organisation to help others better."))
            return self.done()
        view = ThreadView()
        view.setup(request, *args, **kwargs)
        view.thread = self.thread
        return view.render_to_response(view.get_context_data(survey_form=form), status=400)


class DraftView(_ThreadAction):
    """Keeps what someone is typing (mailbox.js posts it after a pause)."""

    def post(self, request, *args, **kwargs):
        if not self.thread.is_open:
            return JsonResponse({"saved": False}, status=409)
        services.draft_save(request.user, self.thread, request.POST.get("text", ""))
        return JsonResponse({"saved": True})


class AttachmentView(LoginRequiredMixin, View):
    """An attachment, only for those who may read its conversation; anyone else gets 404."""

    def get(self, request, public_id, attachment_id):
        thread = services.thread_for(request.user, public_id)
        if thread is None:
            raise Http404
        attachment = (
            Attachment.objects.filter(public_id=attachment_id, message__thread=thread, message__hidden=False)
            .select_related("message")
            .first()
        )
        if attachment is None:
            raise Http404
        return private_file_response(request, attachment.file, attachment.filename)


class SettingsView(LoginRequiredMixin, TemplateView):
    """/berichten/inbox/instellingen/<partner>/: the provider's welcome message and survey questions,
    for its professionals and editors (their own organisation only)."""

    template_name = "mailbox/settings.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.partner = None

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            partner = get_object_or_404(PartnerOrganisation, slug=kwargs["slug"])
            editable = PartnerOrganisation.objects.edited_by(request.user).filter(pk=partner.pk).exists()
            if not (editable or services.is_staff_of(request.user, partner.pk)):
                raise Http404
            self.partner = partner
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from socialmap.mailbox.forms import MailboxSettingsForm

        context = super().get_context_data(**kwargs)
        mailbox = services.mailbox_of(self.partner)
        context.update(
            partner=self.partner,
            form=kwargs.get("form") or MailboxSettingsForm(instance=mailbox),
            default_welcome=services.default_welcome(self.partner),
            staff=services.staff_of(self.partner.pk),
        )
        return context

    def post(self, request, *args, **kwargs):
        from socialmap.mailbox.forms import MailboxSettingsForm

        form = MailboxSettingsForm(request.POST, instance=services.mailbox_of(self.partner))
        if form.is_valid():
            form.save()
            messages.success(request, _("The mailbox settings have been saved."))
            return redirect("mailbox:settings", slug=self.partner.slug)
        return self.render_to_response(self.get_context_data(form=form), status=400)
