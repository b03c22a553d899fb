"""Everything a lesson page shows, computed in a fixed number of queries (see the performance tests)."""

from django.db.models import Prefetch

from community.accounts.models import badges_prefetch
from selfhelp.models.participation import CoachFeedback, Enrolment, ExerciseAnswer
from selfhelp.progress import CourseProgress

# A view that rejected an answer puts what was typed here, so the page shows it again with the error.
REJECTED_ANSWER_ATTRIBUTE = "_selfhelp_rejected_answer"


def feedback_prefetch():
    return Prefetch(
        "feedback",
        queryset=CoachFeedback.objects.select_related("coach").prefetch_related(badges_prefetch("coach")),
    )


def exercise_states(lesson, answers, rejected):
    """{block id: what the exercise form shows}: the saved answer, or what was typed before an error."""
    states = {}
    for block in lesson.body:
        answer = answers.get(block.id)
        state = {
            "answer": answer,
            "text": answer.text if answer else "",
            "choice": answer.choice if answer else "",
            "checked": list(answer.checked) if answer else [],
            "share": answer.shared_with_coach if answer else False,
            "feedback": list(answer.feedback.all()) if answer else [],
            "error": "",
        }
        if rejected and rejected.get("block_id") == block.id:
            state.update(
                {key: rejected[key] for key in ("text", "choice", "checked", "share", "error") if key in rejected}
            )
        states[block.id] = state
    return states


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
            .prefetch_related(feedback_prefetch())
        }
    rejected = getattr(request, REJECTED_ANSWER_ATTRIBUTE, None)
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
        "exercise_states": exercise_states(lesson, answers, rejected),
        "lesson_done": progress.is_done(lesson),
        "rejected_answer": rejected,
    }
