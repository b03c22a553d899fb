"""A participant's progress through a course: what is done, what is next, what is still locked."""

from django.utils.functional import cached_property

from selfhelp.cohorts import is_unlocked, unlock_date


class CourseProgress:
    def __init__(self, course, lessons, enrolment):
        self.course = course
        self.lessons = list(lessons)
        self.enrolment = enrolment

    @cached_property
    def done_ids(self):
        if self.enrolment is None:
            return set()
        return set(self.enrolment.progress.values_list("lesson_id", flat=True))

    @property
    def total(self):
        return len(self.lessons)

    @property
    def done(self):
        return sum(1 for lesson in self.lessons if lesson.pk in self.done_ids)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self):
        return bool(self.total) and self.done == self.total

    @property
    def cohort(self):
        return self.enrolment.cohort if self.enrolment else None

    def is_done(self, lesson):
        return lesson.pk in self.done_ids

    def is_unlocked(self, lesson):
        return is_unlocked(self.cohort, self.number(lesson))

    def unlocks_on(self, lesson):
        return unlock_date(self.cohort, self.number(lesson)) if self.cohort else None

    def number(self, lesson):
        for index, candidate in enumerate(self.lessons):
            if candidate.pk == lesson.pk:
                return index
        return 0

    @property
    def items(self):
        """(lesson, done, unlocked, unlocks_on) for the lesson overview."""
        return [
            (lesson, self.is_done(lesson), self.is_unlocked(lesson), self.unlocks_on(lesson)) for lesson in self.lessons
        ]

    @property
    def resume_lesson(self):
        """Where to go on: the last lesson opened if it is not done yet, else the first open one not done."""
        if self.enrolment is None:
            return self.lessons[0] if self.lessons else None
        last_id = self.enrolment.last_lesson_id
        for lesson in self.lessons:
            if lesson.pk == last_id and not self.is_done(lesson) and self.is_unlocked(lesson):
                return lesson
        for lesson in self.lessons:
            if not self.is_done(lesson) and self.is_unlocked(lesson):
                return lesson
        return None
