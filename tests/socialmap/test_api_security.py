"""The public HSDS API leaks nothing of drafts and answers every bad parameter with a JSON 400."""
import pytest

from socialmap.hsds.exporter import export_services, rows_by_table
from socialmap.models import Service

API = "/api/hsds"
SECRET_STREET = "Schuilplaats 13"


@pytest.fixture
def draft_only_location(smap, location_factory, service_factory):
    """A shelter address used only by a draft and by an inactive service, plus a location no service uses."""
    shelter = location_factory(organization=smap.org_a, name="Opvang in oprichting", address_1=SECRET_STREET, postal_code="7411 ZZ")
    service_factory(organization=smap.org_a, name="Opvang (concept)", location=shelter, published=False)
    service_factory(
        organization=smap.org_a, name="Opvang (gestopt)", location=shelter, published=True, status=Service.Status.INACTIVE
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
