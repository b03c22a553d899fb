"""Query counts stay the same whether the map holds 10 or 300 services (bulk-created)."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from socialmap.models import Location, Phone, Schedule, Service, ServiceAtLocation

URLS = [
    "/sociale-kaart/?near=7411+AB&free=on&category=stress",
    "/sociale-kaart/?open_now=on&age=8",
    "/sociale-kaart/kaart.geojson?category=stress",
    "/sociale-kaart/kaart/?near=7411+AB",
    "/api/hsds/services?full=true&per_page=100",
    "/api/hsds/services?per_page=100",
    "/api/hsds/service_at_locations?postcode=7411AB&per_page=100",
    "/api/hsds/organizations?full=true",
]


def grow(smap, count):
    locations = Location.objects.bulk_create(
        [
            Location(
                uuid=uuid.uuid4(),
                organization=smap.org_a,
                name=f"Plek {n}",
                address_1=f"Brink {n}",
                postal_code="7411 BR",
                latitude=Decimal("52.25") + Decimal(n) / 10000,
                longitude=Decimal("6.16"),
            )
            for n in range(count)
        ]
    )
    services = Service.objects.bulk_create(
        [
            Service(uuid=uuid.uuid4(), organization=smap.org_a, name=f"Extra {n}", description="x", published=True)
            for n in range(count)
        ]
    )
    ServiceAtLocation.objects.bulk_create(
        [ServiceAtLocation(uuid=uuid.uuid4(), service=s, location=loc) for s, loc in zip(services, locations)]
    )
    Service.categories.through.objects.bulk_create(
        [Service.categories.through(service_id=s.pk, category_id=smap.stress.pk) for s in services]
    )
    Schedule.objects.bulk_create(
        [
            Schedule(uuid=uuid.uuid4(), service=s, weekday="MO", opens_at=datetime.time(9), closes_at=datetime.time(17))
            for s in services
        ]
    )
    Phone.objects.bulk_create([Phone(uuid=uuid.uuid4(), service=s, number="0570 000 000") for s in services])
    return services


def counts(client, urls):
    result = {}
    for url in urls:
        client.get(url)  # warm caches (content types, site root)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        result[url] = len(queries)
    return result


def test_query_counts_do_not_grow_with_the_data(client, smap):
    grow(smap, 10)
    small = counts(client, URLS)
    small_detail = counts(client, [smap.service_a.get_absolute_url()])
    grow(smap, 300)
    assert counts(client, URLS) == small
    assert counts(client, [smap.service_a.get_absolute_url()]) == small_detail


@pytest.mark.parametrize("url", URLS[:4])
def test_public_pages_stay_under_a_small_query_budget(client, smap, url, django_assert_max_num_queries):
    grow(smap, 300)
    client.get(url)
    with django_assert_max_num_queries(12):
        client.get(url)
