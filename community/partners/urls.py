"""Provider self-registration, under /aanbieder-worden/ (the review is in the Wagtail admin)."""

from django.urls import path

from community.partners import views

app_name = "partners"

urlpatterns = [
    path("", views.ApplyView.as_view(), name="apply"),
    path("bedankt/", views.ApplyDoneView.as_view(), name="apply-done"),
]
