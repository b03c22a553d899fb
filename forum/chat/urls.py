"""The chat's pages under /chat/ (the websocket is /ws/chat/, from the `websocket_routes` hook)."""

from django.urls import path

from forum.chat import views

app_name = "chat"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("groep/<slug:slug>/", views.RoomView.as_view(), name="room"),
    path("groep/<slug:slug>/host/", views.HostActionView.as_view(), name="host-action"),
    path("professional/", views.DirectStartView.as_view(), name="direct-start"),
    path("gesprek/<uuid:public_id>/", views.DirectView.as_view(), name="direct"),
    path("gesprek/<uuid:public_id>/terugkomen/", views.FallbackView.as_view(), name="fallback"),
    path(
        "gesprek/<uuid:public_id>/professional/<str:action>/", views.ProfessionalActionView.as_view(), name="pro-action"
    ),
    path("gesprek/<uuid:public_id>/lid/<str:action>/", views.MemberActionView.as_view(), name="member-action"),
    path("<uuid:public_id>/versturen/", views.SendView.as_view(), name="send"),
    path("dienst/", views.QueueView.as_view(), name="queue"),
    path("dienst/status/", views.DutyView.as_view(), name="duty"),
    path("dienst/oppakken/<uuid:public_id>/", views.PickupView.as_view(), name="pickup"),
    path("bewaard/", views.TranscriptListView.as_view(), name="transcripts"),
    path("bewaard/<int:pk>/", views.TranscriptView.as_view(), name="transcript"),
    path("bewaard/<int:pk>/verwijderen/", views.TranscriptDeleteView.as_view(), name="transcript-delete"),
]
