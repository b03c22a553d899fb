"""Partner organisations (a Wagtail snippet) and their people."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index


class Neighbourhood(models.Model):
    """A neighbourhood (wijk) of the municipality, used by partners, services and insight reports."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("neighbourhood")
        verbose_name_plural = _("neighbourhoods")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnerOrganisationQuerySet(models.QuerySet):
    def administered_by(self, user):
        if user.is_superuser:
            return self
        return self.filter(memberships__user=user, memberships__is_admin=True).distinct()

    def edited_by(self, user):
        if user.is_superuser:
            return self
        return self.filter(memberships__user=user).distinct()


class PartnerOrganisation(index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    neighbourhoods = ParentalManyToManyField(
        Neighbourhood, blank=True, related_name="partners", verbose_name=_("neighbourhoods served")
    )
    editor_group = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner",
        verbose_name=_("editor group"),
    )
    section_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("section page"),
    )

    objects = PartnerOrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        FieldPanel("neighbourhoods"),
        InlinePanel("memberships", heading=_("People"), label=_("Person")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnerMembership(models.Model):
    """A person working for a partner: an editor of its section, and optionally its administrator."""

    partner = ParentalKey(
        PartnerOrganisation, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("partner")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_memberships",
        verbose_name=_("member"),
    )
    is_admin = models.BooleanField(
        _("administrator"),
        default=False,
        help_text=_("Administrators verify experience experts and professionals for this partner."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("user"), FieldPanel("is_admin")]

    class Meta:
        verbose_name = _("partner membership")
        verbose_name_plural = _("partner memberships")
        constraints = [models.UniqueConstraint(fields=["partner", "user"], name="partners_membership_unique")]

    def __str__(self):
        return f"{self.user} @ {self.partner}"
