"""Forum test data: forums with Wijkplein's permission sets, topics and posts (machina's models)."""

from django.contrib.auth.models import Group

from community.accounts.roles import MODERATORS_GROUP
from forum import permissions
from forum.machina_models import Forum, Post, Topic
from forum.spaces import private_space_create


def forum_create(name="Slapen", parent=None, public=True, category=False):
    forum = Forum.objects.create(name=name, parent=parent, type=Forum.FORUM_CAT if category else Forum.FORUM_POST)
    if public:
        permissions.public_forum_open(forum)
    return forum


def topic_create(forum, poster, subject="Een vraag", content="Hoe doen jullie dit?", replies=(), approved=True):
    """A topic with its first post and optional (poster, content) replies, held-post rules skipped."""
    topic = Topic.objects.create(
        forum=forum, poster=poster, subject=subject, type=Topic.TOPIC_POST, status=Topic.TOPIC_UNLOCKED
    )
    post_add(topic, poster, content, subject=subject, approved=approved)
    for reply_poster, reply_content in replies:
        post_add(topic, reply_poster, reply_content)
    topic.refresh_from_db()
    return topic


def post_add(topic, poster, content, subject=None, approved=True):
    post = Post(
        topic=topic, poster=poster, subject=subject or f"Re: {topic.subject}", content=content, approved=approved
    )
    post._wijkplein_skip_hold = True
    post.save()
    if not approved:
        # Held for pre-moderation, as the safety core does: the post waits in the queue.
        from community.moderation.services import hold

        hold("forum.post", post.pk, author=poster, reason="test")
    return post


def moderators_group():
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    permissions.moderators_grant()
    return group


class ForumWorld:
    """A public forum and a private group forum, members in and out of the group, and a moderator."""

    def __init__(self, user_factory):
        self.author = user_factory(pseudonym="Lindeboom")
        self.other = user_factory(pseudonym="Kastanje")
        self.outsider = user_factory(pseudonym="Buitenstaander")
        self.moderator = user_factory(pseudonym="Moderator Mila")
        self.moderator.groups.add(moderators_group())
        self.category = forum_create("Onderwerpen", category=True)
        self.public = forum_create("Slapen", parent=self.category)
        self.private_url = private_space_create("Praatgroep Oost", members=[self.author, self.other])
        self.private = Forum.objects.get(name="Praatgroep Oost")
        self.topic = topic_create(
            self.public,
            self.author,
            "Peuter slaapt slecht",
            "Onze peuter wil niet slapen.",
            replies=[(self.other, "Herkenbaar! Probeer een vast ritueel.")],
        )
        self.private_topic = topic_create(
            self.private,
            self.author,
            "Geheim groepsonderwerp",
            "Alleen voor de praatgroep: zeldzaamwoord.",
            replies=[(self.other, "Fijn dat we dit hier kunnen delen.")],
        )
