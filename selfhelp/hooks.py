"""Self-help's hook implementations: its menu items, URLs, notification kind, provisioning and demo."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, ErasedItem, ExportSection, NavItem, Plugin, RelatedItem, RetentionRule, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="selfhelp",
    version=wijkplein_version(),
    description="Guided self-help courses: lessons, exercises, coaches and groups.",
    after=("community",),
    builtin=True,
)


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "selfhelp",
            _("Self-help courses"),
            _("Work on what matters to you, alone or with a coach."),
            url=reverse("selfhelp:index"),
            order=20,
            icon="path",
        )
    ]


@hookimpl
def account_menu_items(request):
    """The coach overview ("Coaching") for a member who still holds a verified role and coaches a
    course or has participants: one query."""
    from django.contrib.auth import get_user_model
    from django.db.models import Exists, OuterRef, Q

    from selfhelp.models import CoursePage, Enrolment
    from selfhelp.models.participation import is_active_coach

    user = request.user
    if not user.is_authenticated:
        return []
    coaches = Q(Exists(CoursePage.coaches.through.objects.filter(user_id=OuterRef("pk")))) | Q(
        Exists(Enrolment.objects.filter(coach_id=OuterRef("pk")))
    )
    if not get_user_model().objects.filter(is_active_coach(user), coaches, pk=user.pk).exists():
        return []
    return [
        NavItem(
            "selfhelp.coaching",
            _("Coaching"),
            _("Your participants and their shared answers."),
            url=reverse("selfhelp:coach-dashboard"),
            order=20,
        )
    ]


@hookimpl
def url_patterns():
    return [path("zelfhulp-cursussen/", include("selfhelp.urls"))]


@hookimpl
def notification_kinds():
    from community.notifications.kinds import Delivery, NotificationKind

    return [
        NotificationKind(
            "selfhelp.feedback",
            label=_("Feedback from your coach on a course exercise"),
            title=_("Your coach has given you feedback"),
            default_delivery=Delivery.IMMEDIATE,
            text=_("%(actor)s gave you feedback on “%(subject)s”"),
        ),
        # To the coach: each names the participant (a pseudonym) and the course or exercise, and
        # links to that participant's page.
        NotificationKind(
            "selfhelp.coach_chosen",
            label=_("For coaches: a participant chose you as their coach"),
            title=_("A participant chose you as their coach"),
            default_delivery=Delivery.DIGEST,
            text=_("%(actor)s chose you as their coach for “%(subject)s”"),
        ),
        NotificationKind(
            "selfhelp.answer_shared",
            label=_("For coaches: a participant shared an answer with you"),
            title=_("A participant shared an answer with you"),
            default_delivery=Delivery.IMMEDIATE,
            text=_("%(actor)s shared their answer to “%(subject)s” with you"),
        ),
        NotificationKind(
            "selfhelp.reply",
            label=_("For coaches: a participant replied to your feedback"),
            title=_("A participant replied to your feedback"),
            default_delivery=Delivery.IMMEDIATE,
            text=_("%(actor)s replied to your feedback on “%(subject)s”"),
        ),
    ]


@hookimpl
def related_content(subject, request):
    """Live courses about the subject's topics."""
    from selfhelp.models import CoursePage

    if "course" in subject.exclude or not subject.topics:
        return []
    courses = CoursePage.objects.live().public().filter(topics__in=subject.topics).distinct()
    if subject.kind == "lesson" and subject.obj is not None:
        courses = courses.exclude(pk=getattr(subject.obj, "course_id", None) or 0)
    return [
        RelatedItem(title=course.title, url=course.get_url(request), kind="course", text=course.intro)
        for course in courses.order_by("title")[:3]
    ]


@hookimpl
def partner_provision(partner):
    """A course section for the partner, once the course catalogue exists (after the core's part)."""
    from selfhelp.models import CourseIndexPage
    from selfhelp.services import course_section_provision

    if CourseIndexPage.objects.exists():
        course_section_provision(partner)


@hookimpl
def verification_changed(user):
    """A coach whose verified role ends leaves (and a re-verified coach rejoins) their courses' group spaces."""
    from selfhelp.cohorts import cohort_space_sync
    from selfhelp.models import Cohort

    for cohort in Cohort.objects.filter(course__coaches=user).select_related("course"):
        cohort_space_sync(cohort)


@hookimpl
def system_checks(app_configs, deploy):
    from selfhelp.checks import check_selfhelp_settings

    return [] if deploy else check_selfhelp_settings(app_configs)


@hookimpl
def demo_data(stdout):
    from django.core.management import call_command

    call_command("seed_selfhelp_demo", stdout=stdout)


@hookimpl
def aggregate_counts(since, until):
    from selfhelp.models import Enrolment

    enrolments = Enrolment.objects.filter(started_at__gte=since, started_at__lt=until)
    return [Count("selfhelp.enrolments", _("Course enrolments"), enrolments.count())]


@hookimpl
def personal_data_export(user):
    from selfhelp.privacy import selfhelp_export

    return [ExportSection("selfhelp", _("Self-help courses"), selfhelp_export(user))]


@hookimpl
def personal_data_erase(user, remove_texts):
    from selfhelp.privacy import selfhelp_erase

    return [ErasedItem(key, description, count) for key, description, count in selfhelp_erase(user, remove_texts)]


@hookimpl
def retention_rules():
    return [
        RetentionRule(
            "selfhelp.participation",
            _("Your courses: progress, answers and messages with your coach"),
            None,
            description=_("Kept while you take part; deleted when you leave the course or delete your account."),
        )
    ]
