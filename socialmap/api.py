"""The open, keyless HSDS 3.0 read API under /api/hsds/ (plain JSON views, HSDS pagination).

Only published services appear. Bad parameters get a 400 with a JSON body naming the parameter;
unknown ids a 404 in the same shape.
"""

import copy
import math
import uuid
from datetime import UTC, datetime

from django.db.models import Prefetch, Q
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_GET

from socialmap.app_settings import app_settings
from socialmap.geocoding import GeocodingError, bounding_box, distance_km, geocode
from socialmap.hsds import serialize
from socialmap.hsds.schema import load
from socialmap.models import Category, Location, Organization, Service, ServiceAtLocation, Taxonomy

HSDS_VERSION = "3.0"
PROFILE_URL = "https://docs.openreferral.org/en/v3.0/"


class BadParameter(Exception):
    def __init__(self, parameter, message):
        self.parameter = parameter
        self.message = message
        super().__init__(message)


def error_response(status, message, parameter=None):
    body = {
        "status": status,
        "error": {400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}.get(status, "Error"),
        "message": message,
    }
    if parameter:
        body["parameter"] = parameter
    return JsonResponse(body, status=status)


def api_view(view):
    """GET only; BadParameter becomes a 400 JSON answer."""

    @require_GET
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadParameter as error:
            return error_response(400, error.message, error.parameter)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _int(request, name, default, minimum, maximum):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"'{name}' must be a whole number, not {raw!r}.") from None
    if not minimum <= value <= maximum:
        raise BadParameter(name, f"'{name}' must be between {minimum} and {maximum}.")
    return value


def _bool(request, name):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return False
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise BadParameter(name, f"'{name}' must be true or false, not {raw!r}.")


def _uuid(request, name):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadParameter(name, f"'{name}' must be an id (uuid), not {raw!r}.") from None


def _datetime(request, name):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return None
    try:
        # parse_datetime raises ValueError for well-formed but impossible values (month 13, hour 99).
        value = parse_datetime(raw.replace(" ", "+")) if "T" in raw else None
        if value is None:
            value = datetime.fromisoformat(raw)
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        # The database compares in UTC: a moment at the edge of year 1 or 9999 must fit there too.
        value.astimezone(UTC)
    except (ValueError, OverflowError):
        raise BadParameter(name, f"'{name}' must be a date-time like 2026-01-31T12:00:00Z, not {raw!r}.") from None
    return value


SEARCH_MAX_LENGTH = 200


def _text(request, name):
    """Free text (search words, a postcode): stripped; NUL characters (which PostgreSQL refuses)
    and very long values are a 400."""
    raw = (request.GET.get(name) or "").strip()
    if "\x00" in raw:
        raise BadParameter(name, f"'{name}' may not contain NUL characters.")
    if len(raw) > SEARCH_MAX_LENGTH:
        raise BadParameter(name, f"'{name}' may be at most {SEARCH_MAX_LENGTH} characters long.")
    return raw


def _format(request):
    raw = request.GET.get("format")
    if raw not in (None, "", "json"):
        raise BadParameter("format", "Only format=json is supported.")


def page_params(request):
    _format(request)
    per_page = _int(request, "per_page", 50, 1, app_settings.API_MAX_PER_PAGE)
    page_number = _int(request, "page", 1, 1, 1_000_000)
    return page_number, per_page


def page_response(contents, total, page_number, per_page):
    """HSDS pagination: total_items, total_pages, page_number, size, first_page, last_page, empty, contents."""
    total_pages = max(1, math.ceil(total / per_page))
    return JsonResponse(
        {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": page_number,
            "size": len(contents),
            "first_page": page_number == 1,
            "last_page": page_number >= total_pages,
            "empty": total == 0,
            "contents": contents,
        }
    )


def paginated(request, items, serialize_item):
    page_number, per_page = page_params(request)
    start, end = (page_number - 1) * per_page, page_number * per_page
    if isinstance(items, list):
        total, window = len(items), items[start:end]
    else:
        total, window = items.count(), list(items[start:end])
    return page_response([serialize_item(item) for item in window], total, page_number, per_page)


@api_view
def api_root(request):
    """About this API: HSDS version, profile and where the OpenAPI document is."""
    return JsonResponse(
        {
            "version": HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": request.build_absolute_uri(reverse("hsds:openapi")),
        }
    )


