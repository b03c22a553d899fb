"""Reads HSDS 3.0 services (JSON or the CSV tables) into the social map, one record at a time.

Each service is validated against the official schema and our own rules first, then written in its
own transaction: a record with any problem is skipped whole and reported with its row; the others
are imported. Re-importing the same ids updates instead of duplicating.
"""

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from community.partners.models import Neighbourhood
from socialmap.app_settings import app_settings
from socialmap.geocoding import in_netherlands
from socialmap.hsds.exporter import unescape_csv_cell
from socialmap.hsds.schema import errors_for
from socialmap.models import (
    WEEKDAY_CODES,
    Category,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TargetGroup,
)
from socialmap.services import location_save


class ImportFileError(Exception):
    """The file as a whole cannot be read (too big, not JSON, not HSDS); nothing was imported."""


@dataclass
class ImportReport:
    imported: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (where, [problems])
    warnings: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


@dataclass
class Record:
    where: str
    data: dict


# ---------------------------------------------------------------- reading files


def read_records(path):
    """Records from a JSON file (one service, a list, or {"services": [...]}) or CSV tables
    (a directory or .zip holding services.csv …)."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(_("File not found: %(path)s") % {"path": path})
    if path.is_dir():
        return records_from_tables(_tables_from_directory(path))
    size = path.stat().st_size
    if size > app_settings.IMPORT_MAX_BYTES:
        raise ImportFileError(
            _("The file is %(size)s MB; the limit is %(limit)s MB. Split it into smaller files.")
            % {"size": round(size / 1024 / 1024, 1), "limit": round(app_settings.IMPORT_MAX_BYTES / 1024 / 1024, 1)}
        )
    if zipfile.is_zipfile(path):
        return records_from_tables(_tables_from_zip(path))
    return records_from_json(path.read_bytes())


# HSDS nests a compiled service about six levels deep (service › service_at_locations › location ›
# addresses …). Anything far deeper is not HSDS, and would exhaust Python's recursion limit in the
# parser or in schema validation.
MAX_JSON_NESTING = 32


def _too_deep(payload, limit=MAX_JSON_NESTING):
    """Whether lists and objects in `payload` nest more than `limit` levels (walked without recursion)."""
    stack = [(payload, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def records_from_json(raw):
    too_deep = ImportFileError(
        _("This JSON file nests lists and objects more than %(limit)s levels deep; HSDS data never does.")
        % {"limit": MAX_JSON_NESTING}
    )
    try:
        payload = json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFileError(_("This is not a valid JSON file: %(error)s") % {"error": error}) from error
    except RecursionError:
        raise too_deep from None
    if _too_deep(payload):
        raise too_deep
    if isinstance(payload, dict) and isinstance(payload.get("services"), list):
        items = payload["services"]
    elif isinstance(payload, dict) and isinstance(payload.get("contents"), list):
        items = payload["contents"]
    elif isinstance(payload, dict):
        items = [payload]
    elif isinstance(payload, list):
        items = payload
    else:
        raise ImportFileError(_("Expected HSDS services (an object or a list of objects)."))
    return [
        Record(where=_("service %(number)s") % {"number": number}, data=item) for number, item in enumerate(items, 1)
    ]


def _tables_from_directory(path):
    tables = {}
    total = 0
    for csv_path in path.glob("*.csv"):
        total += csv_path.stat().st_size
        if total > app_settings.IMPORT_MAX_BYTES:
            raise ImportFileError(_("The CSV tables together are larger than the limit. Split them."))
        tables[csv_path.stem] = _read_csv(csv_path.read_bytes(), csv_path.name)
    return tables


def _tables_from_zip(path):
    tables = {}
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".csv")]
            if sum(m.file_size for m in members) > app_settings.IMPORT_MAX_BYTES:
                raise ImportFileError(_("The CSV tables together are larger than the limit. Split them."))
            for member in members:
                tables[Path(member.filename).stem] = _read_csv(archive.read(member), member.filename)
    except zipfile.BadZipFile as error:
        raise ImportFileError(_("This zip file is damaged.")) from error
    return tables


def _read_csv(raw, name):
    try:
        text = raw.decode("utf-8-sig")
        return [
            {key: unescape_csv_cell(value) for key, value in row.items()} for row in csv.DictReader(io.StringIO(text))
        ]
    except (UnicodeDecodeError, csv.Error) as error:
        raise ImportFileError(
            _("%(name)s is not a readable CSV file: %(error)s") % {"name": name, "error": error}
        ) from error


NUMBER_FIELDS = {
    "minimum_age",
    "maximum_age",
    "latitude",
    "longitude",
    "amount",
    "extension",
    "interval",
    "count",
    "timezone",
    "year_incorporated",
}


def _row(row):
    data = {}
    for key, value in row.items():
        if key is None or value is None or value == "":
            continue
        if key in NUMBER_FIELDS:
            try:
                value = float(value)
                value = int(value) if value.is_integer() else value
            except ValueError:
                pass  # left as text: schema validation names it
        data[key] = value
    return data


def records_from_tables(tables):
    """Assembles nested HSDS services from the CSV tables (ids link the rows)."""
    if "services" not in tables:
        raise ImportFileError(_("services.csv is missing."))

    def by(table, key):
        grouped = {}
        for row in tables.get(table, []):
            grouped.setdefault(row.get(key), []).append(_row(row))
        return grouped

    organizations = {row.get("id"): _row(row) for row in tables.get("organizations", [])}
    locations = {row.get("id"): _row(row) for row in tables.get("locations", [])}
    terms = {row.get("id"): _row(row) for row in tables.get("taxonomy_terms", [])}
    addresses = by("addresses", "location_id")
    accessibility = by("accessibility", "location_id")
    sals = by("service_at_location", "service_id")
    phones = by("phones", "service_id")
    schedules = by("schedules", "service_id")
    languages = by("languages", "service_id")
    costs = by("cost_options", "service_id")
    attributes = by("attributes", "link_id")

    records = []
    for number, row in enumerate(tables["services"], 2):  # row 1 is the header
        service = _row(row)
        sid = service.get("id")
        if service.get("organization_id") in organizations:
            service["organization"] = organizations[service["organization_id"]]
        nested_sals = []
        for sal in sals.get(sid, []):
            location = dict(locations.get(sal.get("location_id"), {}))
            if location:
                location["addresses"] = addresses.get(location.get("id"), [])
                location["accessibility"] = accessibility.get(location.get("id"), [])
                sal["location"] = location
            nested_sals.append(sal)
        service["service_at_locations"] = nested_sals
        service["phones"] = phones.get(sid, [])
        service["schedules"] = schedules.get(sid, [])
        service["languages"] = languages.get(sid, [])
        service["cost_options"] = costs.get(sid, [])
        nested_attributes = []
        for attribute in attributes.get(sid, []):
            if attribute.get("taxonomy_term_id") in terms:
                attribute["taxonomy_term"] = terms[attribute["taxonomy_term_id"]]
            nested_attributes.append(attribute)
        service["attributes"] = nested_attributes
        records.append(Record(where=_("services.csv row %(number)s") % {"number": number}, data=service))
    return records


# ---------------------------------------------------------------- checking


def _time(value):
    try:
        return time.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def record_problems(data):
    """Everything wrong with one service: the official schema first, then the social map's rules."""
    if not isinstance(data, dict):
        return [_("(record): expected an object")]
    problems = errors_for(data)
    if problems:
        return problems
    problems += _link_problems(data, ("url", "email"), "")
    if isinstance(data.get("organization"), dict):
        problems += _link_problems(data["organization"], ("website", "email"), "organization.")
    organization = data.get("organization")
    if not organization and not Organization.objects.filter(uuid=data.get("organization_id") or None).exists():
        problems.append(
            _("organization: the service needs its organisation (organization or a known organization_id).")
        )
    minimum, maximum = data.get("minimum_age"), data.get("maximum_age")
    if minimum is not None and maximum is not None and minimum > maximum:
        problems.append(_("maximum_age: must be at least minimum_age."))
    for a in ("minimum_age", "maximum_age"):
        if data.get(a) is not None and not (0 <= data[a] <= 120):
            problems.append(_("%(field)s: must be between 0 and 120.") % {"field": a})
    for index, sal in enumerate(data.get("service_at_locations", [])):
        location = sal.get("location")
        where = f"service_at_locations.{index}.location"
        if not location:
            problems.append(_("%(where)s: the location is missing.") % {"where": where})
            continue
        lat, lon = location.get("latitude"), location.get("longitude")
        if (lat is None) != (lon is None):
            problems.append(_("%(where)s: give both latitude and longitude, or neither.") % {"where": where})
        elif lat is not None and not in_netherlands(lat, lon):
            problems.append(
                _("%(where)s: the coordinates %(lat)s, %(lon)s are outside the Netherlands.")
                % {"where": where, "lat": lat, "lon": lon}
            )
        physical = [a for a in location.get("addresses", []) if a.get("address_type") == "physical"]
        if not physical and lat is None:
            problems.append(_("%(where)s: needs a physical address or coordinates.") % {"where": where})
    for index, schedule in enumerate(data.get("schedules", [])):
        opens, closes = schedule.get("opens_at"), schedule.get("closes_at")
        if opens or closes:
            if _time(opens) is None or _time(closes) is None:
                problems.append(
                    _("schedules.%(index)s: opens_at and closes_at must be times like 09:00.") % {"index": index}
                )
            elif _time(closes) <= _time(opens):
                problems.append(_("schedules.%(index)s: closes_at must be after opens_at.") % {"index": index})
    return problems


