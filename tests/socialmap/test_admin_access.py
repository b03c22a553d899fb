"""Partner editors manage only their own organisation's services, locations and organisation,
tried through the Wagtail admin URLs (GET and forged POSTs), not only the permission API."""

import json

import pytest

from socialmap.models import Location, Organization, Service
from tests.factories.socialmap import inline_formset as inline

ADMIN = "/admin/socialmap"


def service_form(organization, *, locations=(), **overrides):
    data = {
        "organization": str(organization.pk),
        "name": "Nieuwe hulp",
        "description": "Hulp voor ouders.",
        "target_group": "parents",
        "delivery": "in_person",
        "helper_kind": "professional",
        "status": "active",
        "published": "on",
        "is_free": "on",
        **inline("phones"),
        **inline("schedules", [{"weekday": "MO", "opens_at": "09:00", "closes_at": "12:00", "notes": ""}]),
        **inline("service_at_locations", [{"location": str(loc.pk), "description": ""} for loc in locations]),
    }
    data.update(overrides)
    return data


def location_form(organization, **overrides):
    data = {
        "organization": str(organization.pk),
        "name": "Nieuwe plek",
        "description": "",
        "address_1": "Bergstraat 8",
        "postal_code": "7411 ET",
        "city": "Deventer",
        "neighbourhood": "",
        "point": "",
        "transportation": "",
        "accessibility": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def editor_a(client, smap):
    client.force_login(smap.tree.editor_a)
    return client


def test_index_lists_only_own_services(editor_a, smap):
    response = editor_a.get(f"{ADMIN}/services/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Opvoedspreekuur" in html and "Geheim concept" in html
    assert "Geldspreekuur" not in html


def test_index_lists_only_own_locations_and_organisation(editor_a, smap):
    html = editor_a.get(f"{ADMIN}/locations/").content.decode()
    assert "Huis A" in html and "Huis B" not in html
    html = editor_a.get(f"{ADMIN}/organizations/").content.decode()
    assert "Centrum Jeugd Deventer" in html and "GGD Test Deventer" not in html


def test_cannot_open_or_post_edit_of_another_partners_service(editor_a, smap):
    url = f"{ADMIN}/services/edit/{smap.service_b.pk}/"
    assert editor_a.get(url).status_code == 404  # as if it did not exist
    response = editor_a.post(url, service_form(smap.org_b, name="Gekaapt"))
    assert response.status_code == 404
    smap.service_b.refresh_from_db()
    assert smap.service_b.name == "Geldspreekuur"


def test_cannot_delete_another_partners_service_location_or_organisation(editor_a, smap):
    for kind, obj in (("services", smap.service_b), ("locations", smap.location_b), ("organizations", smap.org_b)):
        response = editor_a.post(f"{ADMIN}/{kind}/delete/{obj.pk}/")
        assert response.status_code == 404, kind
        assert type(obj).objects.filter(pk=obj.pk).exists(), kind


def test_own_organisation_cannot_be_deleted_by_its_editor(editor_a, smap):
    """Their own record exists for them, so a missing right is a refusal (Wagtail's redirect), not a 404."""
    assert editor_a.post(f"{ADMIN}/organizations/delete/{smap.org_a.pk}/").status_code in (302, 403)
    assert Organization.objects.filter(pk=smap.org_a.pk).exists()


@pytest.mark.parametrize("view", ["edit", "delete", "history", "history-results", "usage"])
@pytest.mark.parametrize("kind", ["services", "locations", "organizations"])
def test_another_partners_records_are_not_found_like_missing_ones(editor_a, smap, view, kind):
    theirs = {"services": smap.service_b, "locations": smap.location_b, "organizations": smap.org_b}[kind]
    missing = type(theirs).objects.order_by("pk").last().pk + 1000
    assert editor_a.get(f"{ADMIN}/{kind}/{view}/{theirs.pk}/").status_code == 404
    assert editor_a.get(f"{ADMIN}/{kind}/{view}/{missing}/").status_code == 404


@pytest.mark.parametrize("view", ["edit", "history", "history-results", "usage"])
@pytest.mark.parametrize("kind", ["services", "locations", "organizations"])
def test_own_records_open(editor_a, smap, view, kind):
    ours = {"services": smap.service_a, "locations": smap.location_a, "organizations": smap.org_a}[kind]
    assert editor_a.get(f"{ADMIN}/{kind}/{view}/{ours.pk}/").status_code == 200


def test_cannot_create_a_service_for_another_organisation(editor_a, smap):
    response = editor_a.post(f"{ADMIN}/services/new/", service_form(smap.org_b, name="Onder valse vlag"))
    assert response.status_code == 200  # the form again, with an error
    assert not Service.objects.filter(name="Onder valse vlag").exists()


def test_cannot_attach_another_partners_location(editor_a, smap):
    response = editor_a.post(
        f"{ADMIN}/services/new/", service_form(smap.org_a, name="Leen een plek", locations=[smap.location_b])
    )
    assert response.status_code == 200
    assert not Service.objects.filter(name="Leen een plek").exists()


def test_editor_creates_and_edits_own_service(editor_a, smap):
    response = editor_a.post(f"{ADMIN}/services/new/", service_form(smap.org_a, locations=[smap.location_a]))
    assert response.status_code == 302, response.content.decode()[:3000]
    service = Service.objects.get(name="Nieuwe hulp")
    assert service.organization == smap.org_a
    assert list(service.schedules.values_list("weekday", flat=True)) == ["MO"]
    assert service.service_at_locations.get().location == smap.location_a


def test_bad_age_range_and_closing_time_are_clear_errors(editor_a, smap):
    data = service_form(smap.org_a, name="Rare leeftijd", minimum_age="12", maximum_age="4")
    data.update(inline("schedules", [{"weekday": "MO", "opens_at": "12:00", "closes_at": "09:00", "notes": ""}]))
    response = editor_a.post(f"{ADMIN}/services/new/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "maximale leeftijd" in html.lower() or "maximum age" in html.lower()
    assert not Service.objects.filter(name="Rare leeftijd").exists()


def test_cannot_edit_another_partners_location_or_organisation(editor_a, smap):
    response = editor_a.post(f"{ADMIN}/locations/edit/{smap.location_b.pk}/", location_form(smap.org_b, name="Gekaapt"))
    assert response.status_code == 404
    smap.location_b.refresh_from_db()
    assert smap.location_b.name == "Huis B"
    response = editor_a.post(f"{ADMIN}/organizations/edit/{smap.org_b.pk}/", {"name": "Gekaapt", "description": "x"})
    assert response.status_code == 404
    smap.org_b.refresh_from_db()
    assert smap.org_b.name == "GGD Test Deventer"


def test_editor_cannot_add_organisations_nor_relink_own_to_another_partner(editor_a, smap):
    assert editor_a.get(f"{ADMIN}/organizations/new/").status_code in (302, 403)
    response = editor_a.post(
        f"{ADMIN}/organizations/edit/{smap.org_a.pk}/",
        {"name": "Centrum Jeugd Deventer", "description": "Nieuw", "partner": str(smap.tree.partner_b.pk)},
    )
    assert response.status_code == 302
    smap.org_a.refresh_from_db()
    assert smap.org_a.partner == smap.tree.partner_a and smap.org_a.description == "Nieuw"


def test_member_without_partner_has_no_socialmap_admin(client, smap, member):
    from django.contrib.auth.models import Permission

    member.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(member)
    assert client.get(f"{ADMIN}/services/").status_code in (302, 403)
    # None of the records is theirs: not found, like any other partner's record.
    assert client.post(f"{ADMIN}/services/delete/{smap.service_a.pk}/").status_code == 404
    assert Service.objects.filter(pk=smap.service_a.pk).exists()


def test_location_is_geocoded_in_the_background(editor_a, smap, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_a.post(f"{ADMIN}/locations/new/", location_form(smap.org_a))
    assert response.status_code == 302
    location = Location.objects.get(name="Nieuwe plek")
    assert location.geocode_status == Location.GeocodeStatus.FOUND
    assert location.latitude is not None and abs(float(location.latitude) - 52.2527) < 0.01


def test_failed_geocoding_is_shown_and_the_pin_can_be_placed_by_hand(
    editor_a, smap, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_a.post(
            f"{ADMIN}/locations/new/", location_form(smap.org_a, address_1="Nergensstraat 1", postal_code="1000 AA")
        )
    location = Location.objects.get(name="Nieuwe plek")
    assert location.geocode_status == Location.GeocodeStatus.FAILED
    assert "1000 AA" in location.geocode_error
    index = editor_a.get(f"{ADMIN}/locations/").content.decode()
    assert "Adres niet gevonden" in index
    edit = editor_a.get(f"{ADMIN}/locations/edit/{location.pk}/").content.decode()
    assert "1000 AA" in edit and "Zet de speld zelf op de kaart." in edit

    point = json.dumps({"type": "Point", "coordinates": [6.1600, 52.2550]})
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_a.post(
            f"{ADMIN}/locations/edit/{location.pk}/",
            location_form(smap.org_a, address_1="Nergensstraat 1", postal_code="1000 AA", point=point),
        )
    assert response.status_code == 302
    location.refresh_from_db()
    assert location.geocode_status == Location.GeocodeStatus.MANUAL
    assert float(location.latitude) == pytest.approx(52.255) and float(location.longitude) == pytest.approx(6.16)


def test_pin_outside_the_netherlands_is_refused(editor_a, smap):
    point = json.dumps({"type": "Point", "coordinates": [2.35, 48.85]})  # Paris
    response = editor_a.post(f"{ADMIN}/locations/new/", location_form(smap.org_a, name="Parijs", point=point))
    assert response.status_code == 200
    assert "buiten Nederland" in response.content.decode()
    assert not Location.objects.filter(name="Parijs").exists()
    assert 'value="Bergstraat 8"' in response.content.decode()  # typed input kept


def test_location_edit_page_has_the_leaflet_widget(editor_a, smap):
    html = editor_a.get(f"{ADMIN}/locations/edit/{smap.location_a.pk}/").content.decode()
    assert "leaflet" in html.lower()
    assert Organization.objects.count() == 2


def existing_rows(prefix, rows):
    """Inline POST data for rows that already exist (INITIAL_FORMS = their number)."""
    data = inline(prefix, rows)
    data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))
    return data


def test_location_choices_on_add_and_edit_pages_are_only_own(editor_a, smap, location_factory):
    location_factory(organization=smap.org_b, name="Opvangadres B", address_1="Verborgenstraat 3")
    for url in (f"{ADMIN}/services/new/", f"{ADMIN}/services/edit/{smap.service_a.pk}/"):
        html = editor_a.get(url).content.decode()
        assert "Huis A" in html, url  # the row template (empty_form) and existing rows offer own locations
        assert "Huis B" not in html and "Opvangadres B" not in html and "Verborgenstraat" not in html, url
        assert "GGD Test Deventer" not in html, url


def test_forged_location_in_a_new_row_of_an_existing_service_is_refused(editor_a, smap):
    sal = smap.service_a.service_at_locations.get()
    data = service_form(smap.org_a, name="Opvoedspreekuur")
    data.update(
        existing_rows(
            "service_at_locations",
            [
                {"id": str(sal.pk), "location": str(smap.location_a.pk), "description": ""},
                {"id": "", "location": str(smap.location_b.pk), "description": ""},
            ],
        )
    )
    response = editor_a.post(f"{ADMIN}/services/edit/{smap.service_a.pk}/", data)
    assert response.status_code == 200
    assert "Huis B" not in response.content.decode()
    assert list(smap.service_a.service_at_locations.values_list("location", flat=True)) == [smap.location_a.pk]


def test_forged_location_replacing_an_existing_row_is_refused(editor_a, smap):
    sal = smap.service_a.service_at_locations.get()
    data = service_form(smap.org_a, name="Opvoedspreekuur")
    data.update(
        existing_rows(
            "service_at_locations", [{"id": str(sal.pk), "location": str(smap.location_b.pk), "description": ""}]
        )
    )
    response = editor_a.post(f"{ADMIN}/services/edit/{smap.service_a.pk}/", data)
    assert response.status_code == 200
    sal.refresh_from_db()
    assert sal.location == smap.location_a


def test_superuser_still_chooses_any_location(client, smap, django_user_model):
    admin = django_user_model.objects.create_superuser(email="beheer@example.nl", password="x", pseudonym="Beheer")
    client.force_login(admin)
    html = client.get(f"{ADMIN}/services/new/").content.decode()
    assert "Huis A" in html and "Huis B" in html


HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "overrides",
    [
        {"categories": HUGE},
        {"languages": [HUGE]},
        {"organization": HUGE},
        {"service_at_locations-0-location": HUGE},
    ],
)
def test_out_of_range_ids_in_the_service_form_are_form_errors(editor_a, smap, overrides):
    data = service_form(smap.org_a, name="Te groot", locations=[smap.location_a])
    data.update(overrides)
    response = editor_a.post(f"{ADMIN}/services/new/", data)
    assert response.status_code == 200
    assert not Service.objects.filter(name="Te groot").exists()


@pytest.mark.parametrize("query", [f"categories={HUGE}", "categories=abc", f"published={HUGE}"])
def test_out_of_range_ids_in_the_service_list_filter_are_no_500(editor_a, smap, query):
    response = editor_a.get(f"{ADMIN}/services/?{query}")
    assert response.status_code == 200


def test_out_of_range_ids_in_the_location_form_and_filter_are_no_500(editor_a, smap):
    response = editor_a.post(f"{ADMIN}/locations/new/", location_form(smap.org_a, name="Te groot", neighbourhood=HUGE))
    assert response.status_code == 200
    assert not Location.objects.filter(name="Te groot").exists()
    assert editor_a.get(f"{ADMIN}/locations/?neighbourhood={HUGE}").status_code == 200
