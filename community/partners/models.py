"""Partner organisations (a Wagtail snippet) and their people."""

from django.conf import settings
from django.core.validators import RegexValidator
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


KVK_NUMBER_VALIDATOR = RegexValidator(
    r"^\d{8}$",
    message=_("A KvK number has exactly 8 digits, for example 12345678."),
    code="kvk_number",
)


class ProviderApplicationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ProviderApplication.Status.PENDING)

    def for_review(self):
        """Pending first (oldest first: who waited longest), then the decided ones, newest first."""
        waiting = models.Case(
            models.When(status=ProviderApplication.Status.PENDING, then=models.Value(0)),
            default=models.Value(1),
        )
        return self.annotate(waiting=waiting).order_by(
            "waiting",
            models.Case(
                models.When(status=ProviderApplication.Status.PENDING, then=models.F("created_at")), default=None
            ).asc(nulls_last=True),
            "-reviewed_at",
            "-pk",
        )


class ProviderApplication(models.Model):
    """An organisation that asks to become a provider on Wijkplein (the public form at /aanbieder-worden/).

    A platform administrator approves it (which creates the partner organisation, its editor
    account and everything the features set up for a partner) or rejects it with a note the
    applicant reads. The contact person's details are personal data: exported and erased with the
    editor account they led to (community/partners/privacy.py); no IP address is ever stored.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    OFFER_MAX_LENGTH = 2000
    NOTE_MAX_LENGTH = 1000

    organisation_name = models.CharField(_("name of the organisation"), max_length=150)
    kvk_number = models.CharField(_("KvK number"), max_length=8, validators=[KVK_NUMBER_VALIDATOR])
    website = models.URLField(_("website"), blank=True)
    offer = models.TextField(_("what the organisation offers"), max_length=OFFER_MAX_LENGTH)
    topics = models.ManyToManyField(
        "pages.Topic", related_name="provider_applications", verbose_name=_("topics it helps with")
    )
    neighbourhoods = models.ManyToManyField(
        Neighbourhood, blank=True, related_name="provider_applications", verbose_name=_("neighbourhoods served")
    )
    contact_name = models.CharField(_("contact person"), max_length=100)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    # The language the form was filled in: the applicant's emails are written in it.
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    decision_note = models.TextField(
        _("note to the applicant"),
        max_length=NOTE_MAX_LENGTH,
        blank=True,
        help_text=_("Sent to the applicant with a rejection."),
    )
    partner = models.ForeignKey(
        PartnerOrganisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        verbose_name=_("partner organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="provider_applications",
        verbose_name=_("editor account"),
    )

    objects = ProviderApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("provider application")
        verbose_name_plural = _("provider applications")
        ordering = ["-created_at", "-pk"]
        default_permissions = ()
        permissions = [("review_providerapplication", "Can review provider applications")]
        constraints = [
            # One application waits per KvK number at a time (also under two simultaneous submissions).
            models.UniqueConstraint(
                fields=["kvk_number"],
                condition=models.Q(status="pending"),
                name="partners_application_one_pending_per_kvk",
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.organisation_name} ({self.kvk_number})"

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING
