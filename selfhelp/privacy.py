"""Self-help's part of "download my data" and "delete my account".

A participant's enrolments, progress, answers and the coaching threads under them are about them
and go with their account. A coach's feedback in other members' threads stays for those members,
without the coach's name (`AnswerMessage.from_coach` keeps the thread readable: "feedback from a
former coach"), or as "message removed" when the coach asked for their texts to be removed.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from selfhelp.blocks import KIND_CHECKLIST, KIND_QUIZ
from selfhelp.models import AnswerMessage, CoursePage, Enrolment, ExerciseAnswer, LessonPage, LessonProgress

REMOVED_TEXT = gettext_noop("message removed")


def stored_text(message):
    """`message` in the site's default language (Dutch): for text written into the database."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(message)


def _when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def _children(block, name):
    """(id, text) of the options of a quiz or the items of a checklist."""
    children = []
    for child in block.value[name].bound_blocks:
        value = child.value
        children.append((child.id, str(value.get("text", "")) if hasattr(value, "get") else str(value)))
    return children


def _exercise(lessons, answer):
    """(question, the answer in words) for an exercise answer; the stored ids when the block is gone."""
    lesson = lessons.get(answer.lesson_id)
    block = lesson.exercise(answer.block_id) if lesson else None
    if block is None:
        return "", answer.choice or list(answer.checked)
    question = str(block.value.get("question") or block.value.get("title") or "")
    if answer.kind == KIND_QUIZ:
        return question, dict(_children(block, "options")).get(answer.choice, answer.choice)
    if answer.kind == KIND_CHECKLIST:
        texts = dict(_children(block, "items"))
        return question, [texts.get(item, item) for item in answer.checked]
    return question, answer.text


def selfhelp_export(user):
    """Everything self-help holds about `user`: JSON-serialisable.

    The coach's pseudonym is in the member's own threads (it is who they chose); a coach's own
    feedback to other members is exported without the participant.
    """
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course", "coach", "cohort", "last_lesson").order_by("pk")
    )
    progress = {}
    for row in LessonProgress.objects.filter(enrolment__in=enrolments).select_related("lesson").order_by("done_at"):
        progress.setdefault(row.enrolment_id, []).append({"lesson": row.lesson.title, "done_at": _when(row.done_at)})
    answers = list(
        ExerciseAnswer.objects.filter(enrolment__user=user)
        .select_related("enrolment__course")
        .prefetch_related("messages__author")
        .order_by("pk")
    )
    lessons = {lesson.pk: lesson for lesson in LessonPage.objects.filter(pk__in={a.lesson_id for a in answers})}
    answer_rows = []
    for answer in answers:
        question, given = _exercise(lessons, answer)
        lesson = lessons.get(answer.lesson_id)
        answer_rows.append(
            {
                "course": answer.enrolment.course.title,
                "lesson": lesson.title if lesson else "",
                "exercise": question,
                "kind": answer.kind,
                "answer": given,
                "shared_with_coach": answer.shared_with_coach,
                "shared_at": _when(answer.shared_at),
                "created_at": _when(answer.created_at),
                "updated_at": _when(answer.updated_at),
                "messages": [
                    {
                        "from": ("coach" if message.from_coach else "you"),
                        "coach": (message.author.pseudonym if message.from_coach and message.author else None),
                        "text": message.text,
                        "written_at": _when(message.created_at),
                    }
                    for message in answer.messages.all()
                ],
            }
        )
    feedback = (
        AnswerMessage.objects.filter(author=user, from_coach=True)
        .exclude(answer__enrolment__user=user)
        .select_related("answer__enrolment__course")
        .order_by("pk")
    )
    return {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "started_at": _when(enrolment.started_at),
                "completed_at": _when(enrolment.completed_at),
                "coach": enrolment.coach.pseudonym if enrolment.coach else None,
                "group": enrolment.cohort.name if enrolment.cohort else None,
                "last_lesson": enrolment.last_lesson.title if enrolment.last_lesson else None,
                "lessons_done": progress.get(enrolment.pk, []),
            }
            for enrolment in enrolments
        ],
        "groups": [
            {
                "course": enrolment.course.title,
                "group": enrolment.cohort.name,
                "start_date": enrolment.cohort.start_date.isoformat(),
            }
            for enrolment in enrolments
            if enrolment.cohort
        ],
        "answers": answer_rows,
        "as_coach": {
            "courses": list(CoursePage.objects.filter(coaches=user).order_by("title").values_list("title", flat=True)),
            "participants": Enrolment.objects.filter(coach=user).count(),
            "feedback_written": [
                {
                    "course": message.answer.enrolment.course.title,
                    "text": message.text,
                    "written_at": _when(message.created_at),
                }
                for message in feedback
            ],
        },
    }


@transaction.atomic
def selfhelp_erase(user, remove_texts=False):
    """The member's enrolments (with progress, answers and their threads) go; as a coach, their
    participants are released and their feedback stays without their name (or its text goes).
    Returns [(key, description, count)]."""
    enrolments = Enrolment.objects.filter(user=user)
    answers = ExerciseAnswer.objects.filter(enrolment__user=user).count()
    enrolment_count = enrolments.count()
    enrolments.delete()  # progress, answers and the messages under them cascade
    participants = Enrolment.objects.filter(coach=user).update(coach=None)
    written = AnswerMessage.objects.filter(author=user)
    if remove_texts:
        feedback = written.update(author=None, text=stored_text(REMOVED_TEXT))
    else:
        feedback = written.update(author=None)
    return [
        ("selfhelp.enrolments", gettext("Course enrolments, with your progress"), enrolment_count),
        ("selfhelp.answers", gettext("Your answers to exercises, with the messages about them"), answers),
        ("selfhelp.participants", gettext("Participants who had chosen you as their coach"), participants),
        (
            "selfhelp.feedback",
            gettext("Your feedback as a coach: its text replaced by “message removed”")
            if remove_texts
            else gettext("Your feedback as a coach: anonymised"),
            feedback,
        ),
    ]
