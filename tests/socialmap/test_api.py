"""The HSDS 3.0 read API: official schemas, HSDS pagination, filters and JSON errors."""

import pytest

from tests.socialmap.hsds_schema import assert_page, assert_valid

API = "/api/hsds"


def test_root_and_openapi(client, smap):
    root = client.get(f"{API}/").json()
    assert root["version"] == "3.0"
    assert root["openapi_url"].endswith("/api/hsds/openapi.json")
    document = client.get(f"{API}/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert "/services/{id}" in document["paths"] and "/service_at_locations" in document["paths"]
    assert "REQUIRED" not in document["info"]["title"]


def test_services_list_and_detail_validate(client, smap):
    payload = client.get(f"{API}/services").json()
    assert_page(payload, "compiled/service_list.json")
    assert payload["total_items"] == 2 and payload["first_page"] and payload["last_page"] and not payload["empty"]
    assert {item["name"] for item in payload["contents"]} == {"Opvoedspreekuur", "Geldspreekuur"}
    detail = client.get(f"{API}/services/{smap.service_a.uuid}").json()
    assert_valid(detail, "compiled/service.json")
    location = detail["service_at_locations"][0]["location"]
    assert location["latitude"] == pytest.approx(52.25476)
    assert location["addresses"][0]["postal_code"] == "7411 BR"
    assert detail["attributes"][0]["taxonomy_term"]["name"] == "Stress en spanning"


def test_full_services_validate(client, smap):
    payload = client.get(f"{API}/services?full=true").json()
    assert_page(payload, "compiled/service.json")


def test_unpublished_is_invisible_in_the_api(client, smap):
    assert client.get(f"{API}/services/{smap.hidden.uuid}").status_code == 404
    for path in ("services", "services?full=true", "service_at_locations", "service_at_locations?postcode=7411AB"):
        assert "Geheim concept" not in client.get(f"{API}/{path}").content.decode(), path
    organization = client.get(f"{API}/organizations/{smap.org_a.uuid}").json()
    assert [s["name"] for s in organization["services"]] == ["Opvoedspreekuur"]


def test_pagination(client, smap, service_factory):
    for _ in range(5):
        service_factory(organization=smap.org_a)
    payload = client.get(f"{API}/services?per_page=3&page=2").json()
    assert payload["total_items"] == 7 and payload["total_pages"] == 3 and payload["page_number"] == 2
    assert payload["size"] == 3 and not payload["first_page"] and not payload["last_page"]
    empty = client.get(f"{API}/services?search=bestaatniet").json()
    assert empty["empty"] and empty["total_items"] == 0 and empty["contents"] == []


def test_organizations_validate(client, smap):
    assert_page(client.get(f"{API}/organizations").json(), "compiled/organization_list.json")
    assert_valid(client.get(f"{API}/organizations/{smap.org_a.uuid}").json(), "compiled/organization.json")
    assert_page(client.get(f"{API}/organizations?full=true").json(), "compiled/organization.json")


def test_taxonomies_and_terms_validate(client, smap):
    from socialmap.models import Taxonomy

    taxonomy = Taxonomy.objects.create(name="Wijkplein hulpvragen", description="Hulpvragen")
    smap.stress.taxonomy = taxonomy
    smap.stress.save()
    assert_page(client.get(f"{API}/taxonomies").json(), "taxonomy.json")
    terms = client.get(f"{API}/taxonomy_terms?taxonomy_id={taxonomy.uuid}").json()
    assert_page(terms, "taxonomy_term.json")
    assert [t["name"] for t in terms["contents"]] == ["Stress en spanning"]
    assert_valid(client.get(f"{API}/taxonomy_terms/{smap.stress.uuid}").json(), "taxonomy_term.json")


def test_services_filters(client, smap):
    by_term = client.get(f"{API}/services?taxonomy_term_id={smap.money.uuid}").json()
    assert [s["name"] for s in by_term["contents"]] == ["Geldspreekuur"]
    by_org = client.get(f"{API}/services?organization_id={smap.org_a.uuid}").json()
    assert [s["name"] for s in by_org["contents"]] == ["Opvoedspreekuur"]
    later = client.get(f"{API}/services?modified_after=2999-01-01T00:00:00Z").json()
    assert later["empty"]


def test_service_at_locations_by_postcode_and_proximity(client, smap):
    payload = client.get(f"{API}/service_at_locations?postcode=7423AB").json()
    assert_page(payload, "compiled/service_at_location_list.json")
    assert [item["service"]["name"] for item in payload["contents"]] == ["Geldspreekuur", "Opvoedspreekuur"]
    assert payload["contents"][0]["distance"] < payload["contents"][1]["distance"]
    near = client.get(f"{API}/service_at_locations?postcode=7423AB&proximity=1000").json()
    assert [item["service"]["name"] for item in near["contents"]] == ["Geldspreekuur"]
    assert near["total_items"] == 1


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("services?page=abc", "page"),
        ("services?page=0", "page"),
        ("services?per_page=100000", "per_page"),
        ("services?full=maybe", "full"),
        ("services?taxonomy_term_id=not-a-uuid", "taxonomy_term_id"),
        ("services?modified_after=gisteren", "modified_after"),
        ("services?format=xml", "format"),
        ("service_at_locations?proximity=ver", "proximity"),
        ("service_at_locations?proximity=500", "proximity"),
        ("service_at_locations?postcode=0000ZZ", "postcode"),
    ],
)
def test_bad_parameters_are_hsds_style_400s(client, smap, query, parameter):
    response = client.get(f"{API}/{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and body["parameter"] == parameter and body["message"]


def test_unknown_ids_and_methods(client, smap):
    import uuid

    assert client.get(f"{API}/services/{uuid.uuid4()}").status_code == 404
    assert client.get(f"{API}/services/123").json()["status"] == 404
    assert client.post(f"{API}/services").status_code == 405


def test_api_query_counts_are_constant(client, smap, service_factory, django_assert_max_num_queries):
    for _ in range(30):
        service_factory(organization=smap.org_a, categories=[smap.stress])
    with django_assert_max_num_queries(10):
        client.get(f"{API}/services?full=true&per_page=50")
    with django_assert_max_num_queries(4):
        client.get(f"{API}/service_at_locations?postcode=7411AB")
    with django_assert_max_num_queries(10):
        client.get(f"{API}/organizations/{smap.org_a.uuid}")
