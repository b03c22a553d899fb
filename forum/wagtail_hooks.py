"""The forum's contributions to other features' Wagtail hooks."""

from django.apps import apps
from wagtail import hooks

if apps.is_installed("socialmap"):

    @hooks.register("socialmap_related_content")
    def recent_forum_topics(service, categories, request=None):
        """Up to 3 recent topics from PUBLIC forums about the service's categories (never a private space)."""
        from community.pages.models import Topic
        from forum.links import recent_public_topics

        topic_ids = [category.topic_id for category in categories if category.topic_id]
        topics = list(Topic.objects.filter(pk__in=topic_ids)) if topic_ids else []
        names = [word for category in categories for word in (category.slug, category.name)]
        if not topics and not names:
            return []
        return [
            {"title": row["title"], "url": row["url"], "kind": "forum"}
            for row in recent_public_topics(topics, names=names, limit=3)
        ]
