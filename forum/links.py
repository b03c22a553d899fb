"""Public lookups other features use to point into the forum; no machina model leaves this module.

- `forum_url_for_topic(topic)`: the public forum about a platform Topic (selfhelp's lesson link);
- `recent_public_topics(topics, names=(), limit=3)`: recent conversations about some topics, for
  the social map's service page.

A forum belongs to a Topic when its slug equals the topic's slug or its name the topic's name
(the demo seed creates "Slapen", "Stress" … under "Onderwerpen"). Only forums that anonymous
visitors may read count (machina's permission handler, see forum/selectors.py), so a private
group space or an announcement-only category never shows up here.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import F, Q
from django.urls import reverse

from forum.machina_models import Forum, Topic
from forum.selectors import permission_handler


def _public_forums_matching(slugs=(), names=()):
    """Post forums readable by anonymous visitors whose slug or name matches (names case-insensitively)."""
    slugs = [slug for slug in slugs if slug]
    names = [name for name in names if name]
    if not slugs and not names:
        return Forum.objects.none()
    match = Q(slug__in=slugs)
    for name in names:
        match |= Q(name__iexact=name)
    candidates = Forum.objects.filter(match, type=Forum.FORUM_POST)
    return permission_handler().get_readable_forums(candidates, AnonymousUser())


def forum_url(forum):
    return reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk})


def topic_url(topic):
    return reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )


def forum_for_topic(topic):
    """The public forum about `topic` (a pages.Topic), or None; a slug match wins over a name match."""
    if topic is None:
        return None
    forums = list(_public_forums_matching([topic.slug], [topic.name]).order_by("pk"))
    return next((f for f in forums if f.slug == topic.slug), forums[0] if forums else None)


def forum_url_for_topic(topic):
    forum = forum_for_topic(topic)
    return forum_url(forum) if forum else None


def recent_public_topics(topics, names=(), limit=3):
    """Up to `limit` approved topics, newest activity first, from the public forums about `topics`.

    `topics` are pages.Topic objects; `names` are extra words matched against forum slugs and names
    (e.g. a social-map category's name and slug).
    """
    topics = list(topics)
    slugs = [t.slug for t in topics] + list(names)
    forum_names = [t.name for t in topics] + list(names)
    forums = _public_forums_matching(slugs, forum_names)
    rows = (
        Topic.objects.filter(forum__in=forums, approved=True)
        .select_related("forum")
        .order_by(F("last_post_on").desc(nulls_last=True), "-pk")[:limit]
    )
    return [{"title": row.subject, "url": topic_url(row), "forum": row.forum.name} for row in rows]
