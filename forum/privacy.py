"""The forum's part of "download my data" and "delete my account".

machina's `Topic.poster` and `Post.poster` cascade: deleting a user would take every topic they
started, with everybody's replies in it. So the erase never deletes a post. It anonymises: the
poster becomes None and machina's anonymous `username` a neutral name ("former member", stored in
the site's default language), with a random `anonymous_key` per post (machina's models need one of
the two; a random key per post links neither the posts to each other nor to anyone). With
`remove_texts` the member's texts are replaced too ("message removed"), their attachments are
deleted and the subjects of the topics they started become "subject removed", everywhere machina
copied them ("Re: …"). The member's poll votes stay (the counts are everybody's), without a voter.
Subscriptions, read marks and the forum profile go. The search index follows at once.
"""

import uuid

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext, gettext_noop
from machina.core.db.models import get_model

from forum.machina_models import Attachment, ForumReadTrack, Post, Topic, TopicReadTrack
from forum.models import ForumSubscription

ERASED_NAME = gettext_noop("former member")
REMOVED_TEXT = gettext_noop("message removed")
REMOVED_SUBJECT = gettext_noop("subject removed")


def stored_text(message):
    """`message` in the site's default language (Dutch): for text written into the database."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(message)


def _when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def _raw(markup):
    return getattr(markup, "raw", markup) or ""


def _models():
    return (
        get_model("forum_member", "ForumProfile"),
        get_model("forum_polls", "TopicPoll"),
        get_model("forum_polls", "TopicPollVote"),
    )


# --- Export -----------------------------------------------------------------------------------------


def forum_export(user):
    """(data, files): everything the forum holds about `user`, and their own attachments.

    Only what the member wrote or did: never another member's text or name.
    """
    ForumProfile, TopicPoll, TopicPollVote = _models()
    posts = list(
        Post.objects.filter(poster=user)
        .select_related("topic__forum")
        .prefetch_related("attachments")
        .order_by("created", "pk")
    )
    files = []
    post_rows = []
    for post in posts:
        attachments = list(post.attachments.all())
        for attachment in attachments:
            files.append((f"{attachment.pk}-{attachment.filename}", attachment.file))
        post_rows.append(
            {
                "forum": post.topic.forum.name,
                "topic": post.topic.subject,
                "subject": post.subject,
                "content": _raw(post.content),
                "created_at": _when(post.created),
                "updated_at": _when(post.updated),
                "approved": post.approved,
                "starts_topic": post.topic.first_post_id == post.pk,
                "attachments": [f"{a.pk}-{a.filename}" for a in attachments],
            }
        )
    topics = Topic.objects.filter(poster=user).select_related("forum").order_by("created", "pk")
    polls = {poll.topic_id: poll for poll in TopicPoll.objects.filter(topic__poster=user).prefetch_related("options")}
    topic_rows = []
    for topic in topics:
        poll = polls.get(topic.pk)
        topic_rows.append(
            {
                "forum": topic.forum.name,
                "subject": topic.subject,
                "created_at": _when(topic.created),
                "approved": topic.approved,
                "poll": None
                if poll is None
                else {"question": poll.question, "options": [option.text for option in poll.options.all()]},
            }
        )
    votes = TopicPollVote.objects.filter(voter=user).select_related("poll_option__poll__topic").order_by("pk")
    profile = ForumProfile.objects.filter(user=user).first()
    data = {
        "posts": post_rows,
        "topics_started": topic_rows,
        "poll_votes": [
            {
                "topic": vote.poll_option.poll.topic.subject,
                "question": vote.poll_option.poll.question,
                "option": vote.poll_option.text,
                "voted_at": _when(vote.timestamp),
            }
            for vote in votes
        ],
        "followed_topics": list(user.topic_subscriptions.order_by("pk").values_list("subject", flat=True)),
        "followed_forums": [
            {"forum": subscription.forum.name, "since": _when(subscription.created_at)}
            for subscription in ForumSubscription.objects.filter(user=user).select_related("forum").order_by("pk")
        ],
        "forum_profile": None
        if profile is None
        else {"signature": _raw(profile.signature), "posts_count": profile.posts_count},
        "read_marks": {
            "forums": [
                {"forum": track.forum.name, "read_at": _when(track.mark_time)}
                for track in ForumReadTrack.objects.filter(user=user).select_related("forum").order_by("pk")
            ],
            "topics": [
                {"topic": track.topic.subject, "read_at": _when(track.mark_time)}
                for track in TopicReadTrack.objects.filter(user=user).select_related("topic").order_by("pk")
            ],
        },
    }
    return data, files


# --- Erase ------------------------------------------------------------------------------------------


def _render(post):
    """machina's cached HTML of the post (`_content_rendered`), as its own pre_save would make it."""
    Post._meta.get_field("content").render_data(None, Post, instance=post)


