"""Move the forum's reports and moderation log into the safety core, losing nothing.

- every forum ModerationAction becomes a LogEntry (same moderator, member, note and time);
- open reports about one post become one pending queue item (urgent when someone may be in danger)
  with one Report per reporter; handled reports become handled items with the same outcome;
- posts still held (unapproved, last logged step a hold) become pending held items.
"""

from datetime import timedelta

from django.db import migrations

STATUS = {"hidden": "hidden", "approved": "approved", "warned": "warned"}


def _place(post):
    if post is None:
        return {"place": "", "place_label": ""}
    forum = post.topic.forum
    return {"place": f"forum:{forum.pk}", "place_label": forum.name[:200], "author_id": post.poster_id}


def forward(apps, schema_editor):
    PostReport = apps.get_model("peer_forum", "PostReport")
    ModerationAction = apps.get_model("peer_forum", "ModerationAction")
    Post = apps.get_model("forum_conversation", "Post")
    QueueItem = apps.get_model("moderation", "QueueItem")
    Report = apps.get_model("moderation", "Report")
    LogEntry = apps.get_model("moderation", "LogEntry")

    for action in ModerationAction.objects.order_by("pk").iterator():
        kind, object_id = ("forum.post", action.post_id) if action.post_id else ("forum.topic", action.topic_id)
        LogEntry.objects.create(
            moderator_id=action.moderator_id,
            action=action.kind,
            content_kind=kind if object_id else "",
            object_id=str(object_id) if object_id else "",
            target_user_id=action.target_user_id,
            note=action.note,
            created_at=action.created_at,
        )

    posts = {post.pk: post for post in Post.objects.select_related("topic__forum")}
    groups = {}
    for report in PostReport.objects.order_by("created_at", "pk"):
        key = (report.post_id, report.status, report.handled_at if report.status != "open" else None)
        groups.setdefault(key, []).append(report)
    for (post_id, status, handled_at), reports in groups.items():
        first = reports[0]
        urgent = any(r.reason == "unsafe" for r in reports)
        due = first.created_at + (timedelta(minutes=30) if urgent else timedelta(hours=24))
        item = QueueItem.objects.create(
            content_kind="forum.post",
            object_id=str(post_id),
            urgent=urgent,
            status="pending" if status == "open" else STATUS.get(status, "approved"),
            created_at=first.created_at,
            due_at=due,
            handled_by_id=first.handled_by_id,
            handled_at=handled_at,
            **_place(posts.get(post_id)),
        )
        seen = set()
        for report in reports:
            # One report per member and item; reports of erased members (no reporter) all stay.
            if report.reporter_id is not None and report.reporter_id in seen:
                continue
            seen.add(report.reporter_id)
            Report.objects.create(
                item=item,
                reporter_id=report.reporter_id,
                reason=report.reason,
                explanation=report.explanation,
                created_at=report.created_at,
            )

    last_step = {}
    for action in ModerationAction.objects.filter(post_id__isnull=False).order_by("created_at", "pk"):
        last_step[action.post_id] = action
    for post_id, action in last_step.items():
        post = posts.get(post_id)
        if action.kind != "hold" or post is None or post.approved:
            continue
        item = QueueItem.objects.filter(content_kind="forum.post", object_id=str(post_id), status="pending").first()
        if item is None:
            item = QueueItem.objects.create(
                content_kind="forum.post",
                object_id=str(post_id),
                created_at=action.created_at,
                due_at=action.created_at + timedelta(hours=24),
                **_place(post),
            )
        item.held, item.hold_reason = True, action.note[:200]
        item.save(update_fields=["held", "hold_reason"])


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("peer_forum", "0003_private_attachments"),
        ("forum_conversation", "0013_auto_20201220_1745"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
