"""Models of the self-help app: course pages and participation (enrolment, progress, answers, the coaching thread)."""

from selfhelp.models.pages import (  # noqa: F401
    Audience,
    CatalogueFilterForm,
    CourseIndexPage,
    CoursePage,
    CoursePartnerSectionPage,
    Duration,
    LessonPage,
    lesson_counts,
)
from selfhelp.models.participation import (  # noqa: F401
    AnswerMessage,
    Cohort,
    Enrolment,
    ExerciseAnswer,
    LessonProgress,
)
