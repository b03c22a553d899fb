"""Reads that carry the forum's access rules (machina's permission handler underneath)."""
from machina.core.loading import get_class

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
    from forum.services import is_moderator

    return is_moderator(user) or permission_handler(request).can_approve_posts(forum, user)

