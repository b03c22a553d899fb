"""The forum's Whoosh search: kept current on every save, and never with held or hidden content.

A post is in the index only while everybody may read it: the post and its topic both approved. When
a topic's first post is held, hidden or approved again, the topic's approval follows it (machina),
so all the topic's posts leave or re-enter the index. The search form also leaves out every topic
that is not approved, so an index built with `rebuild_index` (machina's index only skips unapproved
posts, not the public replies in a hidden topic) cannot show one either. Search results are shared
output: held content is out of them for its poster and the moderators too.
"""

from haystack.signals import RealtimeSignalProcessor
from machina.core.loading import get_class

SearchForm = get_class("forum_search.forms", "SearchForm")


def _post_index():
    from haystack import connections

    from forum.machina_models import Post

    connection = connections["default"]
    return connection.get_backend(), connection.get_unified_index().get_index(Post)


class ForumSignalProcessor(RealtimeSignalProcessor):
    """Index a post when everybody may read it; otherwise remove it, and follow a topic's approval."""

    def handle_save(self, sender, instance, **kwargs):
        from forum.machina_models import Post, Topic

        if not isinstance(instance, Post):
            return super().handle_save(sender, instance, **kwargs)
        topic_approved = Topic.objects.filter(pk=instance.topic_id).values_list("approved", flat=True).first()
        if instance.topic.first_post_id in (None, instance.pk):
            # The first post: machina gives the topic its approval right after this signal. When
            # that changes, the topic's other posts leave or re-enter the index with it.
            if topic_approved != instance.approved:
                return topic_reindex(instance.topic, approved=instance.approved)
            topic_approved = instance.approved
        if instance.approved and topic_approved:
            return super().handle_save(sender, instance, **kwargs)
        return self.handle_delete(sender, instance, **kwargs)


def topic_reindex(topic, approved=None):
    """Bring a topic's posts in the index in line with its approval (after a move: with its forum,
    which access filtering uses). `approved` overrides `topic.approved` while machina updates it."""
    from forum.machina_models import Post

    backend, index = _post_index()
    approved = topic.approved if approved is None else approved
    posts = list(Post.objects.filter(topic=topic).select_related("topic__forum", "poster"))
    for post in posts:
        if not (approved and post.approved):
            backend.remove(post)
    shown = [post for post in posts if approved and post.approved]
    if shown:
        backend.update(index, shown)


def posts_reindex(posts):
    """Bring these posts (and only these) in the index in line with what they say now."""
    backend, index = _post_index()
    shown = []
    for post in posts:
        if post.approved and post.topic.approved:
            shown.append(post)
        else:
            backend.remove(post)
    if shown:
        backend.update(index, shown)


class ForumSearchForm(SearchForm):
    """machina's search form, without the posts of held or hidden topics (see the module docstring)."""

    def search(self):
        from forum.machina_models import Topic

        found = super().search()
        held = list(Topic.objects.filter(approved=False).values_list("pk", flat=True))
        return found.exclude(topic__in=held) if held else found
