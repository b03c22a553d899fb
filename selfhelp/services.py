"""Writes for self-help courses: enrolling, progress, answers, coaching and the course sections.

Each service checks what it needs and raises ValidationError with a message a member can read.
They are idempotent where a double submit is likely (enrolling, marking done, saving an answer,
sending the same feedback or reply twice).

Coaching closes its loops with notifications, each saying who did what about which course or
exercise: the coach hears when a member chooses them, shares an answer (or changes one the coach
already answered) and replies to feedback; the member hears when the coach writes.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from community.accounts.roles import is_verified
from selfhelp import app_settings
from selfhelp.blocks import KIND_CHECKLIST, KIND_QUIZ, KIND_REFLECTION
from selfhelp.cohorts import cohort_space_sync
from selfhelp.models import (
    AnswerMessage,
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
    was_waiting = answer.shared_with_coach and answer.feedback_pending
    for key, value in values.items():
        setattr(answer, key, value)
    if changed and answer.shared_with_coach:
        _coach_turn(answer)
    answer.save()
    enrolment_visit(enrolment, lesson)
    if share is not None and block.block_type == KIND_REFLECTION:
        answer = _answer_share_set(answer, share)
    if answer.shared_with_coach and answer.feedback_pending and not was_waiting:
        _answer_shared_notify(answer, lesson)
    return answer


def _coach_turn(answer, *, reply=False):
    """Put `answer` on the coach's to-do (unsaved); it keeps the time it first started waiting."""
    if not answer.feedback_pending:
        answer.waiting_since = timezone.now()
    answer.feedback_pending = True
    answer.reply_pending = answer.reply_pending or reply


def _answer_share_set(answer, share):
    if bool(share) == answer.shared_with_coach:
        return answer
    answer.shared_with_coach = bool(share)
    answer.feedback_pending = answer.reply_pending = False
    if share:
        _coach_turn(answer)
    else:
        answer.waiting_since = None
    answer.shared_at = timezone.now() if share else None
    answer.save(
        update_fields=[
            "shared_with_coach",
            "feedback_pending",
            "reply_pending",
            "waiting_since",
            "shared_at",
            "updated_at",
        ]
    )
    return answer


@transaction.atomic
def answer_share(*, user, answer, share=True):
    """Share (or stop sharing) one's own reflection answer with one's coach, who is told about a share."""
    if answer.enrolment.user_id != user.pk:
        raise PermissionDenied
    if share and answer.kind != KIND_REFLECTION:
        raise ValidationError(_("Only answers to reflection exercises can be shared with your coach."))
    was_shared = answer.shared_with_coach
    answer = _answer_share_set(answer, share)
    if answer.shared_with_coach and not was_shared:
        _answer_shared_notify(answer, LessonPage.objects.get(pk=answer.lesson_id))
    return answer


# --- Coaching -------------------------------------------------------------------------------


def exercise_title(lesson, block_id):
    """What a notification says an answer is about: the exercise's question, else the lesson title."""
    block = lesson.exercise(block_id)
    return (block.value["question"] if block else "") or lesson.title


def _participant_url(enrolment, answer=None):
    url = reverse("selfhelp:participant", args=[enrolment.pk])
    return f"{url}#antwoord-{answer.pk}" if answer is not None else url


def _current_coach(enrolment):
    """The enrolment's coach while they may still see it (verified, on the course), else None."""
    coach = enrolment.coach
    if coach is None or not Enrolment.objects.coached_by(coach).filter(pk=enrolment.pk).exists():
        return None
    return coach


def _answer_shared_notify(answer, lesson):
    """Tell the coach an answer is waiting for them; several shares of one participant are one line."""
    from community.notifications.services import notification_send

    enrolment = answer.enrolment
    coach = _current_coach(enrolment)
    if coach is None:
        return
    notification_send(
        coach,
        "selfhelp.answer_shared",
        _participant_url(enrolment, answer),
        actor=enrolment.user,
        subject=exercise_title(lesson, answer.block_id),
        group=f"selfhelp:participant:{enrolment.pk}",
    )


