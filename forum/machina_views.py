"""machina's views, subclassed where Wijkplein needs more: badges without extra queries, clear
errors on locked topics, every moderator action written to the moderation log, private attachment
downloads, and member pages that are for signed-in members only and never show held posts to others.

forum/urls.py mounts these on machina's own paths, before machina's URL include, so machina's
URL names (used everywhere in its templates) keep working and resolve to these views.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.utils.translation import gettext as _
from machina.core.db.models import get_model
from machina.core.loading import get_class

from community.accounts.models import badges_prefetch
from community.accounts.roles import is_moderator
from community.files import private_file_response
from community.moderation.models import LogEntry
from forum import services
from forum.machina_models import Post, Topic
from forum.search import topic_reindex
from forum.selectors import (
    forums_readable_by,
    may_see_topic,
    posts_with_held_status,
    public_post_counts,
    topic_held_status,
    topics_with_held_status,
    visible_posts,
    visible_topics,
)

ForumView = get_class("forum.views", "ForumView")
TopicView = get_class("forum_conversation.views", "TopicView")
PostCreateView = get_class("forum_conversation.views", "PostCreateView")
TopicLockView = get_class("forum_moderation.views", "TopicLockView")
TopicUnlockView = get_class("forum_moderation.views", "TopicUnlockView")
TopicMoveView = get_class("forum_moderation.views", "TopicMoveView")
TopicDeleteView = get_class("forum_moderation.views", "TopicDeleteView")
PostApproveView = get_class("forum_moderation.views", "PostApproveView")
PostDisapproveView = get_class("forum_moderation.views", "PostDisapproveView")
PostDeleteView = get_class("forum_conversation.views", "PostDeleteView")
ModerationQueueListView = get_class("forum_moderation.views", "ModerationQueueListView")
AttachmentView = get_class("forum_conversation.forum_attachments.views", "AttachmentView")
UserPostsView = get_class("forum_member.views", "UserPostsView")
ForumProfileDetailView = get_class("forum_member.views", "ForumProfileDetailView")
ForumProfileUpdateView = get_class("forum_member.views", "ForumProfileUpdateView")
TopicSubscriptionListView = get_class("forum_member.views", "TopicSubscriptionListView")
FacetedSearchView = get_class("forum_search.views", "FacetedSearchView")
ForumProfile = get_model("forum_member", "ForumProfile")


class WijkpleinForumView(ForumView):
    """A forum's topics: held and hidden topics only for their poster and the moderators, marked."""

    def get_queryset(self):
        topics = (
            self.get_forum()
            .topics.exclude(type=Topic.TOPIC_ANNOUNCE)
            .select_related("poster", "last_post", "last_post__poster")
        )
        return topics_with_held_status(visible_topics(topics, self.request.user, self.request))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # machina lists every announcement, held or hidden ones too.
        user, request = self.request.user, self.request
        context["announces"] = [topic for topic in context["announces"] if may_see_topic(topic, user, request)]
        for topic in context["announces"]:
            topic.held_status = topic_held_status(topic)
        return context


class WijkpleinTopicView(TopicView):
    """A topic's posts: the poster sees their own held and hidden posts (marked), moderators all."""

    def get_queryset(self):
        posts = (
            self.get_topic()
            .posts.select_related("poster", "updated_by", "topic__forum")
            .prefetch_related("attachments", "poster__forum_profile", badges_prefetch("poster"))
        )
        return posts_with_held_status(visible_posts(posts, self.request.user, self.request))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_forum_moderator"] = is_moderator(self.request.user)
        context["topic_held_status"] = topic_held_status(context["topic"])
        if context["is_forum_moderator"]:
            # Open reports on the posts of this page: one query, for the moderator's badge per post.
            from community.moderation.selectors import open_reports_by_object
            from forum.moderation import POST

            posts = list(context.get("posts") or [])
            found = open_reports_by_object(POST, [post.pk for post in posts])
            for post in posts:
                post.queue_item_id, post.open_reports = found.get(str(post.pk), (None, 0))
        return context


class WijkpleinPostCreateView(PostCreateView):
    """A reply to a topic that got locked while the member typed: keep the text, say why."""

    def check_permissions(self, request):
        topic = self.get_topic()
        if request.method == "POST" and topic.is_locked and request.user.is_authenticated:
            handler = request.forum_permission_handler
            if handler.can_read_forum(topic.forum, request.user) and not handler.can_add_post(topic, request.user):
                self._locked = True
                return None
        return super().check_permissions(request)

    def post(self, request, *args, **kwargs):
        if getattr(self, "_locked", False):
            self.object = None
            post_form = self.get_post_form(self.get_post_form_class())
            post_form.is_valid()
            post_form.add_error(None, _("This topic has been closed by a moderator. You can no longer reply."))
            attachment_formset = None
            response = self.render_to_response(
                self.get_context_data(post_form=post_form, attachment_formset=attachment_formset)
            )
            response.status_code = 409
            return response
        return super().post(request, *args, **kwargs)


class WijkpleinTopicLockView(TopicLockView):
    def lock(self, request, *args, **kwargs):
        response = super().lock(request, *args, **kwargs)
        services.topic_lock_recorded(self.object, request.user, locked=True)
        return response


class WijkpleinTopicUnlockView(TopicUnlockView):
    def unlock(self, request, *args, **kwargs):
        response = super().unlock(request, *args, **kwargs)
        services.topic_lock_recorded(self.object, request.user, locked=False)
        return response


