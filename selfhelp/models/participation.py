"""Following a course: enrolment, progress per lesson, answers to exercises, the coaching thread, cohorts.

The access rules live on the QuerySets (`own`, `coached_by`, `visible_to`), so every view that
lists these inherits them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from selfhelp.blocks import EXERCISE_KINDS


class Cohort(models.Model):
    """A group following a course together from a start date; a lesson opens each week."""

    course = models.ForeignKey(
        "selfhelp.CoursePage",
        on_delete=models.CASCADE,
        related_name="cohorts",
        verbose_name=_("course"),
        limit_choices_to={"group_mode": True},
    )
    name = models.CharField(_("name"), max_length=100)
    start_date = models.DateField(_("start date"))
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("course"), FieldPanel("name"), FieldPanel("start_date")]

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["start_date", "pk"]

    def __str__(self):
        return f"{self.name} ({self.start_date:%d-%m-%Y})"

    @property
    def members(self):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(enrolments__cohort=self)


def is_active_coach(user):
    """A condition: `user` still holds an active verified role (a revoked coach loses access at once)."""
    from community.accounts.roles import verified_exists

    return verified_exists(user)


def is_course_coach(user, course_ref):
    """A condition: `user` is one of the coaches of the course `course_ref` points to, now.

    Chosen once by a participant is not enough: a coach taken off the course (or whose role was
    revoked, see is_active_coach) no longer sees its participants or their shared answers.
    """
    from selfhelp.models.pages import CoursePage

    return models.Exists(
        CoursePage.coaches.through.objects.filter(coursepage_id=models.OuterRef(course_ref), user_id=user.pk)
    )


class EnrolmentQuerySet(models.QuerySet):
    def own(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)

    def coached_by(self, user):
        """The enrolments of `user`'s own participants (those who chose them as coach), while `user`
        is still a verified coach of that course."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(is_active_coach(user), is_course_coach(user, "course_id"), coach=user)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("member")
    )
    course = models.ForeignKey(
        "selfhelp.CoursePage", on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("course")
    )
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coached_enrolments",
        verbose_name=_("coach"),
    )
    cohort = models.ForeignKey(
        Cohort, null=True, blank=True, on_delete=models.SET_NULL, related_name="enrolments", verbose_name=_("group")
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "selfhelp.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last lesson"),
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="selfhelp_enrolment_unique")]
        indexes = [models.Index(fields=["coach", "course"])]

    def __str__(self):
        return f"{self.user} – {self.course_id}"


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey("selfhelp.LessonPage", on_delete=models.CASCADE, related_name="+")
    done_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="selfhelp_progress_unique")]


class ExerciseAnswerQuerySet(models.QuerySet):
    def own(self, user):
        """A member's own answers (whatever their coach situation)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(enrolment__user=user)

    def visible_to(self, user):
        """A member's own answers; a coach also the answers their own participants shared with them,
        while they are a verified coach of that course."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            models.Q(enrolment__user=user)
            | models.Q(
                is_active_coach(user),
                is_course_coach(user, "enrolment__course_id"),
                shared_with_coach=True,
                enrolment__coach=user,
            )
        )

    def waiting_for_feedback(self):
        return self.filter(shared_with_coach=True, feedback_pending=True)


class ExerciseAnswer(models.Model):
    """One participant's answer to one exercise block (keyed by the block's StreamField id)."""

    KIND_CHOICES = [(kind, kind) for kind in EXERCISE_KINDS]

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="answers")
    lesson = models.ForeignKey("selfhelp.LessonPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    text = models.TextField(blank=True)
    choice = models.CharField(max_length=64, blank=True)
    checked = models.JSONField(default=list, blank=True)
    shared_with_coach = models.BooleanField(default=False)
    # The coach's turn: shared (or changed, or replied to) since the coach last wrote. The coach
    # dashboard lists these, longest `waiting_since` first; `reply_pending` says the member's
    # last message in the thread is still unanswered.
    feedback_pending = models.BooleanField(default=False)
    reply_pending = models.BooleanField(default=False)
    waiting_since = models.DateTimeField(null=True, blank=True)
    shared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ExerciseAnswerQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson", "block_id"], name="selfhelp_answer_unique")
        ]
        indexes = [models.Index(fields=["shared_with_coach", "feedback_pending", "shared_at"])]


class AnswerMessageQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The thread under an answer: its member, and their current coach while it is shared."""
        return self.filter(answer__in=ExerciseAnswer.objects.visible_to(user))


class AnswerMessage(models.Model):
    """One message in the short thread under a shared answer: the coach's feedback or the member's reply.

    `from_coach` is stored (not derived from the author) so the thread still reads right after the
    author's account is erased.
    """

    answer = models.ForeignKey(ExerciseAnswer, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    from_coach = models.BooleanField(default=True)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = AnswerMessageQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
