"""Public pages of the social map: the list (works without JavaScript), the map, GeoJSON, a service, tiles."""

import json

from django.db.models import CharField, FloatField
from django.db.models.functions import Cast
from django.http import HttpResponse, HttpResponseNotFound, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

import plugins
from community.pages.models import paginate
from plugins import Subject
from socialmap.app_settings import app_settings
from socialmap.forms import ServiceSearchForm
from socialmap.geocoding import distance_km
from socialmap.models import WEEKDAY_CODES, Service, Weekday


class SearchMixin:
    """Builds the search form from the query string; lists and the map share it."""

    def get_search_form(self):
        return ServiceSearchForm(self.request.GET or None)

    def query_string(self, drop=("page",)):
        query = self.request.GET.copy()
        for key in drop:
            query.pop(key, None)
        return query.urlencode()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["query_string"] = self.query_string()
        context["list_url"] = reverse("socialmap:service-list")
        context["map_url"] = reverse("socialmap:service-map")
        return context

    def dispatch(self, request, *args, **kwargs):
        self.form = self.get_search_form()
        return super().dispatch(request, *args, **kwargs)


class ServiceListView(SearchMixin, TemplateView):
    template_name = "socialmap/service_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = paginate(self.request, self.form.search(), app_settings.PAGE_SIZE)
        point = self.form.cleaned_data.get("point") if self.form.is_bound and self.form.is_valid() else None
        for row in page.object_list:
            row.distance_km = (
                distance_km(point, (row.location.latitude, row.location.longitude))
                if point and row.location.has_point
                else None
            )
        context.update(
            page_obj=page,
            extra_query=context["query_string"],
            point=point,
            point_label=self.form.cleaned_data.get("point_label", "") if point else "",
        )
        return context


class ServiceMapView(SearchMixin, TemplateView):
    template_name = "socialmap/service_map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        point = self.form.cleaned_data.get("point") if self.form.is_bound and self.form.is_valid() else None
        center = point or app_settings.MAP_CENTER
        context["map_config"] = json.dumps(
            {
                "geojson": reverse("socialmap:service-geojson")
                + ("?" + context["query_string"] if context["query_string"] else ""),
                "tiles": app_settings.TILE_URL,
                "attribution": app_settings.TILE_ATTRIBUTION,
                "center": [float(center[0]), float(center[1])],
                "zoom": 15 if point else app_settings.MAP_ZOOM,
                "here": [float(point[0]), float(point[1])] if point else None,
                "labels": {
                    "open": _("Open now"),
                    "more": _("More about this help"),
                    "you": _("You are searching here"),
                },
            }
        )
        return context


def service_geojson(request):
    """Matching published services as GeoJSON points, for the map's clustered markers."""
    form = ServiceSearchForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        errors = {field: [str(e) for e in errs] for field, errs in form.errors.items()}
        return JsonResponse({"type": "FeatureCollection", "features": [], "errors": errors}, status=400)
    rows = (
        form.search()
        .filter(location__latitude__isnull=False, location__longitude__isnull=False)
        .order_by()  # the map does not need an order; sorting 10,000 rows costs more than the rest
        .annotate(
            lat=Cast("location__latitude", FloatField()),
            lon=Cast("location__longitude", FloatField()),
            service_key=Cast("service__uuid", CharField()),
        )
    )
    detail = reverse("socialmap:service-detail", kwargs={"uuid": "00000000-0000-0000-0000-000000000000"})
    prefix, suffix = detail.split("00000000-0000-0000-0000-000000000000")
    values = rows.values_list(
        "pk",
        "service_key",
        "service__name",
        "service__organization__name",
        "location__address_1",
        "lat",
        "lon",
        "is_open_now",
    )
    features = [
        {
            "type": "Feature",
            "id": pk,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "name": name,
                "organization": organization,
                "address": address,
                "open_now": open_now,
                "url": f"{prefix}{_dashed(service_key)}{suffix}",
            },
        }
        for pk, service_key, name, organization, address, lat, lon, open_now in values
    ]
    response = JsonResponse(
        {"type": "FeatureCollection", "features": features}, json_dumps_params={"separators": (",", ":")}
    )
    response["Cache-Control"] = "public, max-age=60"
    return response


def _dashed(key):
    """A uuid as text: SQLite stores 32 hex digits, PostgreSQL gives the dashed form already."""
    key = key.replace("-", "")
    return f"{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"