IMPLEMENTED_PATHS = {
    "/": None,
    "/services": None,
    "/services/{id}": None,
    "/organizations": None,
    "/organizations/{id}": None,
    "/taxonomies": None,
    "/taxonomies/{id}": None,
    "/taxonomy_terms": None,
    "/taxonomy_terms/{id}": None,
    "/service_at_locations": None,
    "/service_at_locations/{id}": None,
}


@api_view
def openapi_document(request):
    """The official HSDS 3.0 OpenAPI document, filled in for this site and limited to what it serves."""
    document = copy.deepcopy(load("openapi.json"))
    document["info"] = {
        "title": "Wijkplein sociale kaart — HSDS 3.0 API",
        "version": "1.0.0",
        "summary": "Open, keyless read API of the Deventer social map in Open Referral HSDS 3.0.",
        "description": "Only published services. Errors are JSON with status, error, message and parameter.",
        "contact": {"name": "Wijkplein", "url": request.build_absolute_uri("/")},
        "license": {"name": "CC BY-SA 4.0", "url": "https://creativecommons.org/licenses/by-sa/4.0/"},
    }
    document["servers"] = [{"url": request.build_absolute_uri(reverse("hsds:root")).rstrip("/")}]
    document["paths"] = {path: spec for path, spec in document["paths"].items() if path in IMPLEMENTED_PATHS}
    return JsonResponse(document)


def _services(request):
    services = Service.objects.published().select_related("organization")
    search = _text(request, "search")
    if search:
        services = services.filter(Q(name__icontains=search) | Q(description__icontains=search))
    term = _uuid(request, "taxonomy_term_id")
    if term:
        services = services.filter(categories__uuid=term)
    taxonomy_id = _uuid(request, "taxonomy_id")
    if taxonomy_id:
        services = services.filter(categories__taxonomy__uuid=taxonomy_id).distinct()
    organization_id = _uuid(request, "organization_id")
    if organization_id:
        services = services.filter(organization__uuid=organization_id)
    modified_after = _datetime(request, "modified_after")
    if modified_after:
        services = services.filter(updated_at__gte=modified_after)
    return services.order_by("name", "pk")


@api_view
def service_list(request):
    """Published services; one-to-one fields, or fully nested with full=true."""
    services = _services(request)
    if _bool(request, "full"):
        return paginated(request, serialize.services_for_export(services), serialize.service_full)
    return paginated(request, services, serialize.service_basic)


@api_view
def service_detail(request, id):
    service = serialize.services_for_export(Service.objects.published().filter(uuid=id)).first()
    if service is None:
        return error_response(404, "No published service with this id.")
    return JsonResponse(serialize.service_full(service))


def _organizations():
    return Organization.objects.order_by("name", "pk")


@api_view
def organization_list(request):
    organizations = _organizations()
    search = _text(request, "search")
    if search:
        organizations = organizations.filter(name__icontains=search)
    if _bool(request, "full") or _bool(request, "full_service"):
        organizations = _with_services(organizations)
        return paginated(request, organizations, _organization_full)
    return paginated(request, organizations, serialize.organization_basic)


def _with_services(organizations):
    return organizations.prefetch_related(
        Prefetch("services", queryset=serialize.services_for_export(), to_attr="published_services"),
        Prefetch(
            "locations",
            queryset=Location.objects.published().select_related("organization", "neighbourhood"),
            to_attr="published_locations",
        ),
    )


def _organization_full(organization):
    data = serialize.organization_basic(organization)
    data["services"] = [serialize.service_full(service) for service in organization.published_services]
    data["locations"] = [serialize.location_full(location) for location in organization.published_locations]
    return {key: value for key, value in data.items() if value != []}


@api_view
def organization_detail(request, id):
    organization = _with_services(_organizations().filter(uuid=id)).first()
    if organization is None:
        return error_response(404, "No organization with this id.")
    return JsonResponse(_organization_full(organization))


@api_view
def taxonomy_list(request):
    taxonomies = Taxonomy.objects.order_by("name", "pk")
    search = _text(request, "search")
    if search:
        taxonomies = taxonomies.filter(name__icontains=search)
    return paginated(request, taxonomies, serialize.taxonomy)


@api_view
def taxonomy_detail(request, id):
    taxonomy = Taxonomy.objects.filter(uuid=id).first()
    if taxonomy is None:
        return error_response(404, "No taxonomy with this id.")
    return JsonResponse(serialize.taxonomy(taxonomy))


