"""Served scenario: matching over 10,000 services and 500 professionals (issue 12's performance rule).

    .venv/bin/python bench/served.py matching --seconds 10 [--server asgi] [--services N --professionals N]

On top of the demo it adds N published social-map services (bulk_create), each with the demo
category "stress" (topic stress) and one other, at a location in a demo neighbourhood; a third serve
some neighbourhoods only, half speak some of the demo's languages, and target group, ages, delivery
and helper kind vary. And M verified professionals of the demo partners (Verification with role
professional) with a helper profile each, varied the same way. Every one of them is eligible for
"stress", so a question about stress ranks all of them: the worst case.

Measured anonymously, next to the bare view: the results for a full set of answers, the results for
the topic alone, and the questionnaire. The results page counts one appearance per shown provider
and day (socialmap/matching/services.py shown_count): two writes per request.
Target (issue 12): under 100 ms median.
"""

import random
import sys
import uuid
from decimal import Decimal
from pathlib import Path

if __name__ == "__main__":  # run as a script: this folder off sys.path (bench/mailbox.py), the repository on it
    _here = Path(__file__).resolve().parent
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _here]
    sys.path.insert(0, str(_here.parent))

from bench.served import Scenario, Target  # noqa: E402

SERVICE_PREFIX = "Bench dienst "
PROFESSIONAL_EMAIL = "bench-professional-{}@example.org"

FULL = (
    "/hulp-vinden/resultaten/?wijk=colmschate&voor=parent&leeftijd=3&onderwerp=stress"
    "&hulpverlener=professional&geslacht=woman&taal=tr&vorm=in_person"
)
TOPIC_ONLY = "/hulp-vinden/resultaten/?onderwerp=stress"
QUESTIONNAIRE = "/hulp-vinden/"

TARGET_GROUPS = ["everyone", "parents", "families", "children", "youth"]
AGES = [(None, None), (0, 4), (0, 12), (4, 18), (12, 23), (None, 18)]
DELIVERIES = ["in_person", "online", "both"]
HELPER_KINDS = ["professional", "experience_expert", "both"]
GENDERS = ["woman", "man", ""]


def add_arguments(parser):
    parser.add_argument("--services", type=int, default=10_000, help="extra published services (default 10,000)")
    parser.add_argument("--professionals", type=int, default=500, help="extra verified professionals (default 500)")


def _pick(rng, rows, low, high):
    return rng.sample(rows, rng.randint(low, min(high, len(rows))))


