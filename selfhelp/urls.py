from django.urls import path

from selfhelp import views

app_name = "selfhelp"

urlpatterns = [
    path("", views.catalogue_redirect, name="index"),
    path("mijn-cursussen/", views.MyCoursesView.as_view(), name="my-courses"),
    path("cursus/<int:course_id>/aanmelden/", views.EnrolmentCreateView.as_view(), name="enrol"),
    path("cursus/<int:course_id>/stoppen/", views.EnrolmentLeaveView.as_view(), name="leave"),
    path("cursus/<int:course_id>/coach/", views.CoachChooseView.as_view(), name="choose-coach"),
    path("les/<int:lesson_id>/klaar/", views.LessonMarkDoneView.as_view(), name="lesson-done"),
    path("les/<int:lesson_id>/oefening/<str:block_id>/", views.AnswerSaveView.as_view(), name="answer"),
    path("antwoord/<int:answer_id>/reactie/", views.ReplyCreateView.as_view(), name="reply"),
    path("coach/", views.CoachDashboardView.as_view(), name="coach-dashboard"),
    path("coach/deelnemer/<int:enrolment_id>/", views.ParticipantDetailView.as_view(), name="participant"),
    path("coach/antwoord/<int:answer_id>/feedback/", views.FeedbackCreateView.as_view(), name="feedback"),
]
