from django.urls import path

from community.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.ProfileView.as_view(), name="profile"),
    path("bewerken/", views.ProfileEditView.as_view(), name="profile-edit"),
    path("leden/<int:pk>/", views.MemberDetailView.as_view(), name="member-detail"),
]