def build_services(count, rng):
    from community.partners.models import Neighbourhood
    from socialmap.models import Category, Language, Location, Organization, Service, ServiceAtLocation

    existing = Service.objects.filter(name__startswith=SERVICE_PREFIX).count()
    if existing >= count:
        return
    organizations = list(Organization.objects.order_by("pk"))
    stress = Category.objects.get(slug="stress")
    others = list(Category.objects.exclude(pk=stress.pk).order_by("pk"))
    languages = list(Language.objects.order_by("pk"))
    neighbourhoods = list(Neighbourhood.objects.order_by("pk"))
    numbers = range(existing, count)
    locations = Location.objects.bulk_create(
        [
            Location(
                uuid=uuid.uuid4(),
                organization=organizations[n % len(organizations)],
                name=f"Bench locatie {n}",
                address_1=f"Benchstraat {n}",
                postal_code="7411 AB",
                neighbourhood=neighbourhoods[n % len(neighbourhoods)],
                latitude=Decimal(f"{rng.uniform(52.225, 52.285):.6f}"),
                longitude=Decimal(f"{rng.uniform(6.130, 6.250):.6f}"),
                geocode_status=Location.GeocodeStatus.FOUND,
            )
            for n in numbers
        ],
        batch_size=1000,
    )
    services = []
    for n in numbers:
        low, high = AGES[n % len(AGES)]
        services.append(
            Service(
                uuid=uuid.uuid4(),
                organization=organizations[n % len(organizations)],
                name=f"{SERVICE_PREFIX}{n}",
                description="Hulp voor ouders in de wijk, om de benchmark te vullen.",
                published=True,
                target_group=TARGET_GROUPS[n % len(TARGET_GROUPS)],
                minimum_age=low,
                maximum_age=high,
                is_free=n % 4 != 0,
                delivery=DELIVERIES[n % len(DELIVERIES)],
                helper_kind=HELPER_KINDS[(n // 3) % len(HELPER_KINDS)],
            )
        )
    Service.objects.bulk_create(services, batch_size=1000)
    # SQLite and PostgreSQL both return the new primary keys, but read them back to be sure.
    services = list(Service.objects.filter(name__startswith=SERVICE_PREFIX).order_by("pk"))[existing:]
    locations = list(Location.objects.filter(name__startswith="Bench locatie ").order_by("pk"))[existing:]
    ServiceAtLocation.objects.bulk_create(
        [ServiceAtLocation(uuid=uuid.uuid4(), service=s, location=loc) for s, loc in zip(services, locations)],
        batch_size=1000,
    )
    categories, areas, spoken = [], [], []
    for service in services:
        categories.append(Service.categories.through(service_id=service.pk, category_id=stress.pk))
        categories.append(Service.categories.through(service_id=service.pk, category_id=rng.choice(others).pk))
        if rng.random() < 1 / 3:
            areas += [
                Service.areas_served.through(service_id=service.pk, neighbourhood_id=hood.pk)
                for hood in _pick(rng, neighbourhoods, 1, 3)
            ]
        if rng.random() < 1 / 2:
            spoken += [
                Service.languages.through(service_id=service.pk, language_id=language.pk)
                for language in _pick(rng, languages, 1, 3)
            ]
    for rows in (categories, areas, spoken):
        type(rows[0]).objects.bulk_create(rows, batch_size=2000)


def build_professionals(count, rng):
    from django.contrib.auth import get_user_model

    from community.accounts.models import Verification
    from community.partners.models import Neighbourhood, PartnerOrganisation
    from socialmap.matching.models import HelperProfile
    from socialmap.models import Category, Language

    User = get_user_model()
    existing = User.objects.filter(email__startswith="bench-professional-").count()
    if existing >= count:
        return
    numbers = range(existing, count)
    partners = list(PartnerOrganisation.objects.order_by("pk"))
    stress = Category.objects.get(slug="stress")
    others = list(Category.objects.exclude(pk=stress.pk).order_by("pk"))
    languages = list(Language.objects.order_by("pk"))
    neighbourhoods = list(Neighbourhood.objects.order_by("pk"))
    User.objects.bulk_create(
        [User(email=PROFESSIONAL_EMAIL.format(n), pseudonym=f"Bench professional {n}", password="!") for n in numbers],
        batch_size=1000,
    )
    users = list(User.objects.filter(email__startswith="bench-professional-").order_by("pk"))[existing:]
    Verification.objects.bulk_create(
        [
            Verification(user=user, role="professional", partner=partners[n % len(partners)], note="bench")
            for n, user in zip(numbers, users)
        ],
        batch_size=1000,
    )
    profiles = []
    for n, user in zip(numbers, users):
        low, high = AGES[n % len(AGES)]
        profiles.append(
            HelperProfile(
                user=user,
                partner=partners[n % len(partners)],
                intro="Ik help ouders met stress in het gezin.",
                gender=GENDERS[n % len(GENDERS)],
                target_group=TARGET_GROUPS[n % len(TARGET_GROUPS)],
                minimum_age=low,
                maximum_age=high,
                delivery=DELIVERIES[n % len(DELIVERIES)],
                is_free=n % 5 != 0,
            )
        )
    HelperProfile.objects.bulk_create(profiles, batch_size=1000)
    profiles = list(HelperProfile.objects.filter(user__email__startswith="bench-professional-").order_by("pk"))
    profiles = profiles[len(profiles) - len(users) :]
    categories, areas, spoken = [], [], []
    for profile in profiles:
        categories.append(HelperProfile.categories.through(helperprofile_id=profile.pk, category_id=stress.pk))
        categories.append(
            HelperProfile.categories.through(helperprofile_id=profile.pk, category_id=rng.choice(others).pk)
        )
        if rng.random() < 1 / 3:
            areas += [
                HelperProfile.areas_served.through(helperprofile_id=profile.pk, neighbourhood_id=hood.pk)
                for hood in _pick(rng, neighbourhoods, 1, 3)
            ]
        if rng.random() < 1 / 2:
            spoken += [
                HelperProfile.languages.through(helperprofile_id=profile.pk, language_id=language.pk)
                for language in _pick(rng, languages, 1, 3)
            ]
    for rows in (categories, areas, spoken):
        type(rows[0]).objects.bulk_create(rows, batch_size=2000)


def build(args):
    from django.db import transaction

    rng = random.Random(2026)
    with transaction.atomic():
        build_services(args.services, rng)
        build_professionals(args.professionals, rng)


def targets(args):
    return [
        Target(FULL, label="results, every answer"),
        Target(TOPIC_ONLY, label="results, topic only"),
        Target(QUESTIONNAIRE, label="questionnaire"),
    ]


def describe(args):
    from community.accounts.models import Verification
    from socialmap.matching.models import HelperProfile
    from socialmap.models import Service

    return (
        f"{Service.objects.published().count():,} published services, "
        f"{HelperProfile.objects.filter(active=True).count():,} helper profiles, "
        f"{Verification.objects.active().filter(role='professional').count():,} verified professionals"
    )


SCENARIO = Scenario(name="matching", build=build, targets=targets, describe=describe, add_arguments=add_arguments)

if __name__ == "__main__":
    from bench.served import main

    main(["matching", *sys.argv[1:]])
