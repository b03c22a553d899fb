"""Who may do what in which forum, written as machina forum permissions (see docs/operators.md).

- public forums: visitors see and read; members also post, reply, vote, attach and edit or delete
  their own posts;
- announcement forums: everybody reads; only the partner's editor group posts;
- private spaces: only the space's group sees anything;
- moderators (the core's "Forum moderators" group): everywhere, moderate and reply to locked topics.
"""

from django.contrib.auth.models import Group

from community.accounts.roles import MODERATORS_GROUP
from forum.machina_models import ForumPermission, GroupForumPermission, UserForumPermission

READ = ["can_see_forum", "can_read_forum", "can_download_file"]
PARTICIPATE = READ + [
    "can_start_new_topics",
    "can_reply_to_topics",
    "can_edit_own_posts",
    "can_delete_own_posts",
    "can_post_without_approval",
    "can_create_polls",
    "can_vote_in_polls",
    "can_attach_file",
]
MODERATE = PARTICIPATE + [
    "can_lock_topics",
    "can_move_topics",
    "can_edit_posts",
    "can_delete_posts",
    "can_approve_posts",
    "can_reply_to_locked_topics",
    "can_post_stickies",
    "can_post_announcements",
]


def _permissions(codenames):
    return list(ForumPermission.objects.filter(codename__in=codenames))


def _grant_user(forum, codenames, **who):
    for permission in _permissions(codenames):
        UserForumPermission.objects.update_or_create(
            forum=forum, permission=permission, user=None, **who, defaults={"has_perm": True}
        )


def _grant_group(forum, group, codenames):
    for permission in _permissions(codenames):
        GroupForumPermission.objects.update_or_create(
            forum=forum, group=group, permission=permission, defaults={"has_perm": True}
        )


def public_forum_open(forum):
    """Visitors read, members take part."""
    _grant_user(forum, READ, anonymous_user=True, authenticated_user=False)
    _grant_user(forum, PARTICIPATE, anonymous_user=False, authenticated_user=True)


def announcement_forum_open(forum, editor_group):
    """Everybody reads; the partner's editors post."""
    _grant_user(forum, READ, anonymous_user=True, authenticated_user=False)
    _grant_user(forum, READ, anonymous_user=False, authenticated_user=True)
    if editor_group is not None:
        _grant_group(forum, editor_group, PARTICIPATE)


def private_forum_open(forum, group):
    """Only members of `group` see the forum; nothing is granted to visitors or other members."""
    _grant_group(forum, group, PARTICIPATE)


def moderators_grant():
    """Global (all forums) moderation rights for the core's Moderators group."""
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    _grant_group(None, group, MODERATE)
    return group
