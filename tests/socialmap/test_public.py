"""The public social map: list without JavaScript, filters, "in de buurt van", map data and service page."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

import plugins
from plugins.manager import registry
from socialmap.models import Phone, Schedule

LIST = "/sociale-kaart/"
GEOJSON = "/sociale-kaart/kaart.geojson"


def names(response):
    return [row.service.name for row in response.context["page_obj"].object_list]


def test_list_shows_published_services_only(client, smap):
    response = client.get(LIST)
    assert response.status_code == 200
    assert sorted(names(response)) == ["Geldspreekuur", "Opvoedspreekuur"]
    assert "Geheim concept" not in response.content.decode()


def test_unpublished_service_page_is_not_found(client, smap):
    assert client.get(smap.hidden.get_absolute_url()).status_code == 404
    assert client.get(smap.service_a.get_absolute_url()).status_code == 200


def test_inactive_service_is_hidden_like_unpublished(client, smap):
    smap.service_b.status = "temporarily closed"
    smap.service_b.save()
    assert names(client.get(LIST)) == ["Opvoedspreekuur"]
    assert client.get(smap.service_b.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=stress", ["Opvoedspreekuur"]),
        ("category=geldzorgen", ["Geldspreekuur"]),
        ("age=30", ["Geldspreekuur"]),
        ("age=8", ["Opvoedspreekuur"]),
        ("free=on", ["Opvoedspreekuur"]),
    ],
)
def test_filters(client, smap, query, expected):
    assert names(client.get(f"{LIST}?{query}")) == expected


def test_neighbourhood_and_language_filters(client, smap):
    from community.partners.models import Neighbourhood
    from socialmap.models import Language

    colmschate = Neighbourhood.objects.create(name="Colmschate", slug="colmschate")
    smap.location_b.neighbourhood = colmschate
    smap.location_b.save()
    arabic = Language.objects.create(code="ar", name="Arabisch")
    smap.service_a.languages.add(arabic)
    smap.service_a.save()
    assert names(client.get(f"{LIST}?neighbourhood=colmschate")) == ["Geldspreekuur"]
    assert names(client.get(f"{LIST}?language=ar")) == ["Opvoedspreekuur"]


def test_open_now(client, smap, settings, monkeypatch):
    # Monday 10:00 in Deventer.
    monday = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    monkeypatch.setattr("django.utils.timezone.now", lambda: monday)
    Schedule.objects.create(
        service=smap.service_a, weekday="MO", opens_at=datetime.time(9), closes_at=datetime.time(12)
    )
    Schedule.objects.create(
        service=smap.service_b, weekday="TU", opens_at=datetime.time(9), closes_at=datetime.time(12)
    )
    response = client.get(f"{LIST}?open_now=on")
    assert names(response) == ["Opvoedspreekuur"]
    assert "Nu open" in response.content.decode()
    detail = client.get(smap.service_a.get_absolute_url()).content.decode()
    assert "Nu open" in detail and "maandag" in detail.lower()


def test_near_postcode_sorts_by_distance_and_shows_it(client, smap):
    response = client.get(f"{LIST}?near=7423+AB")  # Colmschate: B is next door, A in the city centre
    assert names(response) == ["Geldspreekuur", "Opvoedspreekuur"]
    rows = response.context["page_obj"].object_list
    assert rows[0].distance_km < 0.5 < rows[1].distance_km
    html = response.content.decode()
    assert " km" in html and " m<" in html or " m " in html


def test_near_address(client, smap):
    response = client.get(f"{LIST}?near=Brink+3+Deventer")
    assert names(response)[0] == "Opvoedspreekuur"


@pytest.mark.parametrize("near", ["9999 ZZ", "Nergenshuizen 12"])
def test_unknown_place_is_a_clear_error_and_input_is_kept(client, smap, near):
    response = client.get(LIST, {"near": near})
    assert response.status_code == 200
    html = response.content.decode()
    assert "kunnen" in html or "kennen" in html  # "We kunnen … niet vinden" / "We kennen postcode … niet"
    assert f'value="{near}"' in html


def test_browser_location_outside_the_netherlands_is_refused(client, smap):
    response = client.get(LIST, {"lat": "48.85", "lon": "2.35"})
    assert response.status_code == 200
    assert "buiten Nederland" in response.content.decode()


@pytest.mark.parametrize("query", ["age=abc", "age=-3", "lat=x&lon=y", "category=bestaat-niet", "page=zzz", "page=999"])
def test_bad_query_parameters_never_500(client, smap, query):
    assert client.get(f"{LIST}?{query}").status_code == 200
    assert client.get(f"{GEOJSON}?{query}").status_code in (200, 400)


def test_browser_location_sorts_by_distance(client, smap):
    response = client.get(LIST, {"lat": "52.2516", "lon": "6.2293"})
    assert names(response) == ["Geldspreekuur", "Opvoedspreekuur"]


def test_geojson_has_points_of_published_services(client, smap):
    data = client.get(GEOJSON).json()
    assert data["type"] == "FeatureCollection"
    assert {f["properties"]["name"] for f in data["features"]} == {"Opvoedspreekuur", "Geldspreekuur"}
    feature = next(f for f in data["features"] if f["properties"]["name"] == "Opvoedspreekuur")
    assert feature["geometry"]["coordinates"] == [pytest.approx(6.15984), pytest.approx(52.25476)]
    assert feature["properties"]["url"] == smap.service_a.get_absolute_url()
    assert client.get(f"{GEOJSON}?category=geldzorgen").json()["features"][0]["properties"]["name"] == "Geldspreekuur"


def test_geojson_bad_place_is_a_400_with_the_reason(client, smap):
    response = client.get(f"{GEOJSON}?near=0000+AA")
    assert response.status_code == 400
    assert response.json()["errors"]["near"]


def test_map_page_passes_config_through_data_attributes(client, smap, settings):
    settings.SOCIALMAP_TILE_URL = "/static/tiles/{z}/{x}/{y}.png"
    response = client.get("/sociale-kaart/kaart/?category=stress")
    html = response.content.decode()
    assert "<script>" not in html and "style=" not in html
    config = json.loads(response.context["map_config"])
    assert config["tiles"] == "/static/tiles/{z}/{x}/{y}.png"
    assert config["geojson"] == GEOJSON + "?category=stress"
    assert "vendor/leaflet/leaflet.js" in html and "vendor/leaflet.markercluster" in html


def test_service_page_shows_contact_hours_and_related_information(
    client, smap, information_page_factory, topic_factory
):
    topic = topic_factory(name="Stress", slug="stress")
    smap.stress.topic = topic
    smap.stress.save()
    information_page_factory(title="Stress als ouder herkennen", section=smap.tree.section_a, topics=[topic])
    Phone.objects.create(service=smap.service_a, number="0570 123 400")
    Schedule.objects.create(
        service=smap.service_a, weekday="WE", opens_at=datetime.time(13, 30), closes_at=datetime.time(16)
    )
    html = client.get(smap.service_a.get_absolute_url()).content.decode()
    assert "Neem contact op" in html
    assert 'href="tel:0570123400"' in html
    assert "13:30–16:00" in html
    assert "Stress als ouder herkennen" in html
    assert "data-sm-detail-map" in html


class RelatedPlugin:
    PLUGIN = plugins.Plugin(name="related-test", builtin=True)

    @plugins.hookimpl
    def related_content(self, subject, request):
        if subject.kind != "service":
            return []
        return [plugins.RelatedItem(title=f"Forum: {subject.obj.name}", url="/forum/slapen/", kind="forum")]


def test_related_content_hook_lets_other_features_add_links(client, smap):
    with registry.temporarily(RelatedPlugin()):
        html = client.get(smap.service_a.get_absolute_url()).content.decode()
    assert f"Forum: {smap.service_a.name}" in html


def test_feature_is_registered_in_the_navigation(client, smap):
    from community.navigation import features

    feature = next(f for f in features() if f.key == "socialmap")
    assert feature.url == reverse("socialmap:service-list")


def test_list_query_count_is_constant(client, smap, service_factory, location_factory, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        client.get(f"{LIST}?near=7411+AB&free=on&open_now=&category=stress")
    for number in range(60):
        service_factory(organization=smap.org_a, categories=[smap.stress], location=smap.location_a)
    with django_assert_max_num_queries(12):
        client.get(f"{LIST}?near=7411+AB&free=on&category=stress")
    with django_assert_max_num_queries(6):
        client.get(f"{GEOJSON}?category=stress")


class MailboxPlugin:
    PLUGIN = plugins.Plugin(name="mailbox-test", builtin=True)

    @plugins.hookimpl
    def actions(self, kind, obj, request):
        if kind != "service":
            return []
        return [
            plugins.Action(label="Stuur een bericht", url=f"/berichten/nieuw/{obj.uuid}/"),
            plugins.Action(label="Niet veilig", url="javascript:alert(1)"),
        ]


def test_service_actions_hook_adds_a_contact_button(client, smap):
    with registry.temporarily(MailboxPlugin()):
        html = client.get(smap.service_a.get_absolute_url()).content.decode()
    assert f'href="/berichten/nieuw/{smap.service_a.uuid}/"' in html and "Stuur een bericht" in html
    # A plugin's URL that is not http(s) or a path on this site never reaches an href.
    assert "javascript:" not in html