def _subjects_remove(user, posts):
    """The subjects `user` typed go: the topics they started become "subject removed", with machina's
    copies of that subject in the other replies ("Re: <subject>"; a subject somebody else typed
    stays), and each of the member's own replies gets the plain "Re: <topic>". Returns the new
    subjects of `posts` by post id (the caller saves them)."""
    from machina.conf import settings as machina_settings

    prefix = machina_settings.TOPIC_ANSWER_SUBJECT_PREFIX
    removed = stored_text(REMOVED_SUBJECT)
    started = Topic.objects.filter(Q(poster=user) | Q(first_post__poster=user)).distinct()
    slug = slugify(removed, allow_unicode=True) or "topic"  # as machina's Topic.save makes it
    for topic in started.only("pk", "subject", "slug"):
        old, old_slug = topic.subject, topic.slug
        Topic.objects.filter(pk=topic.pk).update(subject=removed, slug=slug)
        copies = Post.objects.filter(topic=topic).exclude(poster=user)
        copies.filter(subject=old).update(subject=removed)
        copies.filter(subject__in=[f"{prefix} {old}", f"{prefix}{old}"]).update(subject=f"{prefix} {removed}")
        _notifications_rename(topic.pk, old, old_slug, removed, slug)
    current = dict(Topic.objects.filter(pk__in={post.topic_id for post in posts}).values_list("pk", "subject"))
    heads = set(Topic.objects.filter(first_post__in=posts).values_list("first_post_id", flat=True))
    return {
        post.pk: current[post.topic_id] if post.pk in heads else f"{prefix} {current[post.topic_id]}" for post in posts
    }


def _notifications_rename(topic_pk, old, old_slug, new, new_slug):
    """Other members' forum notifications about the topic name it ("… replied to “<subject>”") and
    carry its slug in their link: both follow the new subject."""
    from django.db.models import Value
    from django.db.models.functions import Replace

    from community.notifications.models import Notification

    path, new_path = f"/topic/{old_slug}-{topic_pk}/", f"/topic/{new_slug}-{topic_pk}/"
    about = Notification.objects.filter(kind__startswith="forum.", target_url__contains=path)
    about.filter(subject=old[:200]).update(subject=new[:200])
    about.update(
        target_url=Replace("target_url", Value(path), Value(new_path)),
        group=Replace("group", Value(path), Value(new_path)),
    )


def _attachments_delete(posts):
    """Delete the attachments of `posts`; their files go once the erase is committed."""
    attachments = list(Attachment.objects.filter(post__in=posts))
    files = [(attachment.file.storage, attachment.file.name) for attachment in attachments if attachment.file]
    Attachment.objects.filter(pk__in=[attachment.pk for attachment in attachments]).delete()

    def files_delete():
        for storage, name in files:
            storage.delete(name)

    transaction.on_commit(files_delete)
    return len(attachments)


