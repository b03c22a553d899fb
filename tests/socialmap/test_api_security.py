"""The public HSDS API leaks nothing of drafts and answers every bad parameter with a JSON 400."""

import pytest

from socialmap.hsds.exporter import export_services, rows_by_table
from socialmap.models import Service

API = "/api/hsds"
SECRET_STREET = "Schuilplaats 13"


@pytest.fixture
def draft_only_location(smap, location_factory, service_factory):
    """A shelter address used only by a draft and by an inactive service, plus a location no service uses."""
    shelter = location_factory(
        organization=smap.org_a, name="Opvang in oprichting", address_1=SECRET_STREET, postal_code="7411 ZZ"
    )
    service_factory(organization=smap.org_a, name="Opvang (concept)", location=shelter, published=False)
    service_factory(
        organization=smap.org_a,
        name="Opvang (gestopt)",
        location=shelter,
        published=True,
        status=Service.Status.INACTIVE,
    )
    location_factory(organization=smap.org_a, name="Nog niet in gebruik", address_1="Geheimelaan 7")
    return shelter


@pytest.mark.parametrize(
    "path",
    [
        "organizations/{org}",
        "organizations/{org}?full=true",
        "organizations?full=true",
        "organizations?full_service=true",
        "organizations",
        "services",
        "services?full=true",
        "service_at_locations",
        "service_at_locations?postcode=7411AB",
    ],
)
def test_locations_only_used_by_drafts_are_not_published(client, smap, draft_only_location, path):
    response = client.get(f"{API}/{path.format(org=smap.org_a.uuid)}")
    assert response.status_code == 200
    body = response.content.decode()
    assert SECRET_STREET not in body and str(draft_only_location.uuid) not in body
    assert "Geheimelaan" not in body and "Opvang in oprichting" not in body


def test_organization_still_lists_its_published_locations(client, smap, draft_only_location):
    organization = client.get(f"{API}/organizations/{smap.org_a.uuid}").json()
    assert [location["name"] for location in organization["locations"]] == ["Huis A"]


def test_public_map_and_export_leave_draft_locations_out(client, smap, draft_only_location):
    for url in ("/sociale-kaart/", "/sociale-kaart/kaart.geojson", "/sociale-kaart/?near=7411+AB"):
        assert SECRET_STREET not in client.get(url).content.decode(), url
    tables = rows_by_table(export_services())
    assert str(draft_only_location.uuid) not in tables["locations"]
    assert all(row.get("address_1") != SECRET_STREET for row in tables["addresses"].values())


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("services?modified_after=2026-13-45T99:99:99Z", "modified_after"),
        ("services?modified_after=2026-02-30", "modified_after"),
        ("services?modified_after=2026-02-30T10:00:00", "modified_after"),
        ("services?modified_after=0001-01-01T00:00:00%2B01:00", "modified_after"),
        ("services?modified_after=9999-12-31T23:59:59-01:00", "modified_after"),
        ("services?modified_after=0001-01-01", "modified_after"),
        ("service_at_locations?modified_after=2026-13-45T99:99:99Z", "modified_after"),
        ("services?search=a%00b", "search"),
        ("organizations?search=%00", "search"),
        ("taxonomies?search=%00", "search"),
        ("taxonomy_terms?search=%00", "search"),
        ("service_at_locations?search=%00", "search"),
        ("service_at_locations?postcode=7411%00AB", "postcode"),
        ("services?search=" + "a" * 201, "search"),
        ("services?page=99999999999999999999999999", "page"),
        ("services?per_page=-1", "per_page"),
        ("services?page=" + "9" * 5000, "page"),
        ("taxonomy_terms?top_only=misschien", "top_only"),
        ("taxonomy_terms?parent_id=99999999999999999999", "parent_id"),
        ("organizations?full_service=ja", "full_service"),
        ("service_at_locations?proximity=1e3&postcode=7411AB", "proximity"),
    ],
)
def test_every_bad_parameter_is_a_json_400(client, smap, query, parameter):
    response = client.get(f"{API}/{query}")
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["status"] == 400 and body["parameter"] == parameter and body["message"]


def test_good_dates_still_filter(client, smap):
    for value in ("2000-01-01", "2000-01-01T00:00:00Z", "2000-01-01T00:00:00+01:00", "2000-01-01 00:00:00"):
        payload = client.get(f"{API}/services", {"modified_after": value}).json()
        assert payload["total_items"] == 2, value
