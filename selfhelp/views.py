"""Thin views for taking part in courses and coaching; the rules live in services and selectors."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Min, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, ListView, TemplateView

from community.accounts.models import User
from community.pages.models import paginate
from selfhelp import app_settings, services
from selfhelp.forms import AnswerForm, CoachChoiceForm, EnrolForm, FeedbackForm, ReplyForm
from selfhelp.lesson_context import REJECTED_ANSWER_ATTRIBUTE, REJECTED_REPLY_ATTRIBUTE, thread_prefetch
from selfhelp.models import CourseIndexPage, CoursePage, Enrolment, ExerciseAnswer, LessonPage
from selfhelp.progress import CourseProgress

DASHBOARD_PAGE_SIZE = 50


def catalogue_redirect(request):
    catalogue = CourseIndexPage.objects.live().first()
    return redirect(catalogue.url if catalogue else "/")


def _error_text(error):
    return " ".join(error.messages)


class CourseMixin(LoginRequiredMixin):
    """Looks up the live course from the URL, and the member's own enrolment in it."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.course = get_object_or_404(CoursePage.objects.live().public(), pk=kwargs["course_id"])
        self.enrolment = Enrolment.objects.own(request.user).filter(course=self.course).first()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(course=self.course, enrolment=self.enrolment, **kwargs)


class EnrolmentCreateView(CourseMixin, FormView):
    template_name = "selfhelp/enrolment_confirm.html"
    form_class = EnrolForm

    def get(self, request, *args, **kwargs):
        if self.enrolment:
            return redirect(self.course.url)
        return super().get(request, *args, **kwargs)

    def get_form_kwargs(self):
        from datetime import timedelta

        from django.utils import timezone

        # Groups that start soon or began less than two weeks ago can still be joined.
        since = timezone.localdate() - timedelta(days=14)
        cohorts = self.course.cohorts.filter(start_date__gte=since) if self.course.group_mode else None
        return {**super().get_form_kwargs(), "cohorts": cohorts}

    def form_valid(self, form):
        try:
            enrolment = services.enrolment_create(
                user=self.request.user, course=self.course, cohort=form.cleaned_data.get("cohort")
            )
        except ValidationError as error:
            form.add_error(None, _error_text(error))
            return self.form_invalid(form)
        messages.success(self.request, _("You are taking part in this course now. Good luck!"))
        if self.course.guided and enrolment.coach_id is None:
            return redirect("selfhelp:choose-coach", course_id=self.course.pk)
        first = self.course.lessons().first()
        return redirect(first.url if first else self.course.url)


class EnrolmentLeaveView(CourseMixin, TemplateView):
    template_name = "selfhelp/enrolment_leave.html"

    def get(self, request, *args, **kwargs):
        if self.enrolment is None:
            return redirect(self.course.url)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.enrolment is not None:
            services.enrolment_leave(enrolment=self.enrolment)
            messages.success(request, _("You have left the course. Your answers have been deleted."))
        return redirect(self.course.url)


class CoachChooseView(CourseMixin, FormView):
    template_name = "selfhelp/coach_choose.html"
    form_class = CoachChoiceForm

    def get_form_kwargs(self):
        coaches = User.objects.with_badges().filter(coached_courses=self.course).order_by("pseudonym")
        return {**super().get_form_kwargs(), "coaches": coaches}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coaches"] = list(context["form"].fields["coach"].queryset)
        return context

    def get(self, request, *args, **kwargs):
        if self.enrolment is None:
            messages.error(request, _("Sign up for the course first, then choose your coach."))
            return redirect(self.course.url)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.enrolment is None:
            messages.error(request, _("Sign up for the course first, then choose your coach."))
            return redirect(self.course.url)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.coach_choose(enrolment=self.enrolment, coach=form.cleaned_data["coach"])
        except ValidationError as error:
            form.add_error("coach", _error_text(error))
            return self.form_invalid(form)
        messages.success(
            self.request, _("%(coach)s is now your coach.") % {"coach": form.cleaned_data["coach"].pseudonym}
        )
        return redirect(self.enrolment.last_lesson.url if self.enrolment.last_lesson else self.course.url)


