from django.urls import path

from socialmap import api

app_name = "hsds"

urlpatterns = [
    path("", api.api_root, name="root"),
    path("openapi.json", api.openapi_document, name="openapi"),
    path("services", api.service_list, name="services"),
    path("services/<uuid:id>", api.service_detail, name="service"),
    path("organizations", api.organization_list, name="organizations"),
    path("organizations/<uuid:id>", api.organization_detail, name="organization"),
    path("taxonomies", api.taxonomy_list, name="taxonomies"),
    path("taxonomies/<uuid:id>", api.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", api.taxonomy_term_list, name="taxonomy-terms"),
    path("taxonomy_terms/<uuid:id>", api.taxonomy_term_detail, name="taxonomy-term"),
    path("service_at_locations", api.service_at_location_list, name="service-at-locations"),
    path("service_at_locations/<uuid:id>", api.service_at_location_detail, name="service-at-location"),
    path("<path:rest>", api.not_found, name="not-found"),
]
