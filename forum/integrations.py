"""How the forum plugs into the other features, through their public seams only.

Called from PeerForumConfig.ready(); each registration is skipped when the other app is not
installed, so the forum keeps working alone (and the other apps without the forum).

- selfhelp lesson blocks of kind "forum" link to the public forum about the block's Topic
  (`forum.links.forum_url_for_topic`);
- a selfhelp course cohort gets a private group space (`forum.spaces.private_space_sync`) whose
  members are `selfhelp.cohorts.cohort_members(cohort)`, re-synced on every call;
- the social map's service page lists recent public forum topics: see forum/wagtail_hooks.py.
"""

from django.apps import apps
from django.utils.translation import gettext as _


def lesson_link_for_topic(topic, label):
    """selfhelp's "forum" resolver: {"url", "title", "text"} for the topic's public forum, or None."""
    from forum.links import forum_for_topic, forum_url

    forum = forum_for_topic(topic)
    if forum is None:
        return None
    return {
        "url": forum_url(forum),
        "title": label or _("Talk about it in the forum “%(forum)s”") % {"forum": forum.name},
        "text": str(getattr(forum.description, "raw", "") or ""),  # plain text; the template escapes it
    }


def cohort_space_name(cohort):
    """Unique per cohort (the pk comes first so truncation never merges two groups)."""
    return f"Groep {cohort.pk}: {cohort.name} – {cohort.course.title}"


def cohort_space(cohort):
    """selfhelp's cohort forum-space provider: create or find the space and set its members."""
    from forum.spaces import private_space_sync
    from selfhelp.cohorts import cohort_members

    space = private_space_sync(cohort_space_name(cohort), members=list(cohort_members(cohort)))
    return {"url": space["url"], "title": _("Go to your group's forum “%(name)s”") % {"name": cohort.name}}


def integrations_register():
    if apps.is_installed("selfhelp"):
        from selfhelp.cohorts import forum_space_provider_register
        from selfhelp.links import KIND_FORUM, resolver_register

        resolver_register(KIND_FORUM, lesson_link_for_topic)
        forum_space_provider_register(cohort_space)
