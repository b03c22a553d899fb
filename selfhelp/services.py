"""Writes for self-help courses: enrolling, progress, answers, coaching and the course sections.

Each service checks what it needs and raises ValidationError with a message a member can read.
They are idempotent where a double submit is likely (enrolling, marking done, saving an answer,
sending the same feedback twice).
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from community.accounts.roles import is_verified
from selfhelp import app_settings
from selfhelp.blocks import KIND_CHECKLIST, KIND_QUIZ, KIND_REFLECTION
from selfhelp.cohorts import cohort_space_sync
from selfhelp.models import (
    CoachFeedback,
    Cohort,
    CourseIndexPage,
    CoursePage,
    CoursePartnerSectionPage,
    Enrolment,
    ExerciseAnswer,
    LessonPage,
    LessonProgress,
)
from selfhelp.progress import CourseProgress

CATALOGUE_TITLE = "Zelfhulp"
CATALOGUE_SLUG = "zelfhulp"
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")


# --- Catalogue and partner course sections -------------------------------------------------


@transaction.atomic
def catalogue_setup():
    """The course catalogue under the home page, with the platform's approval workflow. Idempotent."""
    from community.pages.models import HomePage
    from community.pages.services import WORKFLOW_NAME

    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        home = HomePage.objects.first()
        if home is None:
            raise ValueError("Run platform_setup() before setting up the course catalogue.")
        catalogue = CourseIndexPage(
            title=CATALOGUE_TITLE,
            slug=CATALOGUE_SLUG,
            intro="Werk in je eigen tempo aan wat voor jou belangrijk is. Alleen, of samen met een coach.",
        )
        home.add_child(instance=catalogue)
        catalogue.save_revision().publish()
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
    return catalogue


@transaction.atomic
def course_section_provision(partner):
    """Give `partner` a course section under the catalogue that its editor group may add to and change.

    Like `partner_provision` for information sections; safe to run again.
    """
    from community.partners.services import partner_provision

    if partner.editor_group_id is None:
        partner_provision(partner)
    catalogue = catalogue_setup()
    section = CoursePartnerSectionPage.objects.filter(partner=partner).first()
    if section is None:
        slug = partner.slug or slugify(partner.name)
        section = CoursePartnerSectionPage(title=partner.name, slug=slug, partner=partner)
        catalogue.add_child(instance=section)
        section.save_revision().publish()
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=partner.editor_group,
            page=section,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    return section


# --- Enrolment ------------------------------------------------------------------------------


def _live_course(course):
    if not isinstance(course, CoursePage) or not course.live:
        raise ValidationError(_("This course is not available."))
    return course


@transaction.atomic
def enrolment_create(*, user, course, cohort=None):
    """Enrol `user` in `course` (in `cohort` for group courses). Enrolling twice returns the first."""
    if not user.is_authenticated:
        raise PermissionDenied
    _live_course(course)
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing:
        return existing
    if cohort is not None and (not course.group_mode or cohort.course_id != course.pk):
        raise ValidationError(_("This group does not belong to this course."))
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(user=user, course=course, cohort=cohort)
    except IntegrityError:  # a second request won the race
        return Enrolment.objects.get(user=user, course=course)
    if cohort is not None:
        cohort_space_sync(cohort)  # the new participant joins the group's private forum at once
    return enrolment


@transaction.atomic
def enrolment_leave(*, enrolment):
    """Stop a course: the enrolment, its progress, answers and the feedback on them are deleted."""
    cohort = enrolment.cohort
    enrolment.delete()
    if cohort is not None:
        cohort_space_sync(cohort)  # and they leave the group's private forum


def enrolment_visit(enrolment, lesson):
    """Remember the lesson a participant last worked on (answered, marked done), to go on there.

    Called from those actions (POST), never from a page view: a GET does not write.
    """
    if enrolment.last_lesson_id != lesson.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson)
        enrolment.last_lesson_id = lesson.pk


def _own_enrolment(user, lesson):
    course = lesson.course()
    enrolment = Enrolment.objects.own(user).filter(course=course).select_related("cohort").first()
    if enrolment is None:
        raise ValidationError(_("You are not taking part in this course yet. Sign up for the course first."))
    progress = CourseProgress(course, course.lessons(), enrolment)
    if not progress.is_unlocked(lesson):
        raise ValidationError(_("This lesson is not open yet for your group."))
    return enrolment, progress


@transaction.atomic
def lesson_mark_done(*, user, lesson):
    """Mark `lesson` done; returns (enrolment, just_completed) — just_completed on the last open lesson."""
    enrolment, progress = _own_enrolment(user, lesson)
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    enrolment_visit(enrolment, lesson)
    progress.__dict__.pop("done_ids", None)
    just_completed = False
    if progress.complete and enrolment.completed_at is None:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        just_completed = True
    return enrolment, just_completed


# --- Answers --------------------------------------------------------------------------------


def _option_ids(block):
    return [child.id for child in block.value["options"].bound_blocks]


def _item_ids(block):
    return [child.id for child in block.value["items"].bound_blocks]


