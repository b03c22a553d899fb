import datetime
from decimal import Decimal

import factory

from socialmap.models import Category, Location, Organization, Schedule, Service, ServiceAtLocation


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    description = "Helpt ouders in Deventer."


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Categorie {n}")
    slug = factory.Sequence(lambda n: f"categorie-{n}")


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Locatie {n}")
    address_1 = "Brink 12"
    postal_code = "7411 BR"
    latitude = Decimal("52.254760")
    longitude = Decimal("6.159840")
    geocode_status = Location.GeocodeStatus.FOUND


class ServiceFactory(factory.django.DjangoModelFactory):
    """A published service at one location (pass `location=None` for none)."""

    class Meta:
        model = Service
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Hulp {n}")
    description = "Wij helpen ouders met vragen over opvoeden."
    published = True

    @factory.post_generation
    def location(self, create, extracted, **kwargs):
        if not create:
            return
        if kwargs.pop("skip", False):
            return
        location = extracted or LocationFactory(organization=self.organization, **kwargs)
        ServiceAtLocation.objects.create(service=self, location=location)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)
            self.save()  # ParentalManyToManyField writes on save

    @factory.post_generation
    def hours(self, create, extracted, **kwargs):
        """hours=[("MO", "09:00", "17:00"), …]"""
        if create and extracted:
            for day, opens, closes in extracted:
                Schedule.objects.create(
                    service=self,
                    weekday=day,
                    opens_at=datetime.time.fromisoformat(opens),
                    closes_at=datetime.time.fromisoformat(closes),
                )


def helper_profile(partner=None, role="professional", categories=(), languages=(), areas=(), **kwargs):
    """A verified professional (or experience expert) of `partner` with a matching profile."""
    from community.accounts.models import Verification
    from socialmap.matching.models import HelperProfile
    from tests.factories.accounts import UserFactory, VerificationFactory
    from tests.factories.partners import PartnerFactory

    partner = partner or PartnerFactory()
    user = kwargs.pop("user", None) or UserFactory()
    VerificationFactory(user=user, role=Verification.VerifiedRole(role), partner=partner)
    profile = HelperProfile.objects.create(user=user, partner=partner, **kwargs)
    profile.categories.set(categories)
    profile.languages.set(languages)
    profile.areas_served.set(areas)
    return profile


def inline_formset(prefix, rows=()):
    """The POST data of an admin inline formset `prefix` with `rows` (dicts of field values)."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
        data[f"{prefix}-{index}-ORDER"] = str(index + 1)
        data[f"{prefix}-{index}-DELETE"] = ""
    return data
