"""Writes the published social map as HSDS 3.0: a JSON list of compiled services, or the CSV tables."""

import csv
import json
import re
from pathlib import Path

from socialmap.hsds.schema import errors_for, table_columns
from socialmap.hsds.serialize import service_full, services_for_export


class ExportInvalid(Exception):
    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(problems[:5]))


def export_services(queryset=None):
    """Compiled HSDS services, each validated against the official schema."""
    services = [service_full(service) for service in services_for_export(queryset)]
    problems = []
    for data in services:
        problems += [f"{data['id']} {problem}" for problem in errors_for(data)]
    if problems:
        raise ExportInvalid(problems)
    return services


def write_json(path, services):
    Path(path).write_text(json.dumps(services, ensure_ascii=False, indent=2), encoding="utf-8")


TABLES = {
    # table file: (entity schema, how to find its rows in a compiled service)
    "services": "service",
    "organizations": "organization",
    "locations": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "service_at_location": "service_at_location",
    "phones": "phone",
    "schedules": "schedule",
    "languages": "language",
    "cost_options": "cost_option",
    "attributes": "attribute",
    "taxonomy_terms": "taxonomy_term",
}


def rows_by_table(services):
    tables = {name: {} for name in TABLES}

    def put(table, row):
        tables[table][row["id"]] = row

    for service in services:
        put("services", service)
        put("organizations", service["organization"])
        for key, table in (
            ("phones", "phones"),
            ("schedules", "schedules"),
            ("languages", "languages"),
            ("cost_options", "cost_options"),
        ):
            for row in service.get(key, []):
                put(table, row)
        for attribute in service.get("attributes", []):
            put("attributes", attribute)
            put("taxonomy_terms", attribute["taxonomy_term"])
        for sal in service.get("service_at_locations", []):
            put("service_at_location", sal)
            location = sal["location"]
            put("locations", location)
            for address in location.get("addresses", []):
                put("addresses", address)
            for item in location.get("accessibility", []):
                put("accessibility", item)
    return tables


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). OWASP:
# prefix such a cell with a single quote. A cell that already starts with quotes before such a
# character gets one more, so the importer can take exactly one off again (the round trip is lossless).
FORMULA_CELL = re.compile(r"^'*[=+\-@\t\r]")


def csv_cell(value):
    """One CSV cell as written: text a spreadsheet would run as a formula is neutralised."""
    if isinstance(value, str) and FORMULA_CELL.match(value):
        return "'" + value
    return value


def unescape_csv_cell(value):
    """The inverse of `csv_cell`, for reading CSV tables (ours or from tools that do the same)."""
    if isinstance(value, str) and value.startswith("'") and FORMULA_CELL.match(value[1:]):
        return value[1:]
    return value


class SafeDictWriter(csv.DictWriter):
    """csv.DictWriter that passes every cell (the header row too) through `csv_cell`."""

    def writerow(self, rowdict):
        return super().writerow({key: csv_cell(value) for key, value in rowdict.items()})


def write_tables(directory, services):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for table, rows in rows_by_table(services).items():
        columns = table_columns(TABLES[table])
        with open(directory / f"{table}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = SafeDictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in rows.values():
                writer.writerow({key: value for key, value in row.items() if not isinstance(value, (dict, list))})
    return directory
