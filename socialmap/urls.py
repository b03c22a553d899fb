from django.urls import path

from socialmap import views

app_name = "socialmap"

urlpatterns = [
    path("", views.ServiceListView.as_view(), name="service-list"),
    path("kaart/", views.ServiceMapView.as_view(), name="service-map"),
    # The map tile proxy (socialmap/tiles.py); its path is app_settings.PROXY_TILE_URL.
    path("kaart/tegels/<int:z>/<int:x>/<int:y>.png", views.service_tile, name="tile"),
    path("kaart.geojson", views.service_geojson, name="service-geojson"),
    path("hulp/<uuid:uuid>/", views.ServiceDetailView.as_view(), name="service-detail"),
]
