"""The forum's reports and moderation log move into the safety core without losing anything."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("moderation", "0001_initial"), ("peer_forum", "0003_private_attachments")]
AFTER = [("moderation", "0002_from_forum"), ("peer_forum", "0004_reports_moved_to_moderation")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_reports_log_and_held_posts_are_moved(user_factory):
    author, reporter, second, moderator = (
        user_factory(pseudonym=name) for name in ("Auteur", "Melder", "Tweede", "Mod")
    )
    old = _migrate(BEFORE)
    try:
        Forum = old.get_model("forum", "Forum")
        Topic = old.get_model("forum_conversation", "Topic")
        Post = old.get_model("forum_conversation", "Post")
        PostReport = old.get_model("peer_forum", "PostReport")
        ModerationAction = old.get_model("peer_forum", "ModerationAction")
        forum = Forum.objects.create(name="Slapen", slug="slapen", type=0, lft=1, rght=2, tree_id=1, level=0)
        topic = Topic.objects.create(
            forum=forum, poster_id=author.pk, subject="Onderwerp", slug="onderwerp", type=0, status=0
        )
        reported = Post.objects.create(
            topic=topic, poster_id=author.pk, subject="Onderwerp", content="Bericht", approved=True
        )
        held = Post.objects.create(topic=topic, poster_id=author.pk, subject="Re", content="Wacht", approved=False)
        earlier = timezone.now() - timedelta(days=2)
        PostReport.objects.create(
            post=reported, reporter_id=reporter.pk, reason="unsafe", explanation="Zorg", status="open"
        )
        PostReport.objects.create(post=reported, reporter_id=second.pk, reason="spam", status="open")
        handled = PostReport.objects.create(
            post=reported,
            reporter_id=second.pk,
            reason="hurtful",
            status="hidden",
            handled_by_id=moderator.pk,
            handled_at=earlier,
        )
        PostReport.objects.filter(pk=handled.pk).update(created_at=earlier)
        ModerationAction.objects.create(
            kind="hold", post_id=held.pk, topic_id=topic.pk, target_user_id=author.pk, note="new member"
        )
        ModerationAction.objects.create(
            kind="lock", topic_id=topic.pk, moderator_id=moderator.pk, target_user_id=author.pk, note="rust"
        )
    finally:
        new = _migrate(AFTER)
    QueueItem = new.get_model("moderation", "QueueItem")
    LogEntry = new.get_model("moderation", "LogEntry")
    pending = QueueItem.objects.get(object_id=str(reported.pk), status="pending")
    assert pending.urgent and pending.author_id == author.pk and pending.place_label == "Slapen"
    assert sorted(pending.reports.values_list("reason", flat=True)) == ["spam", "unsafe"]
    assert pending.reports.get(reason="unsafe").explanation == "Zorg"
    old_item = QueueItem.objects.get(object_id=str(reported.pk), status="hidden")
    assert old_item.handled_by_id == moderator.pk and old_item.reports.get().reporter_id == second.pk
    held_item = QueueItem.objects.get(object_id=str(held.pk))
    assert held_item.held and held_item.status == "pending" and held_item.hold_reason == "new member"
    assert LogEntry.objects.count() == 2
    lock = LogEntry.objects.get(action="lock")
    assert (lock.content_kind, lock.object_id, lock.moderator_id, lock.note) == (
        "forum.topic",
        str(topic.pk),
        moderator.pk,
        "rust",
    )
    assert LogEntry.objects.get(action="hold").content_kind == "forum.post"
    # Back to the latest state for the tests after this one.
    _migrate(_latest())


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
