"""What matching keeps: the helpers' own profiles, the matches members chose to save, and one
counter per provider and day of how often it was shown (no answers, no visitor)."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from socialmap.models import Delivery, TargetGroup


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Other")


class HelperProfileQuerySet(models.QuerySet):
    def editable_by(self, user):
        """Profiles a partner editor may change: those of their own partner(s)."""
        from community.partners.models import PartnerOrganisation

        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(partner__in=PartnerOrganisation.objects.edited_by(user))


class HelperProfile(models.Model):
    """A verified professional or experience expert of a partner, as they can be found by matching.

    Kept by the partner's editors in the admin. Shown only while the person holds an active
    verification with this partner; the kind (professional / experience expert) comes from it.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helper_profile", verbose_name=_("person")
    )
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        on_delete=models.CASCADE,
        related_name="helper_profiles",
        verbose_name=_("partner organisation"),
    )
    intro = models.CharField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences a parent reads in the results. No surname or address."),
    )
    categories = models.ManyToManyField(
        "socialmap.Category", blank=True, related_name="helper_profiles", verbose_name=_("helps with")
    )
    areas_served = models.ManyToManyField(
        "partners.Neighbourhood",
        blank=True,
        related_name="helper_profiles",
        verbose_name=_("neighbourhoods served"),
        help_text=_("Leave empty for the whole municipality."),
    )
    languages = models.ManyToManyField(
        "socialmap.Language", blank=True, related_name="helper_profiles", verbose_name=_("languages")
    )
    gender = models.CharField(
        _("gender"),
        max_length=10,
        choices=Gender.choices,
        blank=True,
        help_text=_("Only if the person wants it shown."),
    )
    target_group = models.CharField(
        _("for whom"), max_length=20, choices=TargetGroup.choices, default=TargetGroup.EVERYONE
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age of the child"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("maximum age of the child"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    delivery = models.CharField(_("how"), max_length=20, choices=Delivery.choices, default=Delivery.ONLINE)
    is_free = models.BooleanField(_("free"), default=True)
    active = models.BooleanField(
        _("can be found"), default=True, help_text=_("Switch off during leave or when the person's caseload is full.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = HelperProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("helper profile")
        verbose_name_plural = _("helper profiles")
        ordering = ["partner__name", "user__pseudonym"]
        constraints = [
            models.CheckConstraint(
                condition=Q(minimum_age__isnull=True)
                | Q(maximum_age__isnull=True)
                | Q(minimum_age__lte=F("maximum_age")),
                name="matching_helper_age_range",
            )
        ]

    def __str__(self):
        return f"{self.user.pseudonym} ({self.partner})"


class SavedMatch(models.Model):
    """A member's answers, saved by them to look at the results again. Only they see it."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_matches", verbose_name=_("member")
    )
    query = models.CharField(
        _("answers"), max_length=600, help_text=_("The questionnaire's answers as a query string.")
    )
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved match")
        verbose_name_plural = _("saved matches")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.summary or str(_("Saved match"))


class ShownCount(models.Model):
    """How often a provider appeared in match results on one day: a number, nothing about who looked."""

    partner = models.ForeignKey(
        "partners.PartnerOrganisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("partner")
    )
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("times shown"), default=0)

    class Meta:
        verbose_name = _("times shown in matches")
        verbose_name_plural = _("times shown in matches")
        constraints = [models.UniqueConstraint(fields=["partner", "day"], name="matching_shown_unique")]