def _link_problems(data, fields, prefix):
    """Links end up as href on public pages: only http(s) web addresses and real email addresses."""
    problems = []
    for name in fields:
        value = data.get(name)
        if not value:
            continue
        try:
            (validate_email if name == "email" else URLValidator(schemes=["http", "https"]))(value)
        except ValidationError:
            problems.append(
                _("%(field)s: “%(value)s” is not a valid web or email address.")
                % {"field": prefix + name, "value": value}
            )
    return problems


# ---------------------------------------------------------------- writing


def import_records(records, *, publish=False):
    report = ImportReport()
    for record in records:
        problems = record_problems(record.data)
        if problems:
            report.errors.append((record.where, problems))
            continue
        try:
            with transaction.atomic():
                service = _write_service(record.data, publish=publish, report=report, where=record.where)
        except Exception as error:  # a database rule we did not foresee: report, keep going
            report.errors.append((record.where, [f"{error.__class__.__name__}: {error}"]))
            continue
        report.imported.append(service)
    return report


def _write_organization(data):
    organization, _created = Organization.objects.update_or_create(
        uuid=data["id"],
        defaults={
            "name": data["name"][:200],
            "alternate_name": (data.get("alternate_name") or "")[:200],
            "description": data.get("description") or data["name"],
            "email": data.get("email") or "",
            "website": data.get("website") or "",
        },
    )
    return organization


