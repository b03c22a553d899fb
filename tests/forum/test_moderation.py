"""The forum in the safety core: reports and the one queue, held posts for new accounts and watched
words, edits re-checked, locking and moving, and the log that records every moderator action."""

import pytest
from django.test import override_settings

from community.moderation import services
from community.moderation.models import LogEntry, QueueItem, Report
from community.notifications.models import Notification
from forum.machina_models import Post, Topic
from tests.factories.forum import forum_create, post_add, topic_create
from tests.forum.conftest import form_data, topic_url

pytestmark = pytest.mark.django_db


def _reply(client, topic, content, subject=None):
    url = topic_url(topic) + "post/create/"
    return client.post(url, form_data(subject=subject or f"Re: {topic.subject}", content=content))


def _experienced(user, forum, n=2):
    """Give `user` n earlier posts so the new-account hold no longer applies."""
    topic = topic_create(forum, user, "Oefenonderwerp", "eerste")
    for i in range(n - 1):
        post_add(topic, user, f"extra {i}")


def _log(**filters):
    return LogEntry.objects.filter(**filters)


def test_report_button_on_every_post_and_report_lands_in_queue(client, world):
    client.force_login(world.author)
    page = client.get(topic_url(world.topic)).content.decode()
    reply = world.topic.last_post
    assert f"/melden/forum.post/{reply.pk}/" in page
    form = client.get(f"/melden/forum.post/{reply.pk}/").content.decode()
    assert "---------" not in form and "checked" not in form  # no blank option, none chosen
    response = client.post(f"/melden/forum.post/{reply.pk}/", {"reason": "hurtful", "explanation": "Niet aardig"})
    assert response.status_code == 302
    report = Report.objects.select_related("item").get()
    assert (report.reporter, report.reason, report.item.status) == (world.author, "hurtful", "pending")
    assert report.item.author == world.other and report.item.place_label == world.public.name
    client.force_login(world.moderator)
    queue = client.get("/moderatie/").content.decode()
    assert "Kwetsend" in queue or "Hurtful" in queue


