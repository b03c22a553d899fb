"""The forum under /forum/: our own screens, our subclasses of a few machina views on machina's own
paths (listed first, so they win), then machina's URLs with their usual names."""

from django.urls import include, path
from haystack.views import search_view_factory
from machina import urls as machina_urls

from forum import machina_views as mv
from forum import views
from forum.search import ForumSearchForm

TOPIC = "forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/"


peer_forum_patterns = [
    path("volgen/<int:pk>/", views.ForumSubscribeView.as_view(), name="forum-subscribe"),
    path("huisregels/", views.ForumRulesView.as_view(), name="rules"),
    # machina's paths, served by our subclasses (see forum/machina_views.py).
    path("forum/<str:slug>-<int:pk>/", mv.WijkpleinForumView.as_view(), name="machina-forum"),
    path(
        "forum/<str:forum_slug>-<int:forum_pk>/topic/<str:slug>-<int:pk>/",
        mv.WijkpleinTopicView.as_view(),
        name="machina-topic",
    ),
    path(TOPIC + "post/create/", mv.WijkpleinPostCreateView.as_view(), name="machina-post-create"),
    path(TOPIC + "<int:pk>/post/delete/", mv.WijkpleinPostDeleteView.as_view(), name="machina-post-delete"),
    path("moderation/topic/<str:slug>-<int:pk>/lock/", mv.WijkpleinTopicLockView.as_view(), name="machina-topic-lock"),
    path(
        "moderation/topic/<str:slug>-<int:pk>/unlock/",
        mv.WijkpleinTopicUnlockView.as_view(),
        name="machina-topic-unlock",
    ),
    path("moderation/topic/<str:slug>-<int:pk>/move/", mv.WijkpleinTopicMoveView.as_view(), name="machina-topic-move"),
    path(
        "moderation/topic/<str:slug>-<int:pk>/delete/",
        mv.WijkpleinTopicDeleteView.as_view(),
        name="machina-topic-delete",
    ),
    path("attachment/<int:pk>/", mv.WijkpleinAttachmentView.as_view(), name="machina-attachment"),
    path("member/profile/edit/", mv.WijkpleinForumProfileUpdateView.as_view(), name="machina-profile-update"),
    path("member/profile/<str:pk>/", mv.WijkpleinForumProfileDetailView.as_view(), name="machina-profile"),
    path("member/profile/<str:pk>/posts/", mv.WijkpleinUserPostsView.as_view(), name="machina-user-posts"),
    path(
        "member/subscriptions/",
        mv.WijkpleinTopicSubscriptionListView.as_view(),
        name="machina-user-subscriptions",
    ),
    path(
        "search/",
        search_view_factory(view_class=mv.FacetedSearchView, form_class=ForumSearchForm),
        name="machina-search",
    ),
    path("moderation/queue/", mv.WijkpleinModerationQueueListView.as_view(), name="machina-queue"),
    path(
        "moderation/queue/<int:pk>/approve/",
        mv.WijkpleinPostApproveView.as_view(),
        name="machina-approve-queued-post",
    ),
    path(
        "moderation/queue/<int:pk>/disapprove/",
        mv.WijkpleinPostDisapproveView.as_view(),
        name="machina-disapprove-queued-post",
    ),
]

urlpatterns = [
    path("", include((peer_forum_patterns, "peer_forum"))),
    path("", include(machina_urls)),
]
