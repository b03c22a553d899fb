from django.urls import path

from community.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.NotificationListView.as_view(), name="list"),
    path("<int:pk>/", views.NotificationOpenView.as_view(), name="open"),
    path("gelezen/", views.NotificationMarkReadView.as_view(), name="mark-read"),
    path("instellingen/", views.PreferencesView.as_view(), name="preferences"),
]
