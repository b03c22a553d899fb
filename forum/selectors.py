"""Reads that carry the forum's access rules (machina's permission handler underneath)."""

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


def visible_posts(posts, user, request=None):
    """`posts` without the held and hidden ones (of the post or its topic), except the member's own
    and those in forums the member moderates."""
    from django.db.models import Q

    if is_moderator(user):
        return posts
    shown = Q(approved=True, topic__approved=True)
    if user.is_authenticated:
        moderated = permission_handler(request).get_moderation_queue_forums(user)
        shown |= Q(poster=user) | Q(topic__forum__in=moderated)
    return posts.filter(shown)


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
