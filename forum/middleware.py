"""A gate in front of machina: anything inside a forum the member may not read is a 404.

machina answers such requests with a login redirect or a 403, which tells a visitor that a
private topic exists. This gate finds the forum behind every machina URL (forum, topic, post,
attachment, poll, feed) and answers 404 instead, so private spaces stay invisible. Likewise a held
or hidden post or topic (approved=False) is a 404 on every URL that points at it, except for its
poster and the moderators.
"""

from typing import NamedTuple

from django.http import Http404
from machina.core.loading import get_class

from forum.machina_models import Attachment, Forum, Post, Topic
from forum.selectors import can_read_forum, may_see_held_posts

MACHINA_NAMESPACES = {
    "forum",
    "forum_conversation",
    "forum_feeds",
    "forum_member",
    "forum_moderation",
    "forum_search",
    "forum_tracking",
    "forum_attachments",
    "forum_polls",
}


class Target(NamedTuple):
    """What a machina URL points at: its forum, and the posters of what is held or hidden in the way.

    `held_by` names the poster of each held or hidden level (the post, its topic); only someone who
    is the poster of every one of them (or a moderator) may pass: a public reply in a hidden topic is
    as gone for its own poster as the topic is.
    """

    forum: object
    held_by: tuple = ()

    @property
    def held(self):
        return bool(self.held_by)


def _forum_of_forum(pk):
    forum = Forum.objects.filter(pk=pk).first()
    return Target(forum) if forum else None


def _topic_target(topic):
    return Target(topic.forum, () if topic.approved else (topic.poster_id,)) if topic else None


def _post_target(post):
    if post is None:
        return None
    topic = post.topic
    held_by = (() if post.approved else (post.poster_id,)) + (() if topic.approved else (topic.poster_id,))
    return Target(topic.forum, held_by)


def _forum_of_topic(pk):
    return _topic_target(Topic.objects.select_related("forum").filter(pk=pk).first())


def _forum_of_post(pk):
    return _post_target(Post.objects.select_related("topic__forum").filter(pk=pk).first())


def _forum_of_attachment(pk):
    attachment = Attachment.objects.select_related("post__topic__forum").filter(pk=pk).first()
    return _post_target(attachment.post) if attachment else None


def _forum_of_poll(pk):
    from machina.core.db.models import get_model

    poll = get_model("forum_polls", "TopicPoll").objects.select_related("topic__forum").filter(pk=pk).first()
    return _topic_target(poll.topic) if poll else None


# (namespace, url name) -> how to find the target (forum, held or not) from the URL's `pk`
PK_MEANS = {
    ("forum", "forum"): _forum_of_forum,
    ("forum_conversation", "topic"): _forum_of_topic,
    ("forum_conversation", "topic_update"): _forum_of_topic,
    ("forum_conversation", "post_update"): _forum_of_post,
    ("forum_conversation", "post_delete"): _forum_of_post,
    ("forum_attachments", "attachment"): _forum_of_attachment,
    ("forum_conversation", "attachment"): _forum_of_attachment,
    ("forum_polls", "topic_poll_vote"): _forum_of_poll,
    ("forum_conversation", "topic_poll_vote"): _forum_of_poll,
    ("forum_member", "topic_subscribe"): _forum_of_topic,
    ("forum_member", "topic_unsubscribe"): _forum_of_topic,
    ("forum_moderation", "topic_lock"): _forum_of_topic,
    ("forum_moderation", "topic_unlock"): _forum_of_topic,
    ("forum_moderation", "topic_delete"): _forum_of_topic,
    ("forum_moderation", "topic_move"): _forum_of_topic,
    ("forum_moderation", "topic_update_to_post"): _forum_of_topic,
    ("forum_moderation", "topic_update_to_sticky"): _forum_of_topic,
    ("forum_moderation", "topic_update_to_announce"): _forum_of_topic,
    ("forum_moderation", "queued_post"): _forum_of_post,
    ("forum_moderation", "approve_queued_post"): _forum_of_post,
    ("forum_moderation", "disapprove_queued_post"): _forum_of_post,
    ("forum_tracking", "mark_subforums_read"): _forum_of_forum,
    ("forum_tracking", "mark_topics_read"): _forum_of_forum,
    ("peer_forum", "machina-forum"): _forum_of_forum,
    ("peer_forum", "machina-topic"): _forum_of_topic,
    ("peer_forum", "machina-post-delete"): _forum_of_post,
    ("peer_forum", "machina-topic-lock"): _forum_of_topic,
    ("peer_forum", "machina-topic-unlock"): _forum_of_topic,
    ("peer_forum", "machina-topic-move"): _forum_of_topic,
    ("peer_forum", "machina-topic-delete"): _forum_of_topic,
    ("peer_forum", "machina-approve-queued-post"): _forum_of_post,
    ("peer_forum", "machina-disapprove-queued-post"): _forum_of_post,
    ("peer_forum", "forum-subscribe"): _forum_of_forum,
    ("peer_forum", "machina-attachment"): _forum_of_attachment,
}


def targets_behind(match):
    """Everything a machina URL points at, through its forum, topic, post, attachment or poll ids."""
    key = (match.namespaces[-1] if match.namespaces else "", match.url_name)
    found = []
    finder = PK_MEANS.get(key)
    if finder and "pk" in match.kwargs:
        found.append(finder(match.kwargs["pk"]))
    if "forum_pk" in match.kwargs:
        found.append(_forum_of_forum(match.kwargs["forum_pk"]))
    if "topic_pk" in match.kwargs:
        found.append(_forum_of_topic(match.kwargs["topic_pk"]))
    return found


def _may_see_held(target, request):
    user = request.user
    if user.is_authenticated and all(poster_id == user.pk for poster_id in target.held_by):
        return True
    return may_see_held_posts(target.forum, user, request)


class PrivateForumGateMiddleware:
    """Private forums are 404 to outsiders; held or hidden posts are 404 to all but poster and moderators."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or not match.namespaces:
            return
        if not set(match.namespaces) & (MACHINA_NAMESPACES | {"peer_forum"}):
            return
        for target in targets_behind(match):
            if target is None or not can_read_forum(target.forum, request.user, request):
                raise Http404("No such forum page")
            if target.held and not _may_see_held(target, request):
                # A held or hidden post (or topic) is for its poster and the moderators only.
                raise Http404("No such forum page")
        if match.url_name in WRITE_URL_NAMES and request.user.is_authenticated:
            return silenced_response(request)
        return


# Every machina page where a member writes: a silenced member gets the reason instead.
WRITE_URL_NAMES = {"topic_create", "post_create", "topic_update", "post_update", "machina-post-create"}


def silenced_response(request):
    """The moderators' silence, with its reason and end, as a 403 page (None when not silenced)."""
    from django.template.response import TemplateResponse

    from community.moderation.services import silence_of

    silence = silence_of(request.user)
    if silence is None:
        return None
    return TemplateResponse(request, "moderation/silenced.html", {"silence": silence}, status=403)


class ForumPermissionMiddleware:
    """machina's permission middleware without its session write for every anonymous visitor.

    machina's own middleware stores a random "anonymous forum key" in the session of every visitor
    on every page of the site, so each anonymous request writes a session row and sets a cookie.
    The key only identifies anonymous posters and voters, and visitors cannot post or vote here, so
    we attach the per-request permission handler and leave the session alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.handler_class = get_class("forum_permission.handler", "PermissionHandler")

    def __call__(self, request):
        request.forum_permission_handler = self.handler_class()
        return self.get_response(request)