def test_report_without_reason_shows_error_and_keeps_text(client, world):
    client.force_login(world.author)
    reply = world.topic.last_post
    response = client.post(f"/melden/forum.post/{reply.pk}/", {"explanation": "Mijn uitleg blijft staan"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mijn uitleg blijft staan" in body
    assert "Kies wat er mis is" in body
    assert not Report.objects.exists()


def test_a_post_in_a_forum_the_member_cannot_read_cannot_be_reported(client, world):
    hidden = world.private_topic
    client.force_login(world.outsider)
    assert client.get(f"/melden/forum.post/{hidden.first_post_id}/").status_code == 404
    assert client.post(f"/melden/forum.post/{hidden.first_post_id}/", {"reason": "spam"}).status_code == 404
    assert client.get("/melden/forum.post/99999999/").status_code == 404
    assert client.get("/melden/forum.post/abc/").status_code == 404
    assert client.get("/melden/unknown.kind/1/").status_code == 404
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    "action, status, approved", [("hide", "hidden", False), ("approve", "approved", True), ("warn", "warned", True)]
)
def test_moderator_handles_report_from_queue(client, world, action, status, approved):
    reply = world.topic.last_post
    report = services.report_create("forum.post", reply.pk, world.author, "spam")
    item = report.item
    client.force_login(world.moderator)
    assert client.get(f"/moderatie/{item.pk}/").status_code == 200
    response = client.post(f"/moderatie/{item.pk}/", {"action": action, "note": "bekeken"})
    assert response.status_code == 302
    item.refresh_from_db()
    reply.refresh_from_db()
    assert item.status == status and item.handled_by == world.moderator
    assert reply.approved is approved
    logged = _log(content_kind="forum.post", object_id=str(reply.pk), action=action).get()
    assert logged.moderator == world.moderator and logged.note == "bekeken" and logged.target_user == world.other
    # The reporter hears that their report was looked at.
    assert Notification.objects.filter(recipient=world.author, kind="moderation.report_outcome").exists()
    if action == "warn":
        assert Notification.objects.filter(recipient=world.other, kind="moderation.warning").exists()
    if action == "hide":
        told = Notification.objects.get(recipient=world.other, kind="moderation.hidden")
        assert f"?post={reply.pk}" in told.target_url  # the author is told which post


def test_member_cannot_handle_reports(client, world):
    from django.core.exceptions import PermissionDenied

    report = services.report_create("forum.post", world.topic.last_post.pk, world.author, "spam")
    client.force_login(world.other)
    assert client.post(f"/moderatie/{report.item_id}/", {"action": "hide"}).status_code == 403
    assert client.get("/moderatie/").status_code == 403
    with pytest.raises(PermissionDenied):
        services.item_resolve(report.item, world.other, "hide")
    assert QueueItem.objects.get().status == "pending"


def test_first_two_posts_of_a_new_account_wait_for_approval(client, world, user_factory):
    newcomer = user_factory(pseudonym="Nieuwkomer")
    client.force_login(newcomer)
    for n in range(3):
        response = _reply(client, world.topic, f"Mijn bericht nummer {n}")
        assert response.status_code == 302
    held = Post.objects.filter(poster=newcomer).order_by("pk")
    # Only approved posts count: the third waits too while the first two wait.
    assert [p.approved for p in held] == [False, False, False]
    assert _log(action="hold", target_user=newcomer).count() == 3
    assert QueueItem.objects.pending().filter(held=True, author=newcomer).count() == 3
    client.force_login(world.other)
    assert "Mijn bericht nummer 0" not in client.get(topic_url(world.topic)).content.decode()
    # The moderator approves two in machina's queue; it is logged, visible and the author is told.
    client.force_login(world.moderator)
    assert client.get("/forum/moderation/queue/").status_code == 302  # one queue: the core's
    for post in held[:2]:
        assert client.post(f"/forum/moderation/queue/{post.pk}/approve/").status_code == 302
        post.refresh_from_db()
        assert post.approved
        assert _log(action="approve", object_id=str(post.pk), moderator=world.moderator).exists()
    assert Notification.objects.filter(recipient=newcomer, kind="moderation.approved").count() == 2
    # With two approved posts, the next one goes through at once.
    client.force_login(newcomer)
    _reply(client, world.topic, "Vierde bericht")
    assert Post.objects.get(poster=newcomer, content="Vierde bericht").approved


def test_an_edit_is_checked_again(client, world, user_factory):
    from django.test import override_settings as settings_override

    _experienced(world.other, world.public)
    post = post_add(world.topic, world.other, "Een gewoon bericht")
    client.force_login(world.other)
    url = topic_url(world.topic) + f"{post.pk}/post/update/"
    with settings_override(MODERATION_HELD_WORDS=["wietplantage"]):
        response = client.post(
            url, form_data(subject=f"Re: {world.topic.subject}", content="Tips voor een wietplantage")
        )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.approved is False
    assert QueueItem.objects.pending().filter(object_id=str(post.pk), held=True).exists()


@override_settings(MODERATION_HELD_WORDS=["wietplantage", "Bel me"])
def test_watched_words_hold_a_post_for_review(client, world):
    _experienced(world.other, world.public)
    client.force_login(world.other)
    _reply(client, world.topic, "Heeft iemand tips voor een wietplantage?")
    _reply(client, world.topic, "Gewoon een vraag", subject="BEL ME even")
    _reply(client, world.topic, "Niets aan de hand hier")
    posts = dict(Post.objects.filter(poster=world.other).values_list("content", "approved"))
    assert posts["Heeft iemand tips voor een wietplantage?"] is False
    assert posts["Gewoon een vraag"] is False
    assert posts["Niets aan de hand hier"] is True
    assert _log(action="hold", note__contains="wietplantage").exists()


def test_moderator_disapproves_held_post_it_stays_hidden_and_it_is_logged(client, world, user_factory):
    newcomer = user_factory(pseudonym="Nieuwkomer")
    client.force_login(newcomer)
    _reply(client, world.topic, "Wacht op goedkeuring")
    post = Post.objects.get(poster=newcomer)
    client.force_login(world.moderator)
    assert client.post(f"/forum/moderation/queue/{post.pk}/disapprove/").status_code == 302
    post.refresh_from_db()
    assert post.approved is False  # hidden, not deleted: reversible
    assert QueueItem.objects.get(object_id=str(post.pk)).status == "hidden"
    assert _log(action="hide", object_id=str(post.pk)).exists()
    assert Notification.objects.filter(recipient=newcomer, kind="moderation.hidden").exists()


def test_moderator_locks_unlocks_and_moves_topics_and_each_is_logged(client, world):
    other_forum = forum_create("Stress", parent=world.category)
    topic = world.topic
    client.force_login(world.moderator)
    assert client.post(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/lock/").status_code == 302
    topic.refresh_from_db()
    assert topic.is_locked
    assert client.post(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/unlock/").status_code == 302
    response = client.post(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/move/", {"forum": other_forum.pk})
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.forum == other_forum
    kinds = list(_log(content_kind="forum.topic", object_id=str(topic.pk)).values_list("action", flat=True))
    assert sorted(kinds) == ["lock", "move", "unlock"]
    log = client.get("/moderatie/logboek/").content.decode()
    assert "Slapen → Stress" in log


def test_member_cannot_lock_or_move(client, world):
    topic = world.topic
    client.force_login(world.author)
    assert client.post(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/lock/").status_code == 403
    assert (
        client.post(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/move/", {"forum": world.public.pk}).status_code
        == 403
    )
    assert not Topic.objects.get(pk=topic.pk).is_locked


def test_moderator_deleting_a_topic_is_logged(client, world):
    topic = world.topic
    client.force_login(world.moderator)
    assert client.post(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/delete/").status_code == 302
    assert not Topic.objects.filter(pk=topic.pk).exists()
    assert _log(action="delete", object_id=str(topic.pk), moderator=world.moderator).exists()
