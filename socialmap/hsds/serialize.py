"""Social map records as HSDS 3.0 objects (compiled service, organization, taxonomy term …).

Empty values are left out rather than sent as null: HSDS types most fields as plain strings.
"""

import uuid

from django.db.models import Prefetch

from socialmap.models import Service, ServiceAtLocation, TargetGroup

# Namespace for ids of things that have no row of their own here (cost options, languages …).
HSDS_NAMESPACE = uuid.UUID("6d1b0f0e-3f5c-4b8e-9a57-1c0de0a5e0a1")
TARGET_GROUP_TAXONOMY_ID = str(uuid.uuid5(HSDS_NAMESPACE, "taxonomy:target-group"))
CATEGORY_TAXONOMY_ID = str(uuid.uuid5(HSDS_NAMESPACE, "taxonomy:categories"))


def derived_id(*parts):
    return str(uuid.uuid5(HSDS_NAMESPACE, ":".join(str(part) for part in parts)))


def _clean(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _number(value):
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def organization_basic(organization):
    return _clean(
        {
            "id": str(organization.uuid),
            "name": organization.name,
            "alternate_name": organization.alternate_name,
            "description": organization.description or organization.name,
            "email": organization.email,
            "website": organization.website,
        }
    )


def taxonomy_term(category):
    return _clean(
        {
            "id": str(category.uuid),
            "code": category.code or category.slug,
            "name": category.name,
            "description": category.description or category.name,
            "parent_id": str(category.parent.uuid) if category.parent_id and category.parent else None,
            "taxonomy": category.taxonomy.name if category.taxonomy_id and category.taxonomy else "Wijkplein",
            "taxonomy_id": str(category.taxonomy.uuid) if category.taxonomy_id and category.taxonomy else None,
            "language": "nl",
        }
    )


def taxonomy(taxonomy_obj):
    return _clean(
        {
            "id": str(taxonomy_obj.uuid),
            "name": taxonomy_obj.name,
            "description": taxonomy_obj.description or taxonomy_obj.name,
            "uri": taxonomy_obj.uri,
            "version": taxonomy_obj.version,
        }
    )


def _target_group_term(value):
    return {
        "id": derived_id("target-group", value),
        "code": f"doelgroep-{value}",
        "name": str(TargetGroup(value).label),
        "description": str(TargetGroup(value).label),
        "taxonomy": "Wijkplein doelgroep",
        "taxonomy_id": TARGET_GROUP_TAXONOMY_ID,
    }


def location_full(location):
    address = _clean(
        {
            "id": derived_id("address", location.uuid),
            "location_id": str(location.uuid),
            "address_1": location.address_1,
            "city": location.city,
            "state_province": location.state_province,
            "postal_code": location.postal_code,
            "country": location.country,
            "region": location.neighbourhood.name if location.neighbourhood_id and location.neighbourhood else None,
            "address_type": "physical",
        }
    )
    accessibility = []
    if location.wheelchair_accessible or location.accessibility:
        accessibility.append(
            _clean(
                {
                    "id": derived_id("accessibility", location.uuid),
                    "location_id": str(location.uuid),
                    "description": "wheelchair" if location.wheelchair_accessible else "",
                    "details": location.accessibility,
                }
            )
        )
    return _clean(
        {
            "id": str(location.uuid),
            "location_type": "physical",
            "organization_id": str(location.organization.uuid) if location.organization_id else None,
            "name": location.name,
            "description": location.description,
            "transportation": location.transportation,
            "latitude": _number(location.latitude),
            "longitude": _number(location.longitude),
            "addresses": [address],
            "accessibility": accessibility,
        }
    )


def service_basic(service):
    return _clean(
        {
            "id": str(service.uuid),
            "organization_id": str(service.organization.uuid),
            "name": service.name,
            "description": service.description,
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "eligibility_description": service.eligibility_description,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "last_modified": service.updated_at.isoformat().replace("+00:00", "Z") if service.updated_at else None,
            "organization": organization_basic(service.organization),
        }
    )


def service_full(service):
    """A compiled HSDS service with its phones, schedules, locations, languages, costs and categories.

    Expects the prefetches of `services_for_export()` so it costs no queries.
    """
    data = service_basic(service)
    sid = str(service.uuid)
    data["phones"] = [
        _clean({"id": str(phone.uuid), "service_id": sid, "number": phone.number, "description": phone.description})
        for phone in service.phones.all()
    ]
    data["schedules"] = [
        _clean(
            {
                "id": str(schedule.uuid),
                "service_id": sid,
                "freq": "WEEKLY",
                "wkst": "MO",
                "byday": schedule.weekday,
                "opens_at": schedule.opens_at.strftime("%H:%M:%S"),
                "closes_at": schedule.closes_at.strftime("%H:%M:%S"),
                "notes": schedule.notes,
            }
        )
        for schedule in service.schedules.all()
    ]
    data["service_at_locations"] = [
        _clean(
            {
                "id": str(sal.uuid),
                "service_id": sid,
                "location_id": str(sal.location.uuid),
                "description": sal.description,
                "location": location_full(sal.location),
            }
        )
        for sal in service.service_at_locations.all()
    ]
    data["languages"] = [
        {
            "id": derived_id("language", sid, language.code),
            "service_id": sid,
            "name": language.name,
            "code": language.code,
        }
        for language in service.languages.all()
    ]
    data["cost_options"] = [
        _clean(
            {
                "id": derived_id("cost", sid),
                "service_id": sid,
                "option": "free" if service.is_free else "paid",
                "currency": "EUR",
                "amount": 0 if service.is_free else None,
                "amount_description": service.fees_description,
            }
        )
    ]
    attributes = [
        {
            "id": derived_id("attribute", sid, category.uuid),
            "link_id": sid,
            "link_type": "category",
            "link_entity": "service",
            "taxonomy_term_id": str(category.uuid),
            "taxonomy_term": taxonomy_term(category),
        }
        for category in service.categories.all()
    ]
    attributes.append(
        {
            "id": derived_id("attribute", sid, "target-group"),
            "link_id": sid,
            "link_type": "target_group",
            "link_entity": "service",
            "taxonomy_term_id": derived_id("target-group", service.target_group),
            "taxonomy_term": _target_group_term(service.target_group),
        }
    )
    data["attributes"] = attributes
    return {key: value for key, value in data.items() if value != []}


def services_for_export(queryset=None):
    """Published services with everything `service_full` needs, in a fixed number of queries."""
    queryset = Service.objects.published() if queryset is None else queryset
    return (
        queryset.select_related("organization")
        .prefetch_related(
            "phones",
            "schedules",
            "languages",
            Prefetch("categories", queryset=_categories()),
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.select_related("location__organization", "location__neighbourhood"),
            ),
        )
        .order_by("name", "pk")
    )


def _categories():
    from socialmap.models import Category

    return Category.objects.select_related("taxonomy", "parent")
