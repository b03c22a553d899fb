"""The shipped HSDS 3.0 JSON schemas and a validator that also checks formats (uuid, email, uri)."""

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"


@lru_cache(maxsize=None)
def load(name):
    with open(SCHEMA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=None)
def validator(name="service_with_definitions.json"):
    return Draft202012Validator(load(name), format_checker=FormatChecker())


def errors_for(instance, name="service_with_definitions.json"):
    """Readable problems of `instance` against a schema: ["field.path: message", …]."""
    problems = []
    for error in sorted(validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(part) for part in error.absolute_path) or "(record)"
        problems.append(f"{where}: {error.message}")
    return problems


def table_columns(entity):
    """The CSV columns of an HSDS table: the entity's scalar properties, in the schema's order."""
    schema = load(f"{entity}.json")
    return [name for name, spec in schema["properties"].items() if spec.get("type") not in (None, "array", "object")]
