"""Writes around machina: holding posts (through the safety core), the log of topic moderation,
subscriptions and reply notifications."""

from django.db import transaction

from community.accounts.roles import is_moderator
from community.notifications.services import notification_send
from forum.machina_models import Post
from forum.models import ForumSubscription


def moderation_log(moderator, action, *, post=None, topic=None, target_user=None, note=""):
    """Write a forum moderation step to the core's log (community.moderation)."""
    from community.moderation.services import log
    from forum.moderation import POST, TOPIC

    if post is not None:
        kind, object_id = POST, post.pk
        target_user = target_user if target_user is not None else post.poster
    else:
        kind, object_id = TOPIC, topic.pk
        target_user = target_user if target_user is not None else topic.poster
    return log(moderator, action, kind=kind, object_id=object_id, target_user=target_user, note=note)


def post_hold_if_needed(post):
    """Called before a post is saved (new, or its text edited): clear its approved flag when it must
    wait for a moderator (the core decides: word list, new member, measures)."""
    from community.moderation.services import hold_reason
    from forum.moderation import post_text

    if not post.approved or getattr(post, "_wijkplein_skip_hold", False):
        return None
    if post.pk is not None:
        editor = getattr(post, "updated_by", None)
        if editor is not None and editor.pk != post.poster_id and is_moderator(editor):
            return None  # a moderator's edit (removing a phone number, say) is not held
        before = Post.objects.filter(pk=post.pk).values_list("subject", "content", "approved").first()
        if before is None or not before[2]:
            return None
        if (before[0], before[1]) == (post.subject, getattr(post.content, "raw", post.content)):
            return None  # not an edit of the text (a tracker update, a move)
    reason = hold_reason(post.poster, post_text(post))
    if reason:
        post.approved = False
        post._wijkplein_hold_reason = reason
    return reason


def post_held(post):
    """After a held post is saved: queue it for the moderators (who are alerted)."""
    from community.moderation.services import hold
    from forum.moderation import POST

    return hold(POST, post.pk, author=post.poster, reason=post._wijkplein_hold_reason)


def post_hide(post, moderator, note=""):
    """A moderator hides a post (reversible): through the safety core, which logs it and tells the author."""
    from community.moderation.services import content_hide
    from forum.moderation import POST

    content_hide(POST, post.pk, moderator, note)
    post.refresh_from_db()
    return post


def post_approve(post, moderator, note=""):
    """Approve a held post (machina's queue): the core closes its queue item and tells the author."""
    from community.moderation.services import content_restore
    from forum.moderation import POST

    content_restore(POST, post.pk, moderator, note)
    post.refresh_from_db()
    return post


def topic_subscribe(topic, user):
    topic.subscribers.add(user)


def forum_subscribe(forum, user):
    ForumSubscription.objects.get_or_create(forum=forum, user=user)


def forum_unsubscribe(forum, user):
    ForumSubscription.objects.filter(forum=forum, user=user).delete()


def post_notifications_enqueue(post_id):
    """Hand the reply notifications to a background task; the request does not wait for them."""
    from forum.tasks import post_notifications_send

    post_notifications_send.enqueue(post_id)


def post_published(post):
    """A visible post was added: auto-subscribe its author and notify followers (after commit)."""
    if post.poster_id:
        post.topic.subscribers.add(post.poster_id)
    if getattr(post, "_wijkplein_quiet", False):
        return
    transaction.on_commit(lambda: post_notifications_enqueue(post.pk))


def post_notifications_deliver(post):
    """Notify topic subscribers (for replies) or forum followers (for new topics), never the author.

    The website line names who wrote and the topic; replies to one topic are grouped while unread,
    so the link stays at the first reply the member has not read. A held or hidden post (or a post
    in a held or hidden topic) notifies nobody: it is for its poster and the moderators only.
    """
    from django.urls import reverse

    topic = post.topic
    if not (post.approved and topic.approved):
        return 0
    url = (
        reverse(
            "forum_conversation:topic",
            kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
        )
        + f"?post={post.pk}#{post.pk}"
    )
    from forum.selectors import users_who_can_read

    if post.is_topic_head:
        kind, group = "forum.new_topic", ""
        recipients = [s.user for s in ForumSubscription.objects.filter(forum=topic.forum).select_related("user")]
    else:
        kind, group = "forum.reply", f"forum-topic-{topic.pk}"
        recipients = list(topic.subscribers.all())
    recipients = users_who_can_read(topic.forum, [u for u in recipients if u.pk != post.poster_id and u.is_active])
    for user in recipients:
        notification_send(user, kind, url, actor=post.poster, subject=topic.subject, group=group)
    return len(recipients)


def topic_lock_recorded(topic, moderator, locked=True):
    from community.moderation.models import LogEntry

    return moderation_log(moderator, LogEntry.Action.LOCK if locked else LogEntry.Action.UNLOCK, topic=topic)


def topic_move_recorded(topic, moderator, old_forum):
    from community.moderation.models import LogEntry

    return moderation_log(moderator, LogEntry.Action.MOVE, topic=topic, note=f"{old_forum.name} → {topic.forum.name}")
