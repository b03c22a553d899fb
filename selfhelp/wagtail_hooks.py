"""Self-help in the Wagtail admin: groups (cohorts) for group courses, and course sections for new partners."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from selfhelp.models import Cohort, CourseIndexPage


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Course groups")
    add_to_admin_menu = False
    list_display = ["name", "course", "start_date"]


register_snippet(CohortViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def provision_course_section_after_partner_save(request, instance):
    """A new partner gets a course section too, once the catalogue exists (the core hook runs first)."""
    from community.partners.models import PartnerOrganisation
    from selfhelp.services import course_section_provision

    if isinstance(instance, PartnerOrganisation) and CourseIndexPage.objects.exists():
        course_section_provision(instance)
