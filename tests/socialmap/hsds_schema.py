"""Validation against the official HSDS 3.0 schemas shipped as test data in tests/socialmap/hsds-3.0/."""

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

HSDS = Path(__file__).resolve().parent / "hsds-3.0"


@lru_cache(maxsize=None)
def _validator(name):
    schema = json.loads((HSDS / "schema" / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def assert_valid(instance, name):
    errors = sorted(_validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def assert_page(payload, item_schema):
    page = _validator("openapi.json").schema["components"]["schemas"]["Page"]
    Draft202012Validator(page).validate(payload)
    for key in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"):
        assert key in payload, key
    for item in payload["contents"]:
        assert_valid(item, item_schema)
