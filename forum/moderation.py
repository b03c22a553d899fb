"""The forum's part of the safety core: its posts and topics as moderation content kinds.

A report on a topic is a report on its first post; "forum.topic" exists for the log (lock, move,
delete) and for hiding a whole topic.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from community.moderation.kinds import Content, ContentKind, int_ids
from forum.machina_models import Post, Topic
from forum.selectors import can_read_forum, may_see_held_posts

POST = "forum.post"
TOPIC = "forum.topic"


def post_url(post):
    from forum.links import topic_url

    return f"{topic_url(post.topic)}?post={post.pk}#{post.pk}"


def post_text(post):
    raw = getattr(post.content, "raw", post.content) or ""
    return f"{post.subject}\n{raw}"


class ForumPostKind(ContentKind):
    key = POST
    label = _("Forum post")

    def _content(self, post):
        topic = post.topic
        rendered = getattr(post.content, "rendered", None) or getattr(post.content, "raw", "") or ""
        return Content(
            kind=self.key,
            object_id=str(post.pk),
            title=topic.subject,
            excerpt=Truncator(strip_tags(rendered)).chars(300),
            url=post_url(post),
            author=post.poster,
            place=f"forum:{topic.forum_id}",
            place_label=topic.forum.name,
            hidden=not (post.approved and topic.approved),
        )

    def load(self, object_ids):
        posts = Post.objects.select_related("topic__forum", "poster").filter(pk__in=int_ids(object_ids))
        return {str(post.pk): self._content(post) for post in posts}

    def visible_to(self, user, object_id):
        post = Post.objects.select_related("topic__forum", "poster").filter(pk__in=int_ids([object_id])).first()
        if post is None or not can_read_forum(post.topic.forum, user):
            return None
        if may_see_held_posts(post.topic.forum, user):
            return self._content(post)
        # Everyone else: only when the post and its topic are shown, or each held level is their own
        # (the same rule as the forum's gate, forum/middleware.py).
        user_pk = getattr(user, "pk", None)
        if (not post.approved and post.poster_id != user_pk) or (
            not post.topic.approved and post.topic.poster_id != user_pk
        ):
            return None
        return self._content(post)

    def _set(self, object_id, approved):
        post = Post.objects.select_related("topic").filter(pk__in=int_ids([object_id])).first()
        if post is not None and post.approved != approved:
            post.approved = approved
            post._wijkplein_skip_hold = True
            post.save()
        return post

    def hide(self, object_id):
        return self._set(object_id, False)

    def restore(self, object_id):
        return self._set(object_id, True)

    def published(self, object_id):
        from forum.services import post_published

        post = Post.objects.select_related("topic").filter(pk__in=int_ids([object_id]), approved=True).first()
        # An edit that was held had been announced before: only a first publication tells followers.
        if post is not None and not post.updates_count:
            post_published(post)

    def may_moderate(self, user, content):
        from community.accounts.roles import is_moderator

        if is_moderator(user):
            return True
        post = Post.objects.select_related("topic__forum").filter(pk__in=int_ids([content.object_id])).first()
        return post is not None and may_see_held_posts(post.topic.forum, user)

    def approved_count(self, user):
        return Post.objects.filter(poster=user, approved=True).count()


class ForumTopicKind(ContentKind):
    """A whole topic: hiding it hides its first post (machina keeps the two in step)."""

    key = TOPIC
    label = _("Forum topic")

    def load(self, object_ids):
        topics = Topic.objects.select_related("forum", "poster", "first_post").filter(pk__in=int_ids(object_ids))
        found = {}
        for topic in topics:
            from forum.links import topic_url

            found[str(topic.pk)] = Content(
                kind=self.key,
                object_id=str(topic.pk),
                title=topic.subject,
                excerpt="",
                url=topic_url(topic),
                author=topic.poster,
                place=f"forum:{topic.forum_id}",
                place_label=topic.forum.name,
                hidden=not topic.approved,
            )
        return found

    def visible_to(self, user, object_id):
        topic = Topic.objects.select_related("first_post").filter(pk__in=int_ids([object_id])).first()
        if topic is None or topic.first_post_id is None:
            return None
        return ForumPostKind().visible_to(user, topic.first_post_id) and self.get(object_id)

    def hide(self, object_id):
        topic = Topic.objects.filter(pk__in=int_ids([object_id])).first()
        return ForumPostKind().hide(topic.first_post_id) if topic and topic.first_post_id else None

    def restore(self, object_id):
        topic = Topic.objects.filter(pk__in=int_ids([object_id])).first()
        return ForumPostKind().restore(topic.first_post_id) if topic and topic.first_post_id else None