def _write_location(data, organization):
    address = next((a for a in data.get("addresses", []) if a.get("address_type") == "physical"), {})
    neighbourhood = None
    if address.get("region"):
        neighbourhood = Neighbourhood.objects.filter(name__iexact=address["region"]).first()
    location = Location.objects.filter(uuid=data["id"]).first() or Location(uuid=data["id"])
    old_address = (location.address_1, location.postal_code, location.city)
    location.organization = organization
    location.name = (data.get("name") or address.get("address_1") or "")[:200]
    location.description = data.get("description") or ""
    location.transportation = (data.get("transportation") or "")[:300]
    location.address_1 = (address.get("address_1") or "")[:200]
    location.postal_code = (address.get("postal_code") or "")[:10]
    location.city = (address.get("city") or "Deventer")[:100]
    location.state_province = (address.get("state_province") or "")[:100]
    location.country = (address.get("country") or "NL")[:2]
    location.neighbourhood = neighbourhood or location.neighbourhood
    accessibility = data.get("accessibility") or []
    location.wheelchair_accessible = any("wheelchair" in (a.get("description") or "").lower() for a in accessibility)
    location.accessibility = "; ".join(a.get("details") or "" for a in accessibility if a.get("details"))[:300]
    manual = None
    if data.get("latitude") is not None:
        manual = (data["latitude"], data["longitude"])
    location_save(
        location=location,
        manual_point=manual,
        address_changed=old_address != (location.address_1, location.postal_code, location.city),
    )
    if manual is not None:
        # Coordinates from the file count as found, not as hand-placed.
        Location.objects.filter(pk=location.pk).update(geocode_status=Location.GeocodeStatus.FOUND)
    return location


