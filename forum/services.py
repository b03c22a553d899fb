"""Writes around machina: holding posts, reports and their handling, the moderation log, subscriptions."""

import re

from django.db import transaction
from django.utils import timezone

from community.accounts.roles import is_moderator
from community.notifications.services import notification_send
from forum import app_settings
from forum.machina_models import Post
from forum.models import ForumSubscription, ModerationAction, PostReport


def moderation_action_record(moderator, kind, *, post=None, topic=None, target_user=None, note=""):
    """Log one moderator action; called by every moderation path, so the log is complete."""
    if post is not None and topic is None:
        topic = post.topic
    if target_user is None and post is not None:
        target_user = post.poster
    return ModerationAction.objects.create(
        moderator=moderator if getattr(moderator, "pk", None) else None,
        kind=kind,
        post_id=post.pk if post is not None else None,
        topic_id=topic.pk if topic is not None else None,
        target_user=target_user,
        note=note,
    )


def held_word_found(text):
    words = app_settings.HELD_WORDS
    if not words or not text:
        return None
    lowered = text.lower()
    for word in words:
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", lowered):
            return word
    return None


def post_hold_reason(post):
    """Why a new post must wait for a moderator (or None): a new account, or a word on the list."""
    user = post.poster
    if user is None or is_moderator(user):
        return None
    word = held_word_found(f"{post.subject}\n{post.content.raw if hasattr(post.content, 'raw') else post.content}")
    if word:
        return f"held word: {word}"
    threshold = app_settings.NEW_MEMBER_HELD_POSTS
    if threshold and Post.objects.filter(poster=user).exclude(pk=post.pk).count() < threshold:
        return "new member"
    return None


def post_hold_if_needed(post):
    """Called for a new post before it is saved: clear its approved flag when it must wait."""
    if not post.approved or getattr(post, "_wijkplein_skip_hold", False):
        return None
    reason = post_hold_reason(post)
    if reason:
        post.approved = False
        post._wijkplein_hold_reason = reason
    return reason


@transaction.atomic
def post_report_create(post, reporter, reason, explanation=""):
    """A member reports a post; one open report per member and post is enough."""
    report, created = PostReport.objects.get_or_create(
        post=post,
        reporter=reporter,
        status=PostReport.Status.OPEN,
        defaults={"reason": reason, "explanation": explanation},
    )
    if not created:
        report.reason, report.explanation = reason, explanation
        report.save(update_fields=["reason", "explanation"])
    return report


def _reports_close(post, moderator, status):
    PostReport.objects.filter(post=post, status=PostReport.Status.OPEN).update(
        status=status, handled_by=moderator, handled_at=timezone.now()
    )


@transaction.atomic
def post_hide(post, moderator, note=""):
    """Hide a post: only moderators still see it (machina leaves unapproved posts out of topics)."""
    post.approved = False
    post.save()
    _reports_close(post, moderator, PostReport.Status.HIDDEN)
    return moderation_action_record(moderator, ModerationAction.Kind.HIDE, post=post, note=note)


@transaction.atomic
def post_approve(post, moderator, note=""):
    """Approve a held or reported post: it is (again) visible to everybody who can read the forum."""
    was_held = not post.approved
    if was_held:
        post.approved = True
        post.save()
    _reports_close(post, moderator, PostReport.Status.APPROVED)
    action = moderation_action_record(moderator, ModerationAction.Kind.APPROVE, post=post, note=note)
    if was_held:
        transaction.on_commit(lambda: post_notifications_enqueue(post.pk))
    return action


@transaction.atomic
def post_author_warn(post, moderator, note=""):
    """Warn the author; they get a notification with a link to the forum rules, never the content."""
    _reports_close(post, moderator, PostReport.Status.WARNED)
    action = moderation_action_record(moderator, ModerationAction.Kind.WARN, post=post, note=note)
    if post.poster is not None:
        from django.urls import reverse

        notification_send(post.poster, "forum.moderation", reverse("peer_forum:rules"))
    return action


REPORT_ACTIONS = {"hide": post_hide, "approve": post_approve, "warn": post_author_warn}


def report_resolve(report, moderator, action, note=""):
    """Handle a report from the queue: hide the post, approve it, or warn its author."""
    if not is_moderator(moderator):
        raise PermissionError("Only moderators handle reports")
    try:
        handler = REPORT_ACTIONS[action]
    except KeyError:
        raise ValueError(f"Unknown report action {action!r}") from None
    return handler(report.post, moderator, note)


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
    return moderation_action_record(
        moderator, ModerationAction.Kind.LOCK if locked else ModerationAction.Kind.UNLOCK, topic=topic
    )


def topic_move_recorded(topic, moderator, old_forum):
    return moderation_action_record(
        moderator, ModerationAction.Kind.MOVE, topic=topic, note=f"{old_forum.name} → {topic.forum.name}"
    )
