"""Benchmark of the social map with 10,000 services, run by hand (`make bench`); prints numbers.

Builds a throw-away SQLite database (or uses DATABASE_URL), loads the demo, adds N published
services at N locations spread over Deventer with bulk_create, then requests the GeoJSON endpoint,
a filtered list, the nearest-20 list by postcode and the HSDS API by postcode, printing median and
95th-percentile latency, requests per second and queries per request.
Targets: GeoJSON and filtered list < 150 ms median, nearest-20 by postcode < 100 ms.
"""

import argparse
import os
import random
import sys
import tempfile
import uuid
from datetime import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WIJKPLEIN_VAR_DIR", tempfile.mkdtemp(prefix="wijkplein-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "community.settings.test")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.disable(logging.INFO)

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.run import measure  # noqa: E402


def build(count):
    from community.partners.models import Neighbourhood
    from socialmap.models import Category, Location, Organization, Schedule, Service, ServiceAtLocation

    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    existing = Service.objects.filter(name__startswith="Bench ").count()
    if existing >= count:
        return
    rng = random.Random(2026)
    organizations = list(Organization.objects.all())
    categories = list(Category.objects.all())
    neighbourhoods = list(Neighbourhood.objects.all())
    locations = [
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
        for n in range(existing, count)
    ]
    Location.objects.bulk_create(locations, batch_size=1000)
    services = [
        Service(
            uuid=uuid.uuid4(),
            organization=location.organization,
            name=f"Bench hulp {n}",
            description="Hulp voor ouders in de wijk, om de benchmark te vullen.",
            published=n % 10 != 0,
            is_free=n % 3 != 0,
            minimum_age=None if n % 2 else 0,
            maximum_age=None if n % 2 else 18,
        )
        for n, location in enumerate(locations, existing)
    ]
    Service.objects.bulk_create(services, batch_size=1000)
    services = list(Service.objects.filter(name__startswith="Bench ").order_by("pk"))[existing:]
    locations = list(Location.objects.filter(name__startswith="Bench ").order_by("pk"))[existing:]
    ServiceAtLocation.objects.bulk_create(
        [ServiceAtLocation(uuid=uuid.uuid4(), service=s, location=loc) for s, loc in zip(services, locations)],
        batch_size=1000,
    )
    through = Service.categories.through
    through.objects.bulk_create(
        [through(service_id=s.pk, category_id=categories[n % len(categories)].pk) for n, s in enumerate(services)],
        batch_size=1000,
    )
    days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    Schedule.objects.bulk_create(
        [
            Schedule(uuid=uuid.uuid4(), service=s, weekday=days[(n + k) % 7], opens_at=time(9), closes_at=time(17))
            for n, s in enumerate(services)
            for k in range(2)
        ],
        batch_size=2000,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=3.0, help="time per URL")
    args = parser.parse_args()

    from socialmap.models import Service, ServiceAtLocation

    build(args.services)
    urls = [
        "/sociale-kaart/kaart.geojson",
        "/sociale-kaart/kaart.geojson?category=stress&free=on",
        "/sociale-kaart/kaart.geojson?open_now=on",
        "/sociale-kaart/?category=opvoeden&free=on&age=8",
        "/sociale-kaart/?neighbourhood=colmschate&open_now=on",
        "/sociale-kaart/?near=7411+AB",
        "/sociale-kaart/?near=7423+AB&category=stress",
        "/api/hsds/service_at_locations?postcode=7411AB&per_page=20",
        "/api/hsds/services?per_page=50",
    ]
    print(
        f"Social map bench — {Service.objects.published().count()} published services, "
        f"{ServiceAtLocation.objects.on_map().count()} points on the map, database {connection.vendor}"
    )
    print(f"{'url':<58} {'reqs':>6} {'median ms':>10} {'p95 ms':>8} {'req/s':>8} {'queries':>8}")
    client = Client()
    for url in urls:
        row = measure(client, url, args.seconds)
        print(
            f"{row['url'][:58]:<58} {row['requests']:>6} {row['median_ms']:>10.1f} {row['p95_ms']:>8.1f} {row['req_per_s']:>8.1f} {row['queries']:>8}"
        )


if __name__ == "__main__":
    main()