class WijkpleinTopicMoveView(TopicMoveView):
    def form_valid(self, form):
        old_forum = self.object.forum
        response = super().form_valid(form)
        services.topic_move_recorded(self.object, self.request.user, old_forum)
        topic_reindex(self.object)
        return response


class WijkpleinTopicDeleteView(TopicDeleteView):
    def form_valid(self, form):
        topic = self.get_object()
        services.moderation_log(self.request.user, LogEntry.Action.DELETE, topic=topic, note=topic.subject)
        return super().form_valid(form)


class WijkpleinPostDeleteView(PostDeleteView):
    def form_valid(self, form):
        post = self.get_object()
        if post.poster_id != self.request.user.pk:
            services.moderation_log(self.request.user, LogEntry.Action.DELETE, post=post)
        return super().form_valid(form)


class WijkpleinPostApproveView(PostApproveView):
    def approve(self, request, *args, **kwargs):
        self.object = self.get_object()
        services.post_approve(self.object, request.user)
        messages.success(request, self.success_message)
        from django.http import HttpResponseRedirect

        return HttpResponseRedirect(self.get_success_url())


class WijkpleinPostDisapproveView(PostDisapproveView):
    """Disapproving a held post hides it through the safety core (reversible, logged, the author is
    told) instead of machina's delete."""

    def disapprove(self, request, *args, **kwargs):
        from django.http import HttpResponseRedirect

        from community.moderation.services import content_hide
        from forum.moderation import POST

        post = self.get_object()
        content_hide(POST, post.pk, request.user)
        messages.success(request, _("The post stays hidden. Its author has been told."))
        return HttpResponseRedirect(self.get_success_url())


class WijkpleinModerationQueueListView(ModerationQueueListView):
    """machina's own queue: there is one queue for everything now (community.moderation)."""

    def get(self, request, *args, **kwargs):
        from django.shortcuts import redirect
        from django.urls import reverse

        from forum.moderation import POST

        return redirect(reverse("moderation:queue") + f"?kind={POST}")


class WijkpleinAttachmentView(AttachmentView):
    """An attachment, served from private storage with safe headers (community/files.py).

    The gate (forum/middleware.py) already answered 404 for forums the member cannot read and for
    attachments of held or hidden posts that are not the member's own; machina's check for the
    download permission stays.
    """

    def get_queryset(self):
        return super().get_queryset().select_related("post__topic__forum")

    def get_object(self, queryset=None):
        if not hasattr(self, "_attachment"):
            self._attachment = super().get_object(queryset)
        return self._attachment

    def render_to_response(self, context, **response_kwargs):
        return private_file_response(self.request, self.object.file, self.object.filename)


def _member_or_404(pk):
    try:
        return get_user_model().objects.get(pk=int(pk), is_active=True)
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        raise Http404("No such member") from None


class WijkpleinUserPostsView(LoginRequiredMixin, UserPostsView):
    """A member's posts: for signed-in members; held and hidden posts only for their poster and moderators."""

    @property
    def poster(self):
        if not hasattr(self, "_poster"):
            self._poster = _member_or_404(self.kwargs[self.user_pk_url_kwarg])
        return self._poster

    def get_queryset(self):
        forums = forums_readable_by(self.request.user, self.request)
        posts = (
            Post.objects.select_related("topic", "topic__forum", "poster")
            .filter(poster=self.poster, topic__forum__in=forums)
            .order_by("-created")
        )
        return posts_with_held_status(visible_posts(posts, self.request.user, self.request))


class WijkpleinForumProfileDetailView(LoginRequiredMixin, ForumProfileDetailView):
    """A member's forum card: for signed-in members, counts without private spaces or held posts,
    and no database write when the member has no forum profile yet."""

    def get_object(self, queryset=None):
        user = _member_or_404(self.kwargs.get(self.pk_url_kwarg))
        return ForumProfile.objects.filter(user=user).select_related("user").first() or ForumProfile(user=user)

    def get_context_data(self, **kwargs):
        # machina's own get_context_data counts everything (private spaces too): skip it.
        context = super(ForumProfileDetailView, self).get_context_data(**kwargs)
        user = self.object.user
        context["posts_count"], context["topics_count"] = public_post_counts(user, self.request.user, self.request)
        forums = forums_readable_by(self.request.user, self.request)
        recent = Post.objects.select_related("topic", "topic__forum").filter(poster=user, topic__forum__in=forums)
        if self.request.user.pk != user.pk:
            recent = recent.filter(topic__forum__private_space__isnull=True)
        recent = posts_with_held_status(visible_posts(recent, self.request.user, self.request))
        context["recent_posts"] = recent.order_by("-created")[: self._recent_posts_number()]
        return context

    @staticmethod
    def _recent_posts_number():
        from machina.conf import settings as machina_settings

        return machina_settings.PROFILE_RECENT_POSTS_NUMBER


class WijkpleinForumProfileUpdateView(ForumProfileUpdateView):
    """The member's own forum settings; the profile row is only created when the form is saved."""

    def get_object(self, queryset=None):
        return ForumProfile.objects.filter(user=self.request.user).first() or ForumProfile(user=self.request.user)


class WijkpleinTopicSubscriptionListView(TopicSubscriptionListView):
    """Followed topics, without those the member can no longer read (left a private group) or held
    or hidden ones (unless their own, marked)."""

    def get_queryset(self):
        forums = forums_readable_by(self.request.user, self.request)
        topics = visible_topics(super().get_queryset().filter(forum__in=forums), self.request.user, self.request)
        return topics_with_held_status(topics)