class LessonActionMixin(LoginRequiredMixin):
    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.lesson = get_object_or_404(LessonPage.objects.live().public(), pk=kwargs["lesson_id"])
        return super().dispatch(request, *args, **kwargs)


class LessonMarkDoneView(LessonActionMixin, View):
    def post(self, request, *args, **kwargs):
        try:
            enrolment, just_completed = services.lesson_mark_done(user=request.user, lesson=self.lesson)
        except ValidationError as error:
            messages.error(request, _error_text(error))
            return redirect(self.lesson.url)
        course = enrolment.course
        if just_completed:
            messages.success(request, _("Well done! You have finished every lesson of this course."))
            return redirect(course.url)
        next_lesson = self.lesson.get_next_siblings().live().first()
        messages.success(request, _("Lesson marked as done."))
        return redirect(next_lesson.url if next_lesson else course.url)


class AnswerSaveView(LessonActionMixin, View):
    def post(self, request, *args, **kwargs):
        block_id = kwargs["block_id"]
        form = AnswerForm(request.POST)
        typed = {
            "block_id": block_id,
            "text": request.POST.get("text", ""),
            "choice": request.POST.get("choice", ""),
            "checked": request.POST.getlist("checked"),
            "share": bool(request.POST.get("share")),
        }
        status = 400
        try:
            if not form.is_valid():
                raise ValidationError([error for errors in form.errors.values() for error in errors])
            data = form.cleaned_data
            services.answer_save(
                user=request.user,
                lesson=self.lesson,
                block_id=block_id,
                text=data["text"],
                choice=data["choice"],
                checked=data["checked"],
                share=data["share"],
            )
        except ValidationError as error:
            if not Enrolment.objects.own(request.user).filter(course__pk=self.lesson.course().pk).exists():
                status = 403
            return _lesson_again(
                request, self.lesson, REJECTED_ANSWER_ATTRIBUTE, typed | {"error": _error_text(error)}, status
            )
        messages.success(request, _("Your answer has been saved."))
        return redirect(f"{self.lesson.url}#oefening-{block_id}")


def _lesson_again(request, lesson, attribute, typed, status):
    """The lesson again, with what was typed and the error next to the exercise (nothing lost)."""
    setattr(request, attribute, typed)
    if lesson.exercise(typed["block_id"]) is None:
        messages.error(request, typed["error"])
    request.method = "GET"
    response = lesson.serve(request)
    response.status_code = status
    return response


class ReplyCreateView(LoginRequiredMixin, View):
    """The member replies to their coach's feedback, under the exercise on the lesson page."""

    http_method_names = ["post"]

    def post(self, request, answer_id):
        # Only one's own answer: anyone else's (a coach's participant's included) is "not found".
        answer = get_object_or_404(ExerciseAnswer.objects.own(request.user), pk=answer_id)
        lesson = get_object_or_404(LessonPage.objects.live().public(), pk=answer.lesson_id)
        form = ReplyForm(request.POST)
        error = ""
        if form.is_valid():
            try:
                services.reply_create(user=request.user, answer=answer, text=form.cleaned_data["text"])
            except ValidationError as rejected:
                error = _error_text(rejected)
            except PermissionDenied:
                raise Http404 from None
        else:
            error = " ".join(message for messages_ in form.errors.values() for message in messages_)
        if error:
            typed = {"block_id": answer.block_id, "text": request.POST.get("text", ""), "error": error}
            return _lesson_again(request, lesson, REJECTED_REPLY_ATTRIBUTE, typed, 400)
        messages.success(request, _("Your reply has been sent to your coach."))
        return redirect(f"{lesson.url}#oefening-{answer.block_id}")


class MyCoursesView(LoginRequiredMixin, ListView):
    template_name = "selfhelp/my_courses.html"
    context_object_name = "enrolments"

    def get_queryset(self):
        return (
            Enrolment.objects.own(self.request.user)
            .select_related("course", "coach", "last_lesson")
            .annotate(done=Count("progress", distinct=True))
            .order_by("-started_at")
        )

    def get_context_data(self, **kwargs):
        from selfhelp.models import lesson_counts

        context = super().get_context_data(**kwargs)
        counts = lesson_counts([enrolment.course for enrolment in context["enrolments"]])
        for enrolment in context["enrolments"]:
            enrolment.lesson_count = counts.get(enrolment.course_id, 0)
        context["is_coach"] = Enrolment.objects.coached_by(self.request.user).exists()
        return context


