"""Hostile files: import_hsds refuses absurd nesting cleanly; export_hsds --csv never writes a formula."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from socialmap.hsds.importer import import_records, read_records
from socialmap.models import Organization, Phone, Service

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("depth", [100_000, 1_000, 40])
def test_deeply_nested_json_is_a_clear_command_error(tmp_path, depth):
    path = tmp_path / "nested.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    with pytest.raises(CommandError, match="32") as raised:
        call_command("import_hsds", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert not isinstance(raised.value.__context__, RecursionError)
    assert not Service.objects.exists()


def test_deep_nesting_inside_a_service_object_is_refused_too(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(
        '{"services": [{"id": "x", "extra": ' + '{"a": ' * 5000 + "{}" + "}" * 5000 + "}]}", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="32"):
        call_command("import_hsds", str(path), stdout=io.StringIO(), stderr=io.StringIO())


FORMULAS = {
    "name": '=HYPERLINK("https://kwaad.example","Klik")',
    "description": "+cmd|' /C calc'!A0",
    "alternate_name": "-2+3",
    "application_process": "@SUM(1+1)",
    "phone": "\t=1+1",
    "fees": "\r=1+1",
}


@pytest.fixture
def formula_service(smap, service_factory):
    organization = Organization.objects.create(
        name=FORMULAS["name"], alternate_name=FORMULAS["alternate_name"], description=FORMULAS["description"]
    )
    service = service_factory(
        organization=organization,
        name=FORMULAS["name"],
        description=FORMULAS["description"],
        fees_description=FORMULAS["fees"],
        application_process=FORMULAS["application_process"],
        eligibility_description="'s-Hertogenbosch en '=al eerder gequote",
    )
    Phone.objects.create(service=service, number="+31 570 123 456", description=FORMULAS["phone"])
    return service


def test_csv_export_neutralises_formula_cells(formula_service, tmp_path):
    call_command("export_hsds", str(tmp_path / "csv"), "--csv", stdout=io.StringIO())
    cells = []
    for table in (tmp_path / "csv").glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                cells += row
    assert cells
    dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert dangerous == []
    assert "'" + FORMULAS["name"] in cells and "'+31 570 123 456" in cells and "'\t=1+1" in cells
    assert "'\r=1+1" in cells and "'-2+3" in cells and "'@SUM(1+1)" in cells
    assert "''=al eerder gequote" not in cells  # only a cell that starts with the quote gets another


def test_csv_round_trip_gives_back_the_original_text(formula_service, tmp_path):
    call_command("export_hsds", str(tmp_path / "csv"), "--csv", stdout=io.StringIO())
    formula_service.delete()
    report = import_records(read_records(tmp_path / "csv"))
    assert report.ok, report.errors
    service = Service.objects.get(uuid=formula_service.uuid)
    assert service.name == FORMULAS["name"] and service.description == FORMULAS["description"]
    assert service.fees_description == FORMULAS["fees"]
    assert service.application_process == FORMULAS["application_process"]
    assert service.organization.alternate_name == FORMULAS["alternate_name"]
    assert service.eligibility_description == "'s-Hertogenbosch en '=al eerder gequote"
    assert service.phones.get().number == "+31 570 123 456"
