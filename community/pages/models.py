"""Wagtail pages of the core: home, information pages grouped per partner section, topics; site settings."""

import math

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import DatabaseError, models
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

import plugins
from community.pages.blocks import InformationStreamBlock, TrustStreamBlock

WORDS_PER_MINUTE = 200
PAGE_SIZE = 12


def paginate(request, queryset, per_page=PAGE_SIZE):
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


@register_snippet
class Topic(index.Indexed, models.Model):
    """A theme parents recognise (sleep, stress, puberty …); pages, courses and forums hang from it."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=500)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.SearchField("description"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class HomePage(Page):
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    highlights_title = models.CharField(_("highlights title"), max_length=100, default="Uitgelicht")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("highlights_title"), InlinePanel("highlights", label=_("Highlight"))], heading=_("Highlights")
        ),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from community.navigation import home_features
        from community.partners.models import PartnerOrganisation

        context = super().get_context(request, *args, **kwargs)
        highlights = list(self.highlights.select_related("page"))
        specific = {
            p.pk: p for p in Page.objects.filter(pk__in=[h.page_id for h in highlights]).live().public().specific()
        }
        context["highlights"] = [(h, specific[h.page_id]) for h in highlights if h.page_id in specific]
        context["features"] = home_features(request)
        context["topics"] = Topic.objects.all()[:12]
        context["partners"] = PartnerOrganisation.objects.select_related("logo").prefetch_related("logo__renditions")
        context["topic_index"] = TopicIndexPage.objects.live().first()
        return context


class HomeHighlight(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="highlights")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    text = models.CharField(_("short text"), max_length=200, blank=True)

    panels = [FieldPanel("page"), FieldPanel("text")]


class InformationIndexPage(Page):
    """ "Informatie": all information pages, with the partner sections below it."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["pages.PartnerSectionPage"]
    parent_page_types = ["pages.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("information overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = InformationPage.objects.live().public().descendant_of(self).select_related("partner").order_by("title")
        topic_slug = request.GET.get("onderwerp", "")
        topics = list(Topic.objects.all())
        current_topic = next((t for t in topics if t.slug == topic_slug), None)
        if current_topic:
            pages = pages.filter(topics=current_topic)
        context["topics"] = topics
        context["current_topic"] = current_topic
        context["pages"] = paginate(request, pages)
        return context


class PartnerSectionPage(Page):
    """A partner's own section: its editors may add and change pages only here."""

    partner = models.OneToOneField(
        "partners.PartnerOrganisation", on_delete=models.PROTECT, related_name="section", verbose_name=_("partner")
    )
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    # Only site administrators choose the partner: an editor re-assigning their section would
    # publish under another partner's name.
    content_panels = Page.content_panels + [FieldPanel("partner", permission="superuser"), FieldPanel("intro")]
    parent_page_types = ["pages.InformationIndexPage"]
    subpage_types = ["pages.InformationPage"]

    class Meta:
        verbose_name = _("partner section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = InformationPage.objects.live().public().child_of(self).select_related("partner").order_by("title")
        context["pages"] = paginate(request, pages)
        return context


class InformationPage(Page):
    """Psycho-education: trustworthy information at B1 level, published by a partner."""

    intro = models.TextField(
        _("introduction"), max_length=400, help_text=_("One or two sentences; shown in lists and search.")
    )
    body = StreamField(InformationStreamBlock(), verbose_name=_("body"), use_json_field=True)
    topics = ParentalManyToManyField(Topic, blank=True, related_name="information_pages", verbose_name=_("topics"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("When an expert last checked that this is still right."),
    )
    reading_time = models.PositiveSmallIntegerField(_("reading time in minutes"), default=1, editable=False)
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="information_pages",
        verbose_name=_("published by"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("last_reviewed"),
        InlinePanel("related_links", label=_("Related page")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("partner_id"),
    ]
    parent_page_types = ["pages.PartnerSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def save(self, *args, **kwargs):
        self.reading_time = self.compute_reading_time()
        parent = self.get_parent() if self.pk or self.path else None
        if parent is not None:
            section = parent.specific
            if isinstance(section, PartnerSectionPage):
                self.partner_id = section.partner_id
        return super().save(*args, **kwargs)

    def compute_reading_time(self):
        words = len((self.intro or "").split())
        for block in self.body:
            for text in block.block.get_searchable_content(block.value):
                words += len(strip_tags(text).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = [link.page for link in self.related_links.select_related("page") if link.page.live]
        if not related:
            # Pages sharing the most topics with this one first.
            related = list(
                InformationPage.objects.live()
                .public()
                .filter(topics__in=self.topics.all())
                .exclude(pk=self.pk)
                .annotate(shared_topics=models.Count("topics"))
                .order_by("-shared_topics", "title")[:3]
            )
        context["related_pages"] = related
        context["topics"] = self.topics.all()
        return context


class InformationPageRelatedLink(Orderable):
    source = ParentalKey(InformationPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    panels = [FieldPanel("page")]

    def clean(self):
        if self.page_id and self.page_id == self.source_id:
            raise ValidationError({"page": _("A page cannot be related to itself.")})


class TopicIndexPage(RoutablePageMixin, Page):
    """ "Onderwerpen": every topic, and one page per topic listing what belongs to it."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("topic overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = Topic.objects.annotate(
            page_count=models.Count("information_pages", filter=models.Q(information_pages__live=True), distinct=True)
        )
        return context

    @path("<slug:slug>/", name="topic")
    def topic_view(self, request, slug):
        topic = get_object_or_404(Topic, slug=slug)
        pages = InformationPage.objects.live().public().filter(topics=topic).select_related("partner").order_by("title")
        # Courses, forum conversations, local help and plugins' content about this topic.
        subject = plugins.Subject(
            kind="topic", obj=topic, topics=[topic], words=[topic.slug, topic.name], exclude=("information",)
        )
        related = [item for item in plugins.collect("related_content", subject=subject, request=request) if item.url]
        return self.render(
            request,
            context_overrides={"topic": topic, "pages": paginate(request, pages), "related": related},
            template="pages/topic_detail.html",
        )


class TrustKind(models.TextChoices):
    """The pages that tell visitors who we are and how we handle what they share; one of each."""

    PRIVACY = "privacy", _("Privacy statement")
    CONTACT = "contact", _("Contact")
    ABOUT = "about", _("About the partnership")
    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    HOUSE_RULES = "house_rules", _("House rules")


TRUST_LINKS_CACHE_KEY = "pages:trust-links:v1"
# Publishing, unpublishing, moving or deleting a page clears the cache. With a per-process cache
# (local memory, the embedded default) only the publishing process hears of it: the others catch
# up within this time.
TRUST_LINKS_CACHE_SECONDS = 5 * 60


class TrustPageForm(WagtailAdminPageForm):
    def clean_kind(self):
        kind = self.cleaned_data.get("kind")
        existing = TrustPage.objects.filter(kind=kind).exclude(pk=self.instance.pk).first() if kind else None
        if existing is not None:
            raise ValidationError(
                _(
                    "There is already a page of this kind: “%(title)s”. There can be only one; change that page instead."
                ),
                code="unique",
                params={"title": existing.title},
            )
        return kind


class TrustPage(Page):
    """Privacy statement, contact, about the partnership, accessibility statement, house rules.

    Linked in the footer of every page (`trust_links`). One page of each kind, directly under the home page.
    """

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=TrustKind.choices,
        unique=True,
        help_text=_("Which page this is. The footer links to it; there is one page of each kind."),
        error_messages={"unique": _("There is already a page of this kind. There can be only one.")},
    )
    intro = models.TextField(
        _("introduction"), max_length=400, blank=True, help_text=_("One or two sentences; shown in search.")
    )
    body = StreamField(TrustStreamBlock(), verbose_name=_("body"), use_json_field=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("When this page was last checked. Shown on the page."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    base_form_class = TrustPageForm
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = len(TrustKind.choices)

    class Meta:
        verbose_name = _("trust page")
        verbose_name_plural = _("trust pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trust_links"] = trust_links()
        return context


def trust_links():
    """The live, public trust pages as `{"kind", "title", "url"}` dicts, in the order of TrustKind.

    Cached (one query, plus Wagtail's view restrictions, when the cache is empty); cleared whenever
    a page is published, unpublished, moved or deleted (community/pages/signals.py).
    """
    links = cache.get(TRUST_LINKS_CACHE_KEY)
    if links is not None:
        return links
    try:
        pages = list(TrustPage.objects.live().public().defer("body"))
    except DatabaseError:  # the footer must never break a page
        return []
    order = {kind: position for position, kind in enumerate(TrustKind.values)}
    pages.sort(key=lambda page: order.get(page.kind, len(order)))
    links = [{"kind": page.kind, "title": page.title, "url": page.get_url()} for page in pages]
    links = [link for link in links if link["url"]]
    cache.set(TRUST_LINKS_CACHE_KEY, links, TRUST_LINKS_CACHE_SECONDS)
    return links


def trust_links_clear(**kwargs):
    cache.delete(TRUST_LINKS_CACHE_KEY)


def trust_url(kind):
    """The address of the live trust page of this kind, or "" when there is none (cached)."""
    return next((link["url"] for link in trust_links() if link["kind"] == kind), "")


@register_setting(icon="warning")
class CrisisHelpSettings(BaseGenericSetting):
    """The "Direct hulp nodig?" banner on every page; editable so partners can keep it right."""

    title = models.CharField(_("title"), max_length=80, default="Direct hulp nodig?")
    short_text = RichTextField(
        _("short text"),
        features=["bold", "link"],
        max_length=300,
        help_text=_("Always visible next to the title. Keep it to one line."),
        default=(
            '<p>Bel <a href="tel:08000113">113: 0800-0113</a> (gratis, dag en nacht) of bij gevaar '
            '<a href="tel:112">112</a>.</p>'
        ),
    )
    text = RichTextField(
        _("more help"),
        features=["bold", "link"],
        help_text=_('Shown when a visitor opens "More help".'),
        default=(
            "<p>Denk je aan zelfdoding? Praat erover met <b>113 Zelfmoordpreventie</b>: bel "
            '<a href="tel:08000113">0800-0113</a> of chat via <a href="https://www.113.nl">113.nl</a>. '
            'Is er direct gevaar? Bel <a href="tel:112">112</a>. Voor andere zorgen kun je je huisarts bellen, '
            "of 's avonds en in het weekend de huisartsenpost.</p>"
        ),
    )
    link_label = models.CharField(_("link text"), max_length=80, default="Naar 113.nl")
    link_url = models.URLField(_("link address"), default="https://www.113.nl")

    panels = [
        FieldPanel("title"),
        FieldPanel("short_text"),
        FieldPanel("text"),
        FieldPanel("link_label"),
        FieldPanel("link_url"),
    ]

    class Meta:
        verbose_name = _("crisis help")
