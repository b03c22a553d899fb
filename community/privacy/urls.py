from django.urls import path

from community.privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.PrivacyOverviewView.as_view(), name="overview"),
    path("download/", views.ExportCreateView.as_view(), name="export-create"),
    path("download/<uuid:public_id>/", views.export_download, name="export-download"),
    path("verwijderen/", views.EraseView.as_view(), name="erase"),
    path("tot-ziens/", views.ErasureScheduledView.as_view(), name="erase-scheduled"),
]
