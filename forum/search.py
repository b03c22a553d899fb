"""Keeps the forum's Whoosh index current on every save, and keeps hidden or held posts out of it."""

from haystack.signals import RealtimeSignalProcessor


class ForumSignalProcessor(RealtimeSignalProcessor):
    """Index a post when it is visible; remove it from the index when it is held or hidden."""

    def handle_save(self, sender, instance, **kwargs):
        from forum.machina_models import Post

        if isinstance(instance, Post) and not instance.approved:
            return self.handle_delete(sender, instance, **kwargs)
        return super().handle_save(sender, instance, **kwargs)


def topic_reindex(topic):
    """After a move the posts' forum changes: update their index entries (access filtering uses it)."""
    from haystack import connections

    from forum.machina_models import Post

    index = connections["default"].get_unified_index().get_index(Post)
    backend = connections["default"].get_backend()
    posts = list(Post.objects.filter(topic=topic, approved=True).select_related("topic__forum", "poster"))
    if posts:
        backend.update(index, posts)