@transaction.atomic
def answer_save(*, user, lesson, block_id, text="", choice="", checked=(), share=None):
    """Save `user`'s answer to the exercise `block_id` of `lesson` (replacing an earlier one).

    `share` True/False shares or unshares a reflection with the coach (other kinds are never
    shared); None leaves it as it was.
    """
    enrolment, _progress = _own_enrolment(user, lesson)
    block = lesson.exercise(block_id)
    if block is None:
        raise ValidationError(_("This exercise does not exist (any more). Reload the page and try again."))
    values = {"kind": block.block_type, "text": "", "choice": "", "checked": []}
    if block.block_type == KIND_REFLECTION:
        text = (text or "").strip()
        limit = app_settings.ANSWER_MAX_LENGTH
        if len(text) > limit:
            raise ValidationError(
                _("Your answer is too long: %(length)d characters. Keep it under %(limit)d characters.")
                % {"length": len(text), "limit": limit}
            )
        if not text:
            raise ValidationError(_("Write an answer first."))
        values["text"] = text
    elif block.block_type == KIND_QUIZ:
        if choice not in _option_ids(block):
            raise ValidationError(_("Choose one of the answers."))
        values["choice"] = choice
    elif block.block_type == KIND_CHECKLIST:
        allowed = _item_ids(block)
        checked = list(dict.fromkeys(checked))
        if any(item not in allowed for item in checked):
            raise ValidationError(_("This checklist has changed. Reload the page and tick again."))
        values["checked"] = [item for item in allowed if item in checked]
    answer = (
        ExerciseAnswer.objects.select_for_update().filter(enrolment=enrolment, lesson=lesson, block_id=block_id).first()
    )
    changed = answer is None or any(getattr(answer, key) != value for key, value in values.items())
    if answer is None:
        answer = ExerciseAnswer(enrolment=enrolment, lesson=lesson, block_id=block_id)
    for key, value in values.items():
        setattr(answer, key, value)
    if changed and answer.shared_with_coach:
        answer.feedback_pending = True
    answer.save()
    enrolment_visit(enrolment, lesson)
    if share is not None and block.block_type == KIND_REFLECTION:
        answer = answer_share(user=user, answer=answer, share=share)
    return answer


@transaction.atomic
def answer_share(*, user, answer, share=True):
    """Share (or stop sharing) one's own reflection answer with one's coach."""
    if answer.enrolment.user_id != user.pk:
        raise PermissionDenied
    if share and answer.kind != KIND_REFLECTION:
        raise ValidationError(_("Only answers to reflection exercises can be shared with your coach."))
    if bool(share) == answer.shared_with_coach:
        return answer
    answer.shared_with_coach = bool(share)
    answer.feedback_pending = bool(share)
    answer.shared_at = timezone.now() if share else None
    answer.save(update_fields=["shared_with_coach", "feedback_pending", "shared_at", "updated_at"])
    return answer


# --- Coaching -------------------------------------------------------------------------------


@transaction.atomic
def coach_choose(*, enrolment, coach):
    """Choose `coach` (one of the course's coaches, still verified) for a guided course."""
    course = enrolment.course
    if not course.guided:
        raise ValidationError(_("This course has no coaches; you follow it on your own."))
    # Ask the database, not the page object (whose coaches may be an unsaved in-memory cluster).
    is_course_coach = (
        coach is not None
        and CoursePage.coaches.through.objects.filter(coursepage_id=course.pk, user_id=coach.pk).exists()
    )
    if not is_course_coach or not is_verified(coach):
        raise ValidationError(_("Choose one of the coaches of this course."))
    if coach.pk == enrolment.user_id:
        raise ValidationError(_("You cannot be your own coach."))
    if enrolment.coach_id != coach.pk:
        enrolment.coach = coach
        enrolment.save(update_fields=["coach"])
        # Answers shared earlier now go to the new coach, who has not answered them yet.
        enrolment.answers.filter(shared_with_coach=True).update(feedback_pending=True)
    return enrolment


@transaction.atomic
def feedback_create(*, coach, answer, text):
    """Write feedback on a shared answer of one's own participant and notify them (a link only)."""
    from community.notifications.services import notification_send

    answer = (
        ExerciseAnswer.objects.visible_to(coach)
        .filter(pk=answer.pk, enrolment__coach=coach, shared_with_coach=True)
        .first()
    )
    if answer is None:
        raise PermissionDenied
    text = (text or "").strip()
    limit = app_settings.FEEDBACK_MAX_LENGTH
    if not text:
        raise ValidationError(_("Write your feedback first."))
    if len(text) > limit:
        raise ValidationError(
            _("Your feedback is too long: %(length)d characters. Keep it under %(limit)d characters.")
            % {"length": len(text), "limit": limit}
        )
    latest = answer.feedback.order_by("-created_at", "-pk").first()
    if latest is not None and latest.coach_id == coach.pk and latest.text == text:
        return latest  # a double submit
    feedback = CoachFeedback.objects.create(answer=answer, coach=coach, text=text)
    ExerciseAnswer.objects.filter(pk=answer.pk).update(feedback_pending=False)
    lesson = LessonPage.objects.get(pk=answer.lesson_id)
    notification_send(answer.enrolment.user, "selfhelp.feedback", f"{lesson.url}#oefening-{answer.block_id}")
    return feedback


@transaction.atomic
def cohort_create(*, course, name, start_date):
    if not course.group_mode:
        raise ValidationError(_("This course is not followed in groups."))
    return Cohort.objects.get_or_create(course=course, name=name, start_date=start_date)[0]
