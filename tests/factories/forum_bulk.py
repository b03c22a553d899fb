"""Big forum data fast: topics and posts with bulk_create, denormalised counters filled in by hand
(bulk_create skips machina's save() that normally keeps them current)."""

from datetime import timedelta
from unittest import mock

from django.db import connection
from django.utils import timezone

from forum.machina_models import Forum, Post, Topic
from forum.rendering import render_post

try:
    from machina.models.fields import MarkupTextField
except ImportError:  # pragma: no cover
    MarkupTextField = None


def bulk_topics(forum, posters, topics=100, posts_per_topic=10):
    """Add `topics` topics with `posts_per_topic` posts each to `forum`; returns the topics."""
    now = timezone.now() - timedelta(days=30)
    rendered = render_post("Een bericht uit de proefdata, met **wat** opmaak.")
    topic_objs = [
        Topic(
            forum=forum,
            poster=posters[i % len(posters)],
            subject=f"Proefonderwerp {i}",
            slug=f"proefonderwerp-{i}",
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            approved=True,
            posts_count=posts_per_topic,
            created=now + timedelta(minutes=i),
            last_post_on=now + timedelta(minutes=i, seconds=posts_per_topic),
        )
        for i in range(topics)
    ]
    topic_objs = Topic.objects.bulk_create(topic_objs, batch_size=2000)
    post_objs = []
    for t_index, topic in enumerate(topic_objs):
        for p_index in range(posts_per_topic):
            post = Post(
                topic=topic,
                poster=posters[(t_index + p_index) % len(posters)],
                subject=topic.subject if p_index == 0 else f"Re: {topic.subject}",
                approved=True,
                content="Een bericht uit de proefdata, met **wat** opmaak.",
            )
            post._content_rendered = rendered
            post_objs.append(post)
    # Skip machina's per-row Markdown rendering: every row gets the same, already rendered text.
    with mock.patch.object(
        MarkupTextField, "pre_save", lambda self, instance, add: getattr(instance, self.attname).raw
    ):
        post_objs = Post.objects.bulk_create(post_objs, batch_size=5000)
    # By primary-key range, not through a join: on a freshly filled PostgreSQL table without
    # statistics the join turns into a nested loop that takes minutes.
    Post.objects.filter(pk__gte=post_objs[0].pk, pk__lte=post_objs[-1].pk).update(created=now)
    for t_index, topic in enumerate(topic_objs):
        chunk = post_objs[t_index * posts_per_topic : (t_index + 1) * posts_per_topic]
        topic.first_post_id, topic.last_post_id = chunk[0].pk, chunk[-1].pk
    Topic.objects.bulk_update(topic_objs, ["first_post", "last_post"], batch_size=2000)
    last = topic_objs[-1]
    Forum.objects.filter(pk=forum.pk).update(
        direct_topics_count=Topic.objects.filter(forum=forum).count(),
        direct_posts_count=Post.objects.filter(topic__forum=forum).count(),
        last_post_id=last.last_post_id,
        last_post_on=last.last_post_on,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # fresh statistics, so the pages under test get sane plans
            cursor.execute("ANALYZE forum_conversation_topic")
            cursor.execute("ANALYZE forum_conversation_post")
    return topic_objs
