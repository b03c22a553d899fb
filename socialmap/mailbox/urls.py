from django.urls import path

from socialmap.mailbox import views

app_name = "mailbox"

urlpatterns = [
    path("", views.MyThreadsView.as_view(), name="mine"),
    path("inbox/", views.InboxView.as_view(), name="inbox"),
    path("inbox/instellingen/<slug:slug>/", views.SettingsView.as_view(), name="settings"),
    path("nieuw/<slug:slug>/", views.StartView.as_view(), name="start"),
    path("<uuid:public_id>/", views.ThreadView.as_view(), name="thread"),
    path("<uuid:public_id>/toewijzen/", views.AssignView.as_view(), name="assign"),
    path("<uuid:public_id>/sluiten/", views.CloseView.as_view(), name="close"),
    path("<uuid:public_id>/enquete/", views.SurveyView.as_view(), name="survey"),
    path("<uuid:public_id>/concept/", views.DraftView.as_view(), name="draft"),
    path("<uuid:public_id>/bijlage/<uuid:attachment_id>/", views.AttachmentView.as_view(), name="attachment"),
]