@transaction.atomic
def forum_erase(user, remove_texts=False):
    """Anonymise `user`'s posts and topics (see the module docstring); returns [(key, description, count)]."""
    from forum.search import posts_reindex, topic_reindex

    ForumProfile, _TopicPoll, TopicPollVote = _models()
    name = stored_text(ERASED_NAME)
    posts = list(Post.objects.filter(poster=user).order_by("pk"))
    topic_ids = {post.topic_id for post in posts} | set(Topic.objects.filter(poster=user).values_list("pk", flat=True))

    attachments = 0
    if remove_texts:
        attachments = _attachments_delete(posts)
        subjects = _subjects_remove(user, posts)
        removed_text = stored_text(REMOVED_TEXT)
    for post in posts:
        post.poster = None
        post.username = name
        post.anonymous_key = uuid.uuid4().hex
        if remove_texts:
            post.subject = subjects[post.pk]
            post.content = removed_text
            post.update_reason = None
            _render(post)
    fields = ["poster", "username", "anonymous_key"]
    if remove_texts:
        fields += ["subject", "content", "_content_rendered", "update_reason"]
    # bulk_update: no signals, so neither the hold check nor `updated` (the posts were not edited).
    Post.objects.bulk_update(posts, fields, batch_size=500)
    topics = Topic.objects.filter(poster=user).update(poster=None)
    Post.objects.filter(updated_by=user).update(updated_by=None)

    votes = list(TopicPollVote.objects.filter(voter=user))
    for vote in votes:
        vote.voter = None
        vote.anonymous_key = uuid.uuid4().hex
    TopicPollVote.objects.bulk_update(votes, ["voter", "anonymous_key"], batch_size=500)

    Subscription = Topic.subscribers.through
    subscriptions = Subscription.objects.filter(user=user).delete()[0]
    subscriptions += ForumSubscription.objects.filter(user=user).delete()[0]
    read_marks = ForumReadTrack.objects.filter(user=user).delete()[0]
    read_marks += TopicReadTrack.objects.filter(user=user).delete()[0]
    profiles = ForumProfile.objects.filter(user=user).delete()[0]

    # The search index holds the poster's name and the text: bring it in line now (within the
    # transaction, so the index never knows more than the database). Only what changed: the
    # member's own posts and, when their subjects went, every post of the topics they started
    # (other people's "Re: …" follow the topic's subject); never a long topic for one reply.
    renamed = (
        set(Topic.objects.filter(pk__in=topic_ids, subject=stored_text(REMOVED_SUBJECT)).values_list("pk", flat=True))
        if remove_texts
        else set()
    )
    for topic in Topic.objects.filter(pk__in=renamed).select_related("forum"):
        topic_reindex(topic)
    posts_reindex(
        Post.objects.filter(pk__in=[post.pk for post in posts])
        .exclude(topic_id__in=renamed)
        .select_related("topic__forum", "poster")
    )

    items = [
        (
            "forum.posts",
            gettext("Forum posts: anonymised, their texts replaced by “message removed”")
            if remove_texts
            else gettext("Forum posts: anonymised (they stay in the conversation as “former member”)"),
            len(posts),
        ),
        ("forum.topics", gettext("Forum topics you started: anonymised"), topics),
        ("forum.poll_votes", gettext("Votes in forum polls: anonymised"), len(votes)),
        ("forum.subscriptions", gettext("Followed forums and topics"), subscriptions),
        ("forum.read_marks", gettext("What you read in the forum"), read_marks),
        ("forum.profile", gettext("Forum profile"), profiles),
    ]
    if remove_texts:
        items.append(("forum.attachments", gettext("Attachments to your forum posts"), attachments))
    return items


# --- Retention --------------------------------------------------------------------------------------


def read_marks_older_than(moment):
    """Delete the read marks (machina's forum and topic tracks) last set before `moment`; returns how many."""
    return (
        ForumReadTrack.objects.filter(mark_time__lt=moment).delete()[0]
        + TopicReadTrack.objects.filter(mark_time__lt=moment).delete()[0]
    )
