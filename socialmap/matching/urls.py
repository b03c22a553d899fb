from django.urls import path

from socialmap.matching import views

app_name = "matching"

urlpatterns = [
    path("", views.QuestionnaireView.as_view(), name="questionnaire"),
    path("resultaten/", views.ResultsView.as_view(), name="results"),
    path("contact/<str:kind>/<uuid:public_id>/", views.ContactView.as_view(), name="contact"),
    path("bewaren/", views.SaveView.as_view(), name="save"),
    path("bewaard/", views.SavedListView.as_view(), name="saved"),
    path("bewaard/<uuid:public_id>/verwijderen/", views.SavedDeleteView.as_view(), name="saved-delete"),
]
