"""export_hsds / import_hsds: official schema, CSV tables, row-level errors, nothing half-imported."""

import copy
import csv
import io
import json
import shutil
import uuid

import pytest
from django.core.management import CommandError, call_command

from socialmap.hsds.importer import import_records, records_from_json
from socialmap.models import Location, Service
from tests.socialmap.hsds_schema import HSDS, assert_valid


def export_json(tmp_path):
    path = tmp_path / "export.json"
    call_command("export_hsds", str(path), stdout=io.StringIO())
    return json.loads(path.read_text(encoding="utf-8"))


def test_export_validates_against_the_official_schema(smap, tmp_path):
    services = export_json(tmp_path)
    assert {s["name"] for s in services} == {"Opvoedspreekuur", "Geldspreekuur"}  # unpublished left out
    for service in services:
        assert_valid(service, "compiled/service.json")


def test_export_csv_tables_have_the_official_columns(smap, tmp_path):
    call_command("export_hsds", str(tmp_path / "csv"), "--csv", stdout=io.StringIO())
    with open(tmp_path / "csv" / "services.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    official = (HSDS / "examples" / "csv" / "services.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert list(rows[0].keys()) == official
    assert {row["name"] for row in rows} == {"Opvoedspreekuur", "Geldspreekuur"}
    for table in (
        "organizations",
        "locations",
        "addresses",
        "service_at_location",
        "schedules",
        "attributes",
        "taxonomy_terms",
    ):
        assert (tmp_path / "csv" / f"{table}.csv").exists(), table


def test_json_round_trip_into_an_empty_map(smap, tmp_path):
    services = export_json(tmp_path)
    Service.objects.all().delete()
    Location.objects.all().delete()
    out = io.StringIO()
    call_command("import_hsds", str(tmp_path / "export.json"), "--publish", stdout=out)
    assert "Imported 2 services" in out.getvalue()
    service = Service.objects.get(uuid=services[0]["id"])
    assert service.published and service.service_at_locations.count() == 1
    again = export_json(tmp_path)
    assert sorted(s["name"] for s in again) == sorted(s["name"] for s in services)
    # Importing twice updates, it does not duplicate.
    call_command("import_hsds", str(tmp_path / "export.json"), stdout=io.StringIO())
    assert Service.objects.count() == 2


def test_csv_round_trip(smap, tmp_path):
    call_command("export_hsds", str(tmp_path / "csv"), "--csv", stdout=io.StringIO())
    Service.objects.all().delete()
    out = io.StringIO()
    call_command("import_hsds", str(tmp_path / "csv"), "--publish", stdout=out)
    assert "Imported 2 services" in out.getvalue()
    service = Service.objects.get(name="Geldspreekuur")
    assert service.categories.get().name == "Geld en schulden"
    assert service.minimum_age == 18 and not service.is_free


def test_official_example_is_refused_row_by_row_outside_the_netherlands(db, tmp_path):
    example = json.loads((HSDS / "examples" / "service_full.json").read_text(encoding="utf-8"))
    report = import_records(records_from_json(json.dumps([example])))
    assert not report.imported
    where, problems = report.errors[0]
    assert where == "dienst 1"
    assert any("buiten Nederland" in p for p in problems)
    assert not Service.objects.exists() and not Location.objects.exists()


def test_official_example_moved_to_deventer_imports(db):
    example = json.loads((HSDS / "examples" / "service_full.json").read_text(encoding="utf-8"))
    for sal in example.get("service_at_locations", []):
        sal["location"]["latitude"], sal["location"]["longitude"] = 52.2547, 6.1596
    report = import_records(records_from_json(json.dumps(example)))
    assert report.ok, report.errors
    service = Service.objects.get(uuid=example["id"])
    assert service.name == example["name"] and not service.published


def test_one_bad_record_is_skipped_whole_and_the_others_imported(smap, tmp_path):
    services = export_json(tmp_path)
    Service.objects.all().delete()
    good, bad = copy.deepcopy(services[0]), copy.deepcopy(services[1])
    bad["id"] = str(uuid.uuid4())
    bad["name"] = "Kapotte dienst"
    bad["service_at_locations"][0]["location"]["id"] = str(uuid.uuid4())
    bad["service_at_locations"][0]["location"]["latitude"] = 40.0  # not in the Netherlands
    bad["schedules"] = [{"id": str(uuid.uuid4()), "byday": "MO", "opens_at": "17:00", "closes_at": "09:00"}]
    report = import_records(records_from_json(json.dumps([good, bad])))
    assert [s.name for s in report.imported] == [good["name"]]
    where, problems = report.errors[0]
    assert where == "dienst 2"
    assert any("service_at_locations.0.location" in p for p in problems)
    assert any("schedules.0" in p for p in problems)
    assert not Service.objects.filter(name="Kapotte dienst").exists()
    assert not Location.objects.filter(uuid=bad["service_at_locations"][0]["location"]["id"]).exists()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s.pop("name"), "'name' is a required property"),
        (lambda s: s.update(status="open"), "status"),
        (lambda s: s.update(id="niet-een-uuid"), "uuid"),
        (lambda s: s.update(minimum_age="twaalf"), "minimum_age"),
        (lambda s: s.update(minimum_age=20, maximum_age=4), "maximum_age"),
        (lambda s: s.update(url="javascript:alert(1)"), "url:"),
        (lambda s: s["organization"].update(website="javascript:alert(1)"), "organization.website"),
    ],
)
def test_schema_errors_name_the_field(smap, tmp_path, change, expected):
    service = copy.deepcopy(export_json(tmp_path)[0])
    change(service)
    report = import_records(records_from_json(json.dumps(service)))
    assert not report.imported
    assert any(expected in problem for problem in report.errors[0][1]), report.errors