def opening_hours(schedules):
    """[(weekday label, [schedule, …]), …] Monday to Sunday, days without hours left out."""
    by_day = {code: [] for code in WEEKDAY_CODES}
    for schedule in sorted(schedules, key=lambda s: s.opens_at):
        by_day[schedule.weekday].append(schedule)
    return [(Weekday(code).label, rows) for code, rows in by_day.items() if rows]


def is_open(schedules, now=None):
    now = timezone.localtime(now)
    today = WEEKDAY_CODES[now.weekday()]
    return any(s.weekday == today and s.opens_at <= now.time() < s.closes_at for s in schedules)


def related_content(request, service, categories):
    """What other features offer on the same subject, through the registry's `related_content` hook."""
    subject = Subject(
        kind="service",
        obj=service,
        topics=[category.topic for category in categories if category.topic_id],
        words=[word for category in categories for word in (category.slug, category.name)],
        exclude=("socialmap",),
    )
    return [item for item in plugins.collect("related_content", subject=subject, request=request) if item.url]


def service_actions(request, service):
    """Extra ways to get in touch (the matching issue's private mailbox) through the `actions` hook."""
    partner = service.organization.partner_id if service.organization_id else None  # an id: no query
    actions = plugins.collect("actions", kind="service", obj=service, request=request, partner=partner)
    return [action for action in actions if action.url]


class ServiceDetailView(TemplateView):
    template_name = "socialmap/service_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        service = get_object_or_404(
            Service.objects.published()
            .select_related("organization")
            .prefetch_related(
                "phones", "schedules", "categories__topic", "languages", "service_at_locations__location"
            ),
            uuid=kwargs["uuid"],
        )
        schedules = list(service.schedules.all())
        categories = list(service.categories.all())
        locations = [sal.location for sal in service.service_at_locations.all()]
        points = [[float(loc.latitude), float(loc.longitude)] for loc in locations if loc.has_point]
        context.update(
            service=service,
            organization=service.organization,
            categories=categories,
            languages=list(service.languages.all()),
            phones=list(service.phones.all()),
            locations=locations,
            hours=opening_hours(schedules),
            open_now=is_open(schedules),
            related=related_content(self.request, service, categories),
            actions=service_actions(self.request, service),
            map_config=json.dumps(
                {
                    "tiles": app_settings.TILE_URL,
                    "attribution": app_settings.TILE_ATTRIBUTION,
                    "points": points,
                    "zoom": 15,
                }
            )
            if points
            else "",
            list_url=reverse("socialmap:service-list"),
        )
        return context


def _tile_fetch_allowed(request):
    """The proxy's two limits on upstream fetches (per client and for the whole site)."""
    from allauth.core.internal import ratelimit

    per_client = {"tile_fetch": app_settings.TILE_FETCH_RATE}
    site_wide = {"tile_fetch_all": app_settings.TILE_FETCH_RATE_ALL}
    return bool(
        ratelimit.consume(request, app="socialmap", action="tile_fetch", config=per_client, limit_get=True)
        and ratelimit.consume(
            request, app="socialmap", action="tile_fetch_all", config=site_wide, key="all", limit_get=True
        )
    )


@require_safe
def service_tile(request, z, x, y):
    """One map tile through the proxy (socialmap/tiles.py): 404 outside the served area or when the
    proxy is off, 504/502 without any of the upstream's answer when it fails, never a 500."""
    from socialmap import tiles

    if not tiles.proxy_enabled() or not tiles.tile_allowed(z, x, y):
        response = HttpResponseNotFound(b"", content_type="text/plain")
        response["Cache-Control"] = "public, max-age=3600"
        return response
    try:
        tile = tiles.get_tile(z, x, y, may_fetch=lambda: _tile_fetch_allowed(request))
    except tiles.TileRateLimited:
        response = HttpResponse(b"", status=429, content_type="text/plain")
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response
    except tiles.TileError as error:
        tiles.logger.warning("Map tile %s/%s/%s unavailable: %s", z, x, y, error)
        response = HttpResponse(
            b"", status=504 if isinstance(error, tiles.TileTimeout) else 502, content_type="text/plain"
        )
        response["Cache-Control"] = "no-store"
        return response
    response = HttpResponse(tile.content, content_type=tile.content_type)
    response["ETag"] = quote_etag(tile.etag)
    response["Cache-Control"] = f"public, max-age={tile.max_age}"
    return get_conditional_response(request, etag=response["ETag"], response=response)
