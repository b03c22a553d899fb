"""Loads the social map's Deventer demo (idempotent): run by `seed_demo`, or on its own."""

import uuid
from datetime import time
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify

from community.pages.models import Topic
from community.partners.models import Neighbourhood, PartnerOrganisation
from socialmap import demo_data
from socialmap.models import (
    Category,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
)

DEMO_NAMESPACE = uuid.UUID("0b4d8a52-6f4e-4c57-9a0a-5a3cf1de2026")


def demo_uuid(*parts):
    return uuid.uuid5(DEMO_NAMESPACE, ":".join(parts))


class Command(BaseCommand):
    help = "Load the social map demo: organisations and 40+ services across Deventer's neighbourhoods."

    @transaction.atomic
    def handle(self, *args, **options):
        taxonomy, _created = Taxonomy.objects.update_or_create(
            uuid=demo_uuid("taxonomy", "wijkplein"),
            defaults={
                "name": "Wijkplein hulpvragen",
                "description": "Waar ouders in Deventer hulp bij zoeken.",
                "version": "1",
            },
        )
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        categories = {}
        for order, (slug, name, topic_slug, description) in enumerate(demo_data.CATEGORIES):
            categories[slug], _created = Category.objects.update_or_create(
                slug=slug,
                defaults={
                    "uuid": demo_uuid("category", slug),
                    "name": name,
                    "code": slug,
                    "taxonomy": taxonomy,
                    "topic": topics.get(topic_slug),
                    "description": description,
                    "sort_order": order,
                },
            )
        languages = {}
        for code, name in demo_data.LANGUAGES:
            languages[code], _created = Language.objects.update_or_create(code=code, defaults={"name": name})
        neighbourhoods = {}
        for location in demo_data.LOCATIONS:
            name = location[5]
            neighbourhoods[name], _created = Neighbourhood.objects.get_or_create(
                slug=slugify(name), defaults={"name": name}
            )
        partners = {partner.slug: partner for partner in PartnerOrganisation.objects.all()}
        organisations = {}
        for key, name, partner_slug, description, email, website, phone in demo_data.ORGANISATIONS:
            organisations[key], _created = Organization.objects.update_or_create(
                uuid=demo_uuid("organization", key),
                defaults={
                    "name": name,
                    "description": description,
                    "email": email,
                    "website": website,
                    "phone": phone,
                    "partner": partners.get(partner_slug) if partner_slug else None,
                },
            )
        locations = {}
        for key, org, name, street, postcode, neighbourhood, lat, lon, wheelchair in demo_data.LOCATIONS:
            locations[key], _created = Location.objects.update_or_create(
                uuid=demo_uuid("location", key),
                defaults={
                    "organization": organisations[org],
                    "name": name,
                    "address_1": street,
                    "postal_code": postcode,
                    "city": "Deventer",
                    "neighbourhood": neighbourhoods[neighbourhood],
                    "latitude": Decimal(str(lat)),
                    "longitude": Decimal(str(lon)),
                    "geocode_status": Location.GeocodeStatus.FOUND,
                    "geocode_error": "",
                    "wheelchair_accessible": wheelchair,
                },
            )
        for (
            key,
            org,
            name,
            category_slugs,
            location_keys,
            schedule,
            free,
            min_age,
            max_age,
            target,
            language_codes,
            description,
        ) in demo_data.SERVICES:
            organisation = organisations[org]
            service, _created = Service.objects.update_or_create(
                uuid=demo_uuid("service", key),
                defaults={
                    "organization": organisation,
                    "name": name,
                    "description": description,
                    "published": True,
                    "status": Service.Status.ACTIVE,
                    "is_free": free,
                    "fees_description": "" if free else "Een kleine eigen bijdrage.",
                    "minimum_age": min_age,
                    "maximum_age": max_age,
                    "target_group": target,
                    "email": organisation.email,
                    "url": organisation.website,
                    "delivery": demo_data.MATCHING.get(key, ("in_person",))[0],
                    "helper_kind": demo_data.MATCHING.get(key, ("", "professional"))[1],
                },
            )
            service.categories.set([categories[slug] for slug in category_slugs])
            areas = demo_data.MATCHING.get(key, ("", "", []))[2]
            service.areas_served.set([Neighbourhood.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
                                      for name in areas])  # fmt: skip
            service.languages.set([languages[code] for code in language_codes])
            service.save()
            Phone.objects.update_or_create(
                uuid=demo_uuid("phone", key), defaults={"service": service, "number": organisation.phone}
            )
            Schedule.objects.filter(service=service).delete()
            Schedule.objects.bulk_create(
                [
                    Schedule(
                        uuid=demo_uuid("schedule", key, day, opens),
                        service=service,
                        weekday=day,
                        opens_at=time.fromisoformat(opens),
                        closes_at=time.fromisoformat(closes),
                    )
                    for day, opens, closes in schedule
                ]
            )
            for location_key in location_keys:
                ServiceAtLocation.objects.update_or_create(
                    uuid=demo_uuid("sal", key, location_key),
                    defaults={"service": service, "location": locations[location_key]},
                )
        self.stdout.write(
            self.style.SUCCESS(
                f"Social map demo ready: {len(organisations)} organisations, {len(demo_data.SERVICES)} services, "
                f"{len(locations)} locations."
            )
        )
