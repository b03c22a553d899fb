"""The social map's data, shaped like Open Referral HSDS 3.0 (organization, service, location …).

Every record carries a UUID (`uuid`) that is its HSDS `id`; the integer primary key stays internal.
An address belongs to exactly one location here, so HSDS `address` is the location's address fields.
"""

import uuid

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Exists, F, FloatField, OuterRef, Q, Value
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from community.partners.models import PartnerOrganisation


class Taxonomy(models.Model):
    """A list of categories (HSDS taxonomy); the platform ships its own 'Wijkplein hulpvragen'."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    uri = models.URLField(_("URI"), blank=True)
    version = models.CharField(_("version"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Category(models.Model):
    """What a service helps with (HSDS taxonomy_term); optionally tied to a platform topic."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, null=True, blank=True, on_delete=models.SET_NULL, related_name="terms")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")
    code = models.CharField(_("code"), max_length=50, blank=True)
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    topic = models.ForeignKey(
        "pages.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="socialmap_categories",
        verbose_name=_("topic"),
        help_text=_("Information pages with this topic are shown with the services."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language a service is offered in (ISO 639-1 code)."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrganizationQuerySet(models.QuerySet):
    def editable_by(self, user):
        """Organisations a partner editor may change: those linked to their own partner(s)."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(partner__in=PartnerOrganisation.objects.edited_by(user))


class Organization(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    partner = models.OneToOneField(
        PartnerOrganisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="socialmap_organization",
        verbose_name=_("partner organisation"),
        help_text=_("Editors of this partner keep the organisation's services up to date."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LocationQuerySet(models.QuerySet):
    def editable_by(self, user):
        return self.filter(organization__in=Organization.objects.editable_by(user))

    def with_coordinates(self):
        return self.filter(latitude__isnull=False, longitude__isnull=False)

    def published(self):
        """Locations at least one published service uses; the only ones the public may see.

        A location used only by drafts (or by no service yet) can be a private address, such as a
        shelter being set up, so nothing public lists it.
        """
        return self.filter(Exists(ServiceAtLocation.objects.published().filter(location=OuterRef("pk"))))


class Location(models.Model):
    class GeocodeStatus(models.TextChoices):
        PENDING = "pending", _("Waiting for coordinates")
        FOUND = "found", _("Found from the address")
        FAILED = "failed", _("Address not found")
        MANUAL = "manual", _("Placed by hand")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="locations", verbose_name=_("organisation")
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    transportation = models.CharField(_("how to get there"), max_length=300, blank=True)
    # HSDS address (physical), one per location.
    address_1 = models.CharField(_("street and number"), max_length=200)
    postal_code = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("city"), max_length=100, default="Deventer")
    state_province = models.CharField(_("province"), max_length=100, default="Overijssel")
    country = models.CharField(_("country"), max_length=2, default="NL")
    neighbourhood = models.ForeignKey(
        "partners.Neighbourhood",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="socialmap_locations",
        verbose_name=_("neighbourhood"),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True, db_index=True)
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True, db_index=True
    )
    geocode_status = models.CharField(
        _("coordinates"), max_length=10, choices=GeocodeStatus.choices, default=GeocodeStatus.PENDING
    )
    geocode_error = models.CharField(_("geocoding problem"), max_length=300, blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility = models.CharField(
        _("accessibility"), max_length=300, blank=True, help_text=_("For example: lift, low threshold, quiet room.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = LocationQuerySet.as_manager()

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="socialmap_location_latlon")]

    def __str__(self):
        return f"{self.name} ({self.address_1})"

    @property
    def address_query(self):
        return f"{self.address_1}, {self.postal_code} {self.city}"

    def geocode_summary(self):
        """For the editor: where the pin comes from, and why the address was not found."""
        summary = str(self.get_geocode_status_display())
        return f"{summary}: {self.geocode_error}" if self.geocode_error else summary

    geocode_summary.short_description = _("Coordinates")

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None


class TargetGroup(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    PARENTS = "parents", _("Parents and carers")
    CHILDREN = "children", _("Children")
    YOUTH = "youth", _("Young people")
    FAMILIES = "families", _("Families")


class Delivery(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online or by phone")
    BOTH = "both", _("In person and online")


class HelperKind(models.TextChoices):
    PROFESSIONAL = "professional", _("Professionals")
    EXPERIENCE_EXPERT = "experience_expert", _("Experience experts")
    BOTH = "both", _("Professionals and experience experts")


class ServiceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True, status=Service.Status.ACTIVE)

    def editable_by(self, user):
        return self.filter(organization__in=Organization.objects.editable_by(user))


class Service(ClusterableModel):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")
        DEFUNCT = "defunct", _("Stopped")
        TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="services", verbose_name=_("organisation")
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    url = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE)
    published = models.BooleanField(
        _("published"), default=False, db_index=True, help_text=_("Only published services are on the map.")
    )
    application_process = models.TextField(_("how to apply"), blank=True)
    categories = ParentalManyToManyField(Category, blank=True, related_name="services", verbose_name=_("categories"))
    languages = ParentalManyToManyField(Language, blank=True, related_name="services", verbose_name=_("languages"))
    target_group = models.CharField(
        _("for whom"), max_length=20, choices=TargetGroup.choices, default=TargetGroup.EVERYONE
    )
    eligibility_description = models.CharField(_("who can come"), max_length=300, blank=True)
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    is_free = models.BooleanField(_("free"), default=True)
    fees_description = models.CharField(_("costs"), max_length=300, blank=True)
    # What the matching module (socialmap.matching) needs besides categories, ages and languages.
    areas_served = ParentalManyToManyField(
        "partners.Neighbourhood",
        blank=True,
        related_name="services_served",
        verbose_name=_("neighbourhoods served"),
        help_text=_("Leave empty when the service is for the whole municipality."),
    )
    delivery = models.CharField(_("how"), max_length=20, choices=Delivery.choices, default=Delivery.IN_PERSON)
    helper_kind = models.CharField(
        _("who helps"), max_length=20, choices=HelperKind.choices, default=HelperKind.PROFESSIONAL
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        # Matching without preferences lists the most recently updated first (socialmap/matching).
        indexes = [models.Index(fields=["updated_at"], name="socialmap_service_updated")]
        constraints = [
            models.CheckConstraint(
                condition=Q(minimum_age__isnull=True)
                | Q(maximum_age__isnull=True)
                | Q(minimum_age__lte=F("maximum_age")),
                name="socialmap_service_age_range",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("socialmap:service-detail", kwargs={"uuid": self.uuid})


class Phone(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("phone number"), max_length=30)
    description = models.CharField(_("description"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")

    def __str__(self):
        return self.number


class Weekday(models.TextChoices):
    MO = "MO", _("Monday")
    TU = "TU", _("Tuesday")
    WE = "WE", _("Wednesday")
    TH = "TH", _("Thursday")
    FR = "FR", _("Friday")
    SA = "SA", _("Saturday")
    SU = "SU", _("Sunday")


WEEKDAY_CODES = [code for code, _label in Weekday.choices]


class Schedule(models.Model):
    """Opening hours: one weekday with a start and end time (HSDS schedule, weekly)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedules")
    weekday = models.CharField(_("day"), max_length=2, choices=Weekday.choices)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))
    notes = models.CharField(_("notes"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        # "Open now" looks up one service's hours for today: service first, then the day.
        indexes = [models.Index(fields=["service", "weekday", "opens_at"], name="socialmap_schedule_open")]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The closing time must be after the opening time.")})


class ServiceAtLocationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(service__published=True, service__status=Service.Status.ACTIVE)

    def on_map(self):
        return self.published().filter(location__latitude__isnull=False, location__longitude__isnull=False)

    def with_open_now(self, now=None):
        now = timezone.localtime(now)
        weekday = WEEKDAY_CODES[now.weekday()]
        open_rows = Schedule.objects.filter(
            service=OuterRef("service"), weekday=weekday, opens_at__lte=now.time(), closes_at__gt=now.time()
        )
        return self.annotate(is_open_now=Exists(open_rows))

    def within_box(self, box):
        south, west, north, east = box
        return self.filter(
            location__latitude__gte=south,
            location__latitude__lte=north,
            location__longitude__gte=west,
            location__longitude__lte=east,
        )

    def order_by_nearness(self, point, cos_latitude):
        """Order by an equirectangular approximation (exact at city scale); the exact geodesic
        distance is computed afterwards for the rows shown."""
        lat = Cast("location__latitude", FloatField()) - Value(float(point[0]))
        lon = (Cast("location__longitude", FloatField()) - Value(float(point[1]))) * Value(cos_latitude)
        return self.annotate(nearness=lat * lat + lon * lon).order_by("nearness", "pk")


class ServiceAtLocation(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="service_at_locations", verbose_name=_("location")
    )
    description = models.CharField(_("notes for this location"), max_length=300, blank=True)

    objects = ServiceAtLocationQuerySet.as_manager()

    class Meta:
        verbose_name = _("service at location")
        verbose_name_plural = _("services at locations")
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="socialmap_service_location_unique")
        ]

    def __str__(self):
        return f"{self.service} @ {self.location}"