@transaction.atomic
def coach_choose(*, enrolment, coach):
    """Choose `coach` (one of the course's coaches, still verified) for a guided course; they are told."""
    from community.notifications.services import notification_send

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
        enrolment.answers.filter(shared_with_coach=True, feedback_pending=False).update(
            feedback_pending=True, waiting_since=timezone.now()
        )
        notification_send(
            coach,
            "selfhelp.coach_chosen",
            _participant_url(enrolment),
            actor=enrolment.user,
            subject=course.title,
            group=f"selfhelp:participant:{enrolment.pk}",
        )
    return enrolment


def _message_text(text, *, empty, too_long):
    text = (text or "").strip()
    limit = app_settings.FEEDBACK_MAX_LENGTH
    if not text:
        raise ValidationError(empty)
    if len(text) > limit:
        raise ValidationError(too_long % {"length": len(text), "limit": limit})
    return text


def _is_double_submit(answer, author, text):
    latest = answer.messages.order_by("-created_at", "-pk").first()
    return latest if latest is not None and latest.author_id == author.pk and latest.text == text else None


@transaction.atomic
def feedback_create(*, coach, answer, text):
    """The coach writes in the thread under a shared answer of their own participant (feedback, or an
    answer to the member's reply); the member is notified, with the coach and the exercise named."""
    from community.notifications.services import notification_send

    answer = (
        ExerciseAnswer.objects.visible_to(coach)
        .select_for_update()
        .filter(pk=answer.pk, enrolment__coach=coach, shared_with_coach=True)
        .first()
    )
    if answer is None:
        raise PermissionDenied
    text = _message_text(
        text,
        empty=_("Write your feedback first."),
        too_long=_("Your feedback is too long: %(length)d characters. Keep it under %(limit)d characters."),
    )
    double = _is_double_submit(answer, coach, text)
    if double is not None:
        return double
    message = AnswerMessage.objects.create(answer=answer, author=coach, from_coach=True, text=text)
    ExerciseAnswer.objects.filter(pk=answer.pk).update(feedback_pending=False, reply_pending=False, waiting_since=None)
    lesson = LessonPage.objects.get(pk=answer.lesson_id)
    notification_send(
        answer.enrolment.user,
        "selfhelp.feedback",
        f"{lesson.url}#oefening-{answer.block_id}",
        actor=coach,
        subject=exercise_title(lesson, answer.block_id),
        group=f"selfhelp:answer:{answer.pk}",
    )
    return message


@transaction.atomic
def reply_create(*, user, answer, text):
    """The member replies to their coach's feedback on their own shared answer; the coach is notified.

    Only while the answer is shared and the member has a coach who may still read it (the thread
    is between the member and their current coach).
    """
    from community.notifications.services import notification_send

    answer = (
        ExerciseAnswer.objects.own(user)
        .select_for_update(of=("self",))
        .select_related("enrolment__user", "enrolment__coach")
        .filter(pk=answer.pk)
        .first()
    )
    if answer is None:
        raise PermissionDenied
    coach = _current_coach(answer.enrolment)
    if not answer.shared_with_coach or coach is None:
        raise ValidationError(_("You can only reply while this answer is shared with your coach."))
    if not answer.messages.filter(from_coach=True).exists():
        raise ValidationError(_("You can reply once your coach has given feedback."))
    text = _message_text(
        text,
        empty=_("Write your reply first."),
        too_long=_("Your reply is too long: %(length)d characters. Keep it under %(limit)d characters."),
    )
    double = _is_double_submit(answer, user, text)
    if double is not None:
        return double
    message = AnswerMessage.objects.create(answer=answer, author=user, from_coach=False, text=text)
    _coach_turn(answer, reply=True)
    answer.save(update_fields=["feedback_pending", "reply_pending", "waiting_since", "updated_at"])
    lesson = LessonPage.objects.get(pk=answer.lesson_id)
    notification_send(
        coach,
        "selfhelp.reply",
        _participant_url(answer.enrolment, answer),
        actor=user,
        subject=exercise_title(lesson, answer.block_id),
        group=f"selfhelp:answer:{answer.pk}",
    )
    return message


@transaction.atomic
def cohort_create(*, course, name, start_date):
    if not course.group_mode:
        raise ValidationError(_("This course is not followed in groups."))
    return Cohort.objects.get_or_create(course=course, name=name, start_date=start_date)[0]
