"""Private group forums for other features (a course cohort, a local talking group).

The public hook for other apps, e.g. selfhelp when a course cohort starts:

    from forum.spaces import private_space_create, private_space_members_set
    url = private_space_create("Cursus Rust in je hoofd – groep maart", members=[u1, u2, coach])

Only the members (an auth Group created for the space) see the forum; to everyone else every
page, topic, post, attachment, feed and search result in it is a 404. Moderators keep access.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify

from forum import permissions
from forum.machina_models import Forum
from forum.models import PrivateSpace

PRIVATE_CATEGORY_NAME = "Besloten groepen"


def _private_category():
    category = Forum.objects.filter(name=PRIVATE_CATEGORY_NAME, type=Forum.FORUM_CAT, parent=None).first()
    if category is None:
        category = Forum.objects.create(name=PRIVATE_CATEGORY_NAME, type=Forum.FORUM_CAT)
    return category


@transaction.atomic
def private_space_create(name, members=(), description=""):
    """Create (or find, by name) a private group forum with `members`; returns the forum's URL."""
    group, _created = Group.objects.get_or_create(name=f"Forumgroep: {name}"[:150])
    space = PrivateSpace.objects.filter(group=group).select_related("forum").first()
    if space is None:
        forum = Forum.objects.create(
            name=name[:100], parent=_private_category(), type=Forum.FORUM_POST, description=description
        )
        space = PrivateSpace.objects.create(forum=forum, group=group)
        permissions.private_forum_open(forum, group)
    if space.forum.parent_id:
        # machina shows a forum only when its category is visible too: open the category to this group.
        permissions.private_forum_open(space.forum.parent, group)
    private_space_members_set(space, members, replace=False)
    return reverse("forum:forum", kwargs={"slug": space.forum.slug or slugify(name), "pk": space.forum.pk})


def _space_url(space):
    return reverse("forum:forum", kwargs={"slug": space.forum.slug, "pk": space.forum.pk})


def private_space_sync(name, members, description=""):
    """Like private_space_create, but the space's members become exactly `members` (cheap when it exists).

    For spaces another feature owns (a course cohort): call it whenever membership may have changed.
    """
    spaces = PrivateSpace.objects.filter(group__name=f"Forumgroep: {name}"[:150]).select_related("forum", "group")
    space = spaces.first()
    if space is None:
        private_space_create(name, members=members, description=description)
        space = spaces.get()
    wanted = {user.pk for user in members}
    current = set(space.group.user_set.values_list("pk", flat=True))
    if wanted != current:
        with transaction.atomic():
            space.group.user_set.remove(*(current - wanted))
            space.group.user_set.add(*(wanted - current))
    return {"url": _space_url(space), "title": space.forum.name}


def private_space_find(name):
    """The space called `name` as {"url", "title"}, or None. Reads only (pages call this on GET)."""
    space = PrivateSpace.objects.filter(group__name=f"Forumgroep: {name}"[:150]).select_related("forum").first()
    return {"url": _space_url(space), "title": space.forum.name} if space else None


def private_space_members_set(space, members, replace=True):
    """Add (or with replace=True, set exactly) the members of a private space."""
    users = list(members)
    if replace:
        space.group.user_set.set(users)
    else:
        space.group.user_set.add(*users)


def private_space_for_forum(forum):
    return PrivateSpace.objects.filter(forum=forum).select_related("group").first()