@api_view
def taxonomy_term_list(request):
    terms = Category.objects.select_related("taxonomy", "parent").order_by("sort_order", "name", "pk")
    search = _text(request, "search")
    if search:
        terms = terms.filter(name__icontains=search)
    taxonomy_id = _uuid(request, "taxonomy_id")
    if taxonomy_id:
        terms = terms.filter(taxonomy__uuid=taxonomy_id)
    parent_id = _uuid(request, "parent_id")
    if parent_id:
        terms = terms.filter(parent__uuid=parent_id)
    if _bool(request, "top_only"):
        terms = terms.filter(parent__isnull=True)
    return paginated(request, terms, serialize.taxonomy_term)


@api_view
def taxonomy_term_detail(request, id):
    term = Category.objects.select_related("taxonomy", "parent").filter(uuid=id).first()
    if term is None:
        return error_response(404, "No taxonomy term with this id.")
    return JsonResponse(serialize.taxonomy_term(term))


def _service_at_location_item(sal):
    data = {
        "id": str(sal.uuid),
        "service_id": str(sal.service.uuid),
        "location_id": str(sal.location.uuid),
        "description": sal.description,
        "service": serialize.service_basic(sal.service),
        "location": serialize.location_full(sal.location),
    }
    if getattr(sal, "distance_m", None) is not None:
        data["distance"] = sal.distance_m
    return {key: value for key, value in data.items() if value not in ("", None)}


@api_view
def service_at_location_list(request):
    """Published services at locations; `postcode` sorts by distance from its centroid and
    `proximity` (metres) keeps only those that near."""
    rows = ServiceAtLocation.objects.published().select_related(
        "service__organization", "location__organization", "location__neighbourhood"
    )
    search = _text(request, "search")
    if search:
        rows = rows.filter(Q(service__name__icontains=search) | Q(service__description__icontains=search))
    term = _uuid(request, "taxonomy_term_id")
    if term:
        rows = rows.filter(service__categories__uuid=term)
    organization_id = _uuid(request, "organization_id")
    if organization_id:
        rows = rows.filter(service__organization__uuid=organization_id)
    modified_after = _datetime(request, "modified_after")
    if modified_after:
        rows = rows.filter(service__updated_at__gte=modified_after)
    proximity = _int(request, "proximity", None, 1, 100_000)
    postcode = _text(request, "postcode")
    if proximity is not None and not postcode:
        raise BadParameter("proximity", "'proximity' needs a 'postcode' to measure from.")
    if not postcode:
        return paginated(request, rows.order_by("service__name", "pk"), _service_at_location_item)
    try:
        point = geocode(postcode)
    except GeocodingError as error:
        raise BadParameter("postcode", str(error)) from None
    centre = (point.latitude, point.longitude)
    radius_km = proximity / 1000 if proximity else app_settings.SEARCH_RADIUS_KM
    rows = rows.within_box(bounding_box(centre, radius_km)).order_by_nearness(centre, math.cos(math.radians(centre[0])))
    if proximity:
        # Exact geodesic distances decide who is inside the circle (the box is only a prefilter).
        found = []
        for sal in rows:
            sal.distance_m = round(distance_km(centre, (sal.location.latitude, sal.location.longitude)) * 1000)
            if sal.distance_m <= proximity:
                found.append(sal)
        return paginated(request, found, _service_at_location_item)
    page_number, per_page = page_params(request)
    window = list(rows[(page_number - 1) * per_page : page_number * per_page])
    for sal in window:
        sal.distance_m = round(distance_km(centre, (sal.location.latitude, sal.location.longitude)) * 1000)
    return page_response([_service_at_location_item(sal) for sal in window], rows.count(), page_number, per_page)


@api_view
def service_at_location_detail(request, id):
    sal = (
        ServiceAtLocation.objects.published()
        .select_related("service__organization", "location__organization", "location__neighbourhood")
        .filter(uuid=id)
        .first()
    )
    if sal is None:
        return error_response(404, "No published service at location with this id.")
    return JsonResponse(_service_at_location_item(sal))


def not_found(request, rest):
    """Unknown API paths (and ids that are not uuids) answer in JSON too."""
    return error_response(404, "Not found. See the OpenAPI document for the paths this API serves.")
