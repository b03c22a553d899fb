"""Course pages: the catalogue, a partner's course section, a course and its lessons in order."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from community.accounts.roles import coach_candidates
from community.pages.models import PAGE_SIZE, Topic, paginate
from selfhelp.blocks import EXERCISE_KINDS, LessonStreamBlock


class Audience(models.TextChoices):
    PARENTS = "parents", _("Parents")
    PARENTS_YOUNG = "parents_young", _("Parents of young children")
    PARENTS_TEENS = "parents_teens", _("Parents of teenagers")
    AROUND = "around", _("Family and friends of a parent")


class Duration(models.TextChoices):
    """Filter buckets over `CoursePage.duration_weeks`."""

    SHORT = "kort", _("Up to 2 weeks")
    MEDIUM = "middel", _("3 to 5 weeks")
    LONG = "lang", _("6 weeks or more")

    @classmethod
    def filter_q(cls, value):
        return {
            cls.SHORT: models.Q(duration_weeks__lte=2),
            cls.MEDIUM: models.Q(duration_weeks__gte=3, duration_weeks__lte=5),
            cls.LONG: models.Q(duration_weeks__gte=6),
        }.get(value)


def lesson_counts(courses):
    """{course pk: number of live lessons} for many courses in one query (lessons are their children)."""
    courses = list(courses)
    if not courses:
        return {}
    length = len(courses[0].path)
    by_path = {course.path: course.pk for course in courses if len(course.path) == length}
    rows = (
        LessonPage.objects.live()
        .filter(depth=courses[0].depth + 1)
        .annotate(parent_path=Substr("path", 1, length))
        .filter(parent_path__in=list(by_path))
        .order_by()  # no default ordering, or the path would split the groups
        .values("parent_path")
        .annotate(count=models.Count("pk"))
    )
    counts = {by_path[row["parent_path"]]: row["count"] for row in rows}
    for course in courses:
        if len(course.path) != length:  # a course at another depth (not expected), counted alone
            counts[course.pk] = LessonPage.objects.live().child_of(course).count()
    return counts


class CatalogueFilterForm(forms.Form):
    """The catalogue's GET filters; works without JavaScript (a plain form with a submit button)."""

    onderwerp = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All topics"),
    )
    voor = forms.ChoiceField(label=_("For"), choices=[("", _("Everyone"))] + Audience.choices, required=False)
    duur = forms.ChoiceField(label=_("Duration"), choices=[("", _("Any duration"))] + Duration.choices, required=False)
    begeleiding = forms.ChoiceField(
        label=_("Coach"),
        choices=[("", _("With or without a coach")), ("ja", _("With a coach")), ("nee", _("On your own"))],
        required=False,
    )
    partner = forms.ModelChoiceField(
        label=_("Organisation"), queryset=None, to_field_name="slug", required=False, empty_label=_("All organisations")
    )

    def __init__(self, *args, partners=None, topics=None, **kwargs):
        super().__init__(*args, **kwargs)
        from community.partners.models import PartnerOrganisation

        self.fields["partner"].queryset = partners if partners is not None else PartnerOrganisation.objects.all()
        if topics is not None:
            self.fields["onderwerp"].queryset = topics

    def apply(self, courses):
        if not self.is_valid():
            return courses
        data = self.cleaned_data
        if data.get("onderwerp"):
            courses = courses.filter(topics=data["onderwerp"])
        if data.get("voor"):
            courses = courses.filter(audience=data["voor"])
        if data.get("duur"):
            courses = courses.filter(Duration.filter_q(data["duur"]))
        if data.get("begeleiding"):
            courses = courses.filter(guided=data["begeleiding"] == "ja")
        if data.get("partner"):
            courses = courses.filter(partner=data["partner"])
        return courses

    def query_string(self):
        if not self.is_valid():
            return ""
        from urllib.parse import urlencode

        pairs = [(name, self.data.get(name)) for name in self.fields if self.data.get(name)]
        return urlencode(pairs)