def _category(term):
    category = Category.objects.filter(uuid=term["id"]).first()
    if category is None:
        slug = slugify(term.get("code") or term["name"])[:90] or "categorie"
        base, counter = slug, 2
        while Category.objects.filter(slug=slug).exists():
            slug = f"{base}-{counter}"
            counter += 1
        category = Category.objects.create(
            uuid=term["id"], slug=slug, name=term["name"][:100], description=term.get("description") or ""
        )
    return category


def _write_service(data, *, publish, report, where):
    organization = (
        _write_organization(data["organization"])
        if data.get("organization")
        else Organization.objects.get(uuid=data["organization_id"])
    )
    service = Service.objects.filter(uuid=data["id"]).first() or Service(uuid=data["id"])
    service.organization = organization
    service.name = data["name"][:200]
    service.description = data.get("description") or data["name"]
    service.url = data.get("url") or ""
    service.email = data.get("email") or ""
    service.status = data["status"]
    service.application_process = data.get("application_process") or ""
    service.eligibility_description = (data.get("eligibility_description") or "")[:300]
    service.minimum_age = data.get("minimum_age")
    service.maximum_age = data.get("maximum_age")
    costs = data.get("cost_options") or []
    service.is_free = not costs or any(
        (c.get("option") or "").lower() in ("free", "gratis") or c.get("amount") == 0 for c in costs
    )
    service.fees_description = (
        data.get("fees_description")
        or next((c.get("amount_description") for c in costs if c.get("amount_description")), "")
        or ""
    )[:300]
    if publish:
        service.published = True
    categories, target_group = [], TargetGroup.EVERYONE
    for attribute in data.get("attributes") or []:
        term = attribute.get("taxonomy_term")
        if not term:
            continue
        code = term.get("code") or ""
        if code.startswith("doelgroep-") and code.removeprefix("doelgroep-") in TargetGroup.values:
            target_group = code.removeprefix("doelgroep-")
        else:
            categories.append(_category(term))
    service.target_group = target_group
    service.save()
    service.categories.set(categories)
    languages = []
    for item in data.get("languages") or []:
        if item.get("code"):
            language, _created = Language.objects.get_or_create(
                code=item["code"][:10], defaults={"name": (item.get("name") or item["code"])[:60]}
            )
            languages.append(language)
    service.languages.set(languages)
    service.save()

    Phone.objects.filter(service=service).delete()
    for phone in data.get("phones") or []:
        Phone.objects.create(
            uuid=phone["id"],
            service=service,
            number=phone["number"][:30],
            description=(phone.get("description") or "")[:200],
        )

    Schedule.objects.filter(service=service).delete()
    for schedule in data.get("schedules") or []:
        opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
        days = [d.strip() for d in (schedule.get("byday") or "").split(",") if d.strip() in WEEKDAY_CODES]
        if not (opens and closes and days):
            report.warnings.append((where, _("A schedule without a weekly day and times was left out.")))
            continue
        for index, day in enumerate(days):
            uid = schedule["id"] if index == 0 else None
            kwargs = {"uuid": uid} if uid else {}
            Schedule.objects.create(
                service=service,
                weekday=day,
                opens_at=opens,
                closes_at=closes,
                notes=(schedule.get("notes") or schedule.get("description") or "")[:200],
                **kwargs,
            )

    keep = []
    for sal in data.get("service_at_locations") or []:
        location = _write_location(sal["location"], organization)
        link, _created = ServiceAtLocation.objects.update_or_create(
            uuid=sal["id"],
            defaults={"service": service, "location": location, "description": (sal.get("description") or "")[:300]},
        )
        keep.append(link.pk)
    ServiceAtLocation.objects.filter(service=service).exclude(pk__in=keep).delete()
    return service