class CoachDashboardView(LoginRequiredMixin, TemplateView):
    """A coach's to-do first: participants with new shared answers or unanswered replies, the
    longest waiting at the top, with counts of each; then the other participants."""

    template_name = "selfhelp/coach_dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        waiting = Q(answers__shared_with_coach=True, answers__feedback_pending=True)
        participants = (
            Enrolment.objects.coached_by(self.request.user)
            .select_related("course", "user")
            .annotate(
                waiting_since=Min("answers__waiting_since", filter=waiting),
                waiting_count=Count("answers", filter=waiting, distinct=True),
                shared_count=Count("answers", filter=waiting & Q(answers__reply_pending=False), distinct=True),
                reply_count=Count("answers", filter=waiting & Q(answers__reply_pending=True), distinct=True),
                done=Count("progress", distinct=True),
            )
        )
        context["waiting"] = paginate(
            self.request,
            participants.filter(waiting_count__gt=0).order_by("waiting_since", "pk"),
            DASHBOARD_PAGE_SIZE,
        )
        others = participants.filter(waiting_count=0).order_by("-started_at", "pk")
        context["others"] = others[:DASHBOARD_PAGE_SIZE]
        context["others_count"] = others.count()
        return context


class CoachEnrolmentMixin(LoginRequiredMixin):
    def get_enrolment(self, enrolment_id):
        # Only one's own participants: anyone else's enrolment is "not found".
        return get_object_or_404(
            Enrolment.objects.coached_by(self.request.user).select_related("course", "user", "cohort"), pk=enrolment_id
        )


class ParticipantDetailView(CoachEnrolmentMixin, TemplateView):
    template_name = "selfhelp/participant_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enrolment = self.get_enrolment(kwargs["enrolment_id"])
        lessons = list(enrolment.course.lessons())
        answers = list(
            ExerciseAnswer.objects.visible_to(self.request.user)
            .filter(enrolment=enrolment, shared_with_coach=True)
            .prefetch_related(thread_prefetch())
            .order_by("-feedback_pending", "waiting_since", "shared_at", "pk")
        )
        by_lesson = {lesson.pk: lesson for lesson in lessons}
        for answer in answers:
            answer.lesson_page = by_lesson.get(answer.lesson_id)
            block = answer.lesson_page.exercise(answer.block_id) if answer.lesson_page else None
            answer.question = block.value["question"] if block else ""
        context.update(
            enrolment=enrolment,
            progress=CourseProgress(enrolment.course, lessons, enrolment),
            answers=answers,
            feedback_form=kwargs.get("feedback_form") or FeedbackForm(),
            form_answer_id=kwargs.get("form_answer_id"),
            feedback_max_length=app_settings.FEEDBACK_MAX_LENGTH,
        )
        return context


class FeedbackCreateView(CoachEnrolmentMixin, View):
    http_method_names = ["post"]

    def post(self, request, answer_id):
        answer = (
            ExerciseAnswer.objects.visible_to(request.user)
            .filter(pk=answer_id, shared_with_coach=True, enrolment__coach=request.user)
            .first()
        )
        if answer is None:
            raise Http404
        form = FeedbackForm(request.POST)
        if form.is_valid():
            try:
                services.feedback_create(coach=request.user, answer=answer, text=form.cleaned_data["text"])
            except ValidationError as error:
                form.add_error("text", _error_text(error))
            except PermissionDenied:
                raise Http404 from None
        if form.errors:
            view = ParticipantDetailView(request=request, args=(), kwargs={})
            context = view.get_context_data(
                enrolment_id=answer.enrolment_id, feedback_form=form, form_answer_id=answer.pk
            )
            response = view.render_to_response(context)
            response.status_code = 400
            return response
        messages.success(request, _("Your feedback has been sent. The participant gets a notification."))
        url = reverse("selfhelp:participant", kwargs={"enrolment_id": answer.enrolment_id})
        return redirect(f"{url}#antwoord-{answer.pk}")
