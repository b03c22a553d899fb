"""Self-help in the Wagtail admin: groups (cohorts) for group courses; their spaces follow admin changes."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from selfhelp.models import Cohort, CoursePage


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Course groups")
    add_to_admin_menu = False
    list_display = ["name", "course", "start_date"]


register_snippet(CohortViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def sync_space_after_cohort_save(request, instance):
    """A new or renamed group gets its private space with the course's coaches at once."""
    from selfhelp.cohorts import cohort_space_sync

    if isinstance(instance, Cohort):
        cohort_space_sync(instance)


@hooks.register("after_publish_page")
def sync_spaces_after_course_publish(request, page):
    """The course's coaches may have changed: every group's space follows (an event, not a page view)."""
    from selfhelp.cohorts import cohort_space_sync

    if isinstance(page.specific, CoursePage):
        for cohort in Cohort.objects.filter(course=page).select_related("course"):
            cohort_space_sync(cohort)
