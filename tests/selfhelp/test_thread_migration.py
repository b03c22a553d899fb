"""Migration 0003 turns coach feedback into the answer thread without losing a row."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from selfhelp.models import AnswerMessage, ExerciseAnswer
from selfhelp.services import answer_save, feedback_create
from tests.factories.selfhelp import REFLECTION_ID
from tests.selfhelp.test_coaching import shared_answer

BEFORE = [("selfhelp", "0002_lesson_plugin_block")]
AFTER = [("selfhelp", "0003_answer_thread")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_feedback_becomes_the_coachs_messages(courses):
    answered = shared_answer(courses, courses.member, courses.coach)
    feedback_create(coach=courses.coach, answer=answered, text="Mooi dat je dit opschrijft.")
    waiting = answer_save(
        user=courses.member, lesson=courses.lessons[1], block_id=REFLECTION_ID, text="Nog open", share=True
    )
    try:
        old = migrate(BEFORE)
        CoachFeedback = old.get_model("selfhelp", "CoachFeedback")
        assert list(CoachFeedback.objects.values_list("answer_id", "coach_id", "text")) == [
            (answered.pk, courses.coach.pk, "Mooi dat je dit opschrijft.")
        ]
        CoachFeedback.objects.create(answer_id=answered.pk, coach_id=courses.coach.pk, text="Nog een tip.")
    finally:
        migrate(AFTER)
    messages = list(AnswerMessage.objects.values_list("answer_id", "author_id", "from_coach", "text"))
    assert messages == [
        (answered.pk, courses.coach.pk, True, "Mooi dat je dit opschrijft."),
        (answered.pk, courses.coach.pk, True, "Nog een tip."),
    ]
    waiting = ExerciseAnswer.objects.get(pk=waiting.pk)
    assert waiting.feedback_pending and waiting.waiting_since == waiting.shared_at
    assert not waiting.reply_pending
    assert ExerciseAnswer.objects.get(pk=answered.pk).waiting_since is None