class CourseIndexPage(Page):
    """ "Zelfhulp": every course, filterable; partners' course sections hang below it."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["selfhelp.CoursePartnerSectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from community.partners.models import PartnerOrganisation

        context = super().get_context(request, *args, **kwargs)
        topics = Topic.objects.all()
        partners = PartnerOrganisation.objects.filter(course_section__isnull=False).order_by("name")
        form = CatalogueFilterForm(request.GET or None, partners=partners, topics=topics)
        courses = CoursePage.objects.live().public().descendant_of(self).select_related("partner").order_by("title")
        courses = form.apply(courses) if form.is_bound else courses
        page_obj = paginate(request, courses, PAGE_SIZE)
        page_obj.object_list = list(page_obj.object_list)
        counts = lesson_counts(page_obj.object_list)
        for course in page_obj.object_list:
            course.lesson_count = counts.get(course.pk, 0)
        context.update(filter_form=form, courses=page_obj, extra_query=form.query_string() if form.is_bound else "")
        return context


class CoursePartnerSectionPage(Page):
    """A partner's courses: its editors may add and change courses only here."""

    partner = models.OneToOneField(
        "partners.PartnerOrganisation",
        on_delete=models.PROTECT,
        related_name="course_section",
        verbose_name=_("partner"),
    )
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    # Set by course_section_provision(); read-only so a partner's editor cannot move the section
    # (and with it the partner shown on every course in it) to another organisation.
    content_panels = Page.content_panels + [FieldPanel("partner", read_only=True), FieldPanel("intro")]
    parent_page_types = ["selfhelp.CourseIndexPage"]
    subpage_types = ["selfhelp.CoursePage"]

    class Meta:
        verbose_name = _("partner course section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, CoursePage.objects.live().public().child_of(self).order_by("title"))
        page_obj.object_list = list(page_obj.object_list)
        counts = lesson_counts(page_obj.object_list)
        for course in page_obj.object_list:
            course.lesson_count = counts.get(course.pk, 0)
        context["courses"] = page_obj
        return context


class CoursePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "coaches" in self.fields:
            self.fields["coaches"].queryset = coach_candidates()


class CoursePage(Page):
    intro = models.TextField(
        _("introduction"), max_length=600, help_text=_("What the course is about, in a few sentences.")
    )
    learning_goals = models.TextField(
        _("learning goals"), max_length=1500, blank=True, help_text=_('One goal per line: "After this course you …"')
    )
    audience = models.CharField(_("for whom"), max_length=20, choices=Audience.choices, default=Audience.PARENTS)
    duration_weeks = models.PositiveSmallIntegerField(_("duration in weeks"), default=3)
    minutes_per_week = models.PositiveSmallIntegerField(_("minutes per week"), default=30)
    guided = models.BooleanField(
        _("with a coach"), default=False, help_text=_("Participants may choose one of the coaches below.")
    )
    group_mode = models.BooleanField(
        _("group mode"),
        default=False,
        help_text=_("Participants follow the course together in a group; a lesson opens each week."),
    )
    coaches = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coached_courses",
        verbose_name=_("coaches"),
        help_text=_("Verified professionals and experience experts who give feedback."),
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="courses", verbose_name=_("topics"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("When an expert last checked that this is still right."),
    )
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="courses",
        verbose_name=_("published by"),
    )

    base_form_class = CoursePageForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("learning_goals"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("duration_weeks"), FieldPanel("minutes_per_week")],
            heading=_("For whom and how long"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("guided"),
                FieldPanel("coaches", widget=forms.CheckboxSelectMultiple),
                FieldPanel("group_mode"),
            ],
            heading=_("Coaching"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("last_reviewed"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("learning_goals"),
        index.FilterField("partner_id"),
    ]
    parent_page_types = ["selfhelp.CoursePartnerSectionPage"]
    subpage_types = ["selfhelp.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.pk or self.path else None
        if parent is not None and isinstance(parent.specific, CoursePartnerSectionPage):
            self.partner_id = parent.specific.partner_id
        return super().save(*args, **kwargs)

    @property
    def goals(self):
        return [line.strip(" -•") for line in self.learning_goals.splitlines() if line.strip(" -•")]

    def lessons(self):
        return LessonPage.objects.live().child_of(self)

    def get_context(self, request, *args, **kwargs):
        from selfhelp.cohorts import cohort_forum_space
        from selfhelp.models.participation import Enrolment
        from selfhelp.progress import CourseProgress

        context = super().get_context(request, *args, **kwargs)
        lessons = list(self.lessons())
        enrolment = Enrolment.objects.own(request.user).filter(course=self).select_related("coach", "cohort").first()
        context.update(
            lessons=lessons,
            coaches=list(get_user_model().objects.with_badges().filter(coached_courses=self).order_by("pseudonym")),
            topics=list(self.topics.all()),
            enrolment=enrolment,
            progress=CourseProgress(self, lessons, enrolment),
            cohort_space=cohort_forum_space(enrolment.cohort) if enrolment and enrolment.cohort_id else None,
        )
        return context


class LessonPage(Page):
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    minutes = models.PositiveSmallIntegerField(_("time needed in minutes"), default=15)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("minutes"), FieldPanel("body")]
    # Lessons are not in site search: search leads to the course page, where a visitor can start
    # (most lessons ask visitors to log in, and a result behind a login wall helps nobody).
    search_fields = []
    parent_page_types = ["selfhelp.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def exercise(self, block_id):
        """The exercise block with StreamField id `block_id` in this lesson, or None."""
        for block in self.body:
            if block.id == block_id and block.block_type in EXERCISE_KINDS:
                return block
        return None

    def course(self):
        return CoursePage.objects.select_related("partner").get(path=self.path[: -self.steplen])

    def serve(self, request, *args, **kwargs):
        # Visitors may read the first lesson of a course; the others ask them to log in.
        if not request.user.is_authenticated and self.get_prev_siblings().live().exists():
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from selfhelp.lesson_context import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, request))
        return context
