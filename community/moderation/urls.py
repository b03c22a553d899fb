"""Moderators' screens under /moderatie/, every member's under /melden/."""

from django.urls import path

from community.moderation import views

app_name = "moderation"

urlpatterns = [
    path("melden/<str:kind>/<str:object_id>/", views.ReportView.as_view(), name="report"),
    path("melden/mijn-meldingen/", views.MyReportsView.as_view(), name="my-reports"),
    path("melden/mijn-maatregelen/", views.MyMeasuresView.as_view(), name="my-measures"),
    path("moderatie/", views.QueueView.as_view(), name="queue"),
    path("moderatie/<int:pk>/", views.ItemView.as_view(), name="item"),
    path("moderatie/logboek/", views.LogView.as_view(), name="log"),
    path("moderatie/dienst/", views.DutyView.as_view(), name="duty"),
    path("moderatie/leden/<int:pk>/", views.MemberView.as_view(), name="member"),
    path("moderatie/maatregel/<int:pk>/opheffen/", views.MeasureLiftView.as_view(), name="measure-lift"),
]
