"""Everything a lesson page shows, computed in a fixed number of queries (see the performance tests)."""

from django.db.models import Prefetch

from community.accounts.models import badges_prefetch
from selfhelp import app_settings
from selfhelp.models.participation import AnswerMessage, Enrolment, ExerciseAnswer
from selfhelp.progress import CourseProgress

# A view that rejected an answer (or a reply to the coach) puts what was typed here, so the page
# shows it again with the error.
REJECTED_ANSWER_ATTRIBUTE = "_selfhelp_rejected_answer"
REJECTED_REPLY_ATTRIBUTE = "_selfhelp_rejected_reply"


def thread_prefetch():
    """The messages under answers, with their authors' badges: two queries for any number of answers."""
    return Prefetch(
        "messages",
        queryset=AnswerMessage.objects.select_related("author").prefetch_related(badges_prefetch("author")),
    )


def exercise_states(lesson, answers, rejected, rejected_reply=None, coach_current=False):
    """{block id: what the exercise form shows}: the saved answer, or what was typed before an error;
    the thread with the coach, and whether (and what) the member may reply."""
    states = {}
    for block in lesson.body:
        answer = answers.get(block.id)
        messages = list(answer.messages.all()) if answer else []
        state = {
            "answer": answer,
            "text": answer.text if answer else "",
            "choice": answer.choice if answer else "",
            "checked": list(answer.checked) if answer else [],
            "share": answer.shared_with_coach if answer else False,
            "messages": messages,
            "can_reply": bool(
                coach_current and answer and answer.shared_with_coach and any(m.from_coach for m in messages)
            ),
            "reply_text": "",
            "reply_error": "",
            "error": "",
        }
        if rejected and rejected.get("block_id") == block.id:
            state.update(
                {key: rejected[key] for key in ("text", "choice", "checked", "share", "error") if key in rejected}
            )
        if rejected_reply and rejected_reply.get("block_id") == block.id:
            state.update(reply_text=rejected_reply["text"], reply_error=rejected_reply["error"])
        states[block.id] = state
    return states


def _coach_current(enrolment, answers):
    """Whether the member's coach may still read their shared answers; asked only when it matters."""
    if enrolment is None or enrolment.coach_id is None:
        return False
    if not any(answer.shared_with_coach for answer in answers.values()):
        return False
    return Enrolment.objects.coached_by(enrolment.coach).filter(pk=enrolment.pk).exists()


def lesson_context(lesson, request):
    """Everything a lesson page shows. Reads only: a page view never writes (see enrolment_visit)."""
    course = lesson.course()
    lessons = list(course.lessons())
    enrolment = Enrolment.objects.own(request.user).filter(course=course).select_related("coach", "cohort").first()
    progress = CourseProgress(course, lessons, enrolment)
    position = progress.number(lesson)
    locked = enrolment is not None and not progress.is_unlocked(lesson)
    answers = {}
    if enrolment is not None:
        answers = {
            answer.block_id: answer
            for answer in ExerciseAnswer.objects.visible_to(request.user)
            .filter(enrolment=enrolment, lesson=lesson)
            .prefetch_related(thread_prefetch())
        }
    rejected = getattr(request, REJECTED_ANSWER_ATTRIBUTE, None)
    rejected_reply = getattr(request, REJECTED_REPLY_ATTRIBUTE, None)
    return {
        "course": course,
        "lessons": lessons,
        "lesson_number": position + 1,
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
        "enrolment": enrolment,
        "progress": progress,
        "locked": locked,
        "unlocks_on": progress.unlocks_on(lesson) if locked else None,
        "can_answer": enrolment is not None and not locked,
        "exercise_states": exercise_states(
            lesson, answers, rejected, rejected_reply, coach_current=_coach_current(enrolment, answers)
        ),
        "lesson_done": progress.is_done(lesson),
        "rejected_answer": rejected or rejected_reply,
        "answer_max_length": app_settings.ANSWER_MAX_LENGTH,
        "feedback_max_length": app_settings.FEEDBACK_MAX_LENGTH,
    }
