import uuid

import factory
from django.utils.text import slugify

from selfhelp.models import CoursePage, LessonPage

REFLECTION_ID = "11111111-1111-4111-8111-111111111111"
QUIZ_ID = "22222222-2222-4222-8222-222222222222"
CHECKLIST_ID = "33333333-3333-4333-8333-333333333333"
RIGHT_OPTION = "aaaaaaaa-0000-4000-8000-000000000001"
WRONG_OPTION = "aaaaaaaa-0000-4000-8000-000000000002"
ITEM_IDS = ["bbbbbbbb-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"]


def exercise_body():
    """A lesson body with one of each exercise, with fixed ids the tests can post to."""
    return [
        {"type": "rich_text", "value": "<p>Stress hoort bij het leven.</p>", "id": str(uuid.uuid4())},
        {"type": "reflection", "id": REFLECTION_ID, "value": {"question": "Wat geeft jou rust?", "help_text": ""}},
        {
            "type": "quiz",
            "id": QUIZ_ID,
            "value": {
                "question": "Wat helpt bij stress?",
                "options": [
                    {
                        "type": "item",
                        "id": RIGHT_OPTION,
                        "value": {"text": "Rustig ademen", "correct": True, "feedback": "Goed zo, dat helpt."},
                    },
                    {
                        "type": "item",
                        "id": WRONG_OPTION,
                        "value": {"text": "Harder werken", "correct": False, "feedback": "Dat maakt het vaak erger."},
                    },
                ],
            },
        },
        {
            "type": "checklist",
            "id": CHECKLIST_ID,
            "value": {
                "title": "Mijn rustmomenten",
                "items": [{"type": "item", "id": i, "value": f"Moment {n}"} for n, i in enumerate(ITEM_IDS)],
            },
        },
    ]


class CourseFactory(factory.Factory):
    """Builds a course (published) under the given partner course section."""

    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Cursus over rust {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = "Een korte cursus voor ouders."
    learning_goals = "Je herkent stress.\nJe vindt rust."
    duration_weeks = 3
    guided = True

    @classmethod
    def _create(cls, model_class, *args, section=None, topics=(), coaches=(), lessons=0, publish=True, **kwargs):
        page = model_class(*args, **kwargs)
        section.add_child(instance=page)
        page.topics = list(topics)
        page.coaches = list(coaches)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        for number in range(lessons):
            LessonFactory(course=page, title=f"Les {number + 1} van {page.title}")
        return page


class LessonFactory(factory.Factory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Les {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = "Wat je in deze les doet."
    body = factory.LazyFunction(exercise_body)

    @classmethod
    def _create(cls, model_class, *args, course=None, **kwargs):
        page = model_class(*args, **kwargs)
        course.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page
