"""Mounted by Wijkplein under /plugins/agenda/ with the namespace "agenda" (404 while disabled)."""

from django.urls import path

from wijkplein_agenda import views

urlpatterns = [
    path("", views.ActivityListView.as_view(), name="list"),
    path("<int:pk>/", views.ActivityDetailView.as_view(), name="detail"),
    path("<int:pk>/activiteit.ics", views.ActivityCalendarFileView.as_view(), name="ics"),
    path("<int:pk>/ik-kom/", views.ActivityAttendView.as_view(), name="attend"),
]
