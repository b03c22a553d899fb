"""Reads that carry the forum's access rules (machina's permission handler underneath)."""

from django.db.models import Case, CharField, Exists, OuterRef, Q, Value, When
from machina.core.loading import get_class

from community.accounts.roles import is_moderator
from forum.machina_models import Forum

PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


def permission_handler(request=None):
    """The request's handler (it caches per request) or a fresh one outside a request."""
    return getattr(request, "forum_permission_handler", None) or PermissionHandler()


def can_read_forum(forum, user, request=None):
    return permission_handler(request).can_read_forum(forum, user)


def forums_readable_by(user, request=None):
    return permission_handler(request).get_readable_forums(Forum.objects.all(), user)


def users_who_can_read(forum, users):
    handler = PermissionHandler()
    return [user for user in users if handler.can_read_forum(forum, user)]


def may_see_held_posts(forum, user, request=None):
    """Held and hidden posts (approved=False) are for their poster and the moderators only."""
    if not user.is_authenticated:
        return False
    return is_moderator(user) or permission_handler(request).can_approve_posts(forum, user)


def _moderated_forums(user, request=None):
    return permission_handler(request).get_moderation_queue_forums(user)


def visible_posts(posts, user, request=None):
    """`posts` as `user` may see them: a held or hidden post, or any post of a held or hidden topic,
    only for its poster (of the post and of the topic) and in forums the member moderates."""
    if is_moderator(user):
        return posts
    if not user.is_authenticated:
        return posts.filter(approved=True, topic__approved=True)
    post_shown = Q(approved=True) | Q(poster=user)
    topic_shown = Q(topic__approved=True) | Q(topic__poster=user)
    return posts.filter((post_shown & topic_shown) | Q(topic__forum__in=_moderated_forums(user, request)))


def visible_topics(topics, user, request=None):
    """`topics` without the held and hidden ones, except the member's own and those in forums the
    member moderates."""
    if is_moderator(user):
        return topics
    if not user.is_authenticated:
        return topics.filter(approved=True)
    return topics.filter(Q(approved=True) | Q(poster=user) | Q(forum__in=_moderated_forums(user, request)))


def may_see_topic(topic, user, request=None):
    """The rule of `visible_topics` for one topic already in memory."""
    if topic.approved:
        return True
    if user.is_authenticated and topic.poster_id == user.pk:
        return True
    return may_see_held_posts(topic.forum, user, request)


HELD, HIDDEN = "held", "hidden"


def _waiting_for_a_moderator(post_ref):
    # Held (pre-moderation, waiting in the safety core's queue) rather than hidden by a moderator.
    from django.db.models.functions import Cast

    from community.moderation.models import QueueItem

    return Exists(
        QueueItem.objects.pending().filter(
            content_kind="forum.post", held=True, object_id=Cast(OuterRef(post_ref), CharField())
        )
    )


def _status(waiting):
    return Case(When(waiting, then=Value(HELD)), default=Value(HIDDEN), output_field=CharField())


def posts_with_held_status(posts):
    """Annotate `held_status`: "" when everybody may see the post, else "held" (waiting for a
    moderator) or "hidden" (a moderator hid it), of the post itself or else of its topic."""
    return posts.annotate(
        held_status=Case(
            When(approved=False, then=_status(_waiting_for_a_moderator("pk"))),
            When(topic__approved=False, then=_status(_waiting_for_a_moderator("topic__first_post_id"))),
            default=Value(""),
            output_field=CharField(),
        )
    )


def topic_held_status(topic):
    """`held_status` of one topic in memory ("" when visible to everybody): a query only when held."""
    if topic.approved:
        return ""
    from community.moderation.models import QueueItem

    waiting = QueueItem.objects.pending().filter(
        content_kind="forum.post", held=True, object_id=str(topic.first_post_id)
    )
    return HELD if waiting.exists() else HIDDEN


def topics_with_held_status(topics):
    """Annotate `held_status`: "" for a visible topic, else "held" or "hidden" (of its first post)."""
    return topics.annotate(
        held_status=Case(
            When(approved=False, then=_status(_waiting_for_a_moderator("first_post_id"))),
            default=Value(""),
            output_field=CharField(),
        )
    )


def public_post_counts(user, viewer, request=None):
    """(posts, topics) of `user` as `viewer` may see them: approved, in forums the viewer reads, and
    never in private spaces unless it is the member's own profile."""
    from forum.machina_models import Post, Topic

    forums = forums_readable_by(viewer, request)
    posts = Post.objects.filter(poster=user, approved=True, topic__approved=True, topic__forum__in=forums)
    topics = Topic.objects.filter(poster=user, approved=True, forum__in=forums)
    if viewer.pk != user.pk:
        posts = posts.filter(topic__forum__private_space__isnull=True)
        topics = topics.filter(forum__private_space__isnull=True)
    return posts.count(), topics.count()