def test_command_reports_rows_and_fails(smap, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{"id": str(uuid.uuid4()), "name": "Zonder status"}]), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 of 1 services were not imported"):
        call_command("import_hsds", str(path), stdout=io.StringIO(), stderr=err)
    assert "dienst 1: (record): 'status' is a required property" in err.getvalue()


def test_csv_errors_name_the_row(smap, tmp_path):
    call_command("export_hsds", str(tmp_path / "csv"), "--csv", stdout=io.StringIO())
    services_csv = tmp_path / "csv" / "services.csv"
    with services_csv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[1]["status"] = "weg"
    with services_csv.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_hsds", str(tmp_path / "csv"), stdout=io.StringIO(), stderr=err)
    assert "services.csv regel 3: status:" in err.getvalue()


def test_malformed_and_too_big_files_are_refused_with_nothing_imported(db, tmp_path, settings):
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "abc", "name": ', encoding="utf-8")
    with pytest.raises(CommandError, match="geen geldig JSON-bestand"):
        call_command("import_hsds", str(broken), stdout=io.StringIO())
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b" " * (10 * 1024 * 1024) + b"]")
    with pytest.raises(CommandError, match="de grens is 10.0 MB"):
        call_command("import_hsds", str(big), stdout=io.StringIO())
    with pytest.raises(CommandError, match="services.csv ontbreekt"):
        call_command("import_hsds", str(tmp_path), stdout=io.StringIO())
    with pytest.raises(CommandError, match="niet gevonden"):
        call_command("import_hsds", str(tmp_path / "nope.json"), stdout=io.StringIO())
    assert not Service.objects.exists()


def test_import_without_coordinates_geocodes_the_address(smap, tmp_path, django_capture_on_commit_callbacks):
    service = copy.deepcopy(export_json(tmp_path)[0])
    service["id"] = str(uuid.uuid4())
    location = service["service_at_locations"][0]["location"]
    location["id"] = str(uuid.uuid4())
    location.pop("latitude"), location.pop("longitude")
    location["addresses"][0]["address_1"] = "Bergstraat 8"
    location["addresses"][0]["postal_code"] = "7411 ET"
    service["service_at_locations"][0]["id"] = str(uuid.uuid4())
    for key in ("phones", "schedules"):
        service.pop(key, None)
    with django_capture_on_commit_callbacks(execute=True):
        report = import_records(records_from_json(json.dumps(service)))
    assert report.ok, report.errors
    imported = Location.objects.get(uuid=location["id"])
    assert imported.geocode_status == Location.GeocodeStatus.FOUND and imported.has_point


def test_export_is_refused_when_it_would_not_validate(smap, tmp_path, monkeypatch):
    from socialmap.hsds import exporter

    monkeypatch.setattr(exporter, "service_full", lambda service: {"id": "x"})
    with pytest.raises(CommandError, match="does not match the HSDS 3.0 schema"):
        call_command("export_hsds", str(tmp_path / "x.json"), stdout=io.StringIO())
    assert not (tmp_path / "x.json").exists()
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_official_csv_example_is_read_and_checked_row_by_row(db):
    from socialmap.hsds.importer import read_records

    records = read_records(HSDS / "examples" / "csv")
    assert records and records[0].where == "services.csv regel 2"
    assert records[0].data["service_at_locations"][0]["location"]["addresses"]
    report = import_records(records)
    # The example lies in the United Kingdom: refused with the reason, nothing written.
    assert not report.imported and report.errors
    assert any("buiten Nederland" in p for p in report.errors[0][1]), report.errors
    assert not Service.objects.exists()
