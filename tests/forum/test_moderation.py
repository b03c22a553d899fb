"""Safety: reports and the queue, held posts for new accounts and watched words, locking and moving,
and the moderation log that records every moderator action."""

import pytest
from django.test import override_settings

from community.notifications.models import Notification
from forum import services
from forum.machina_models import Post, Topic
from forum.models import ModerationAction, PostReport
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


def test_report_button_on_every_post_and_report_lands_in_queue(client, world):
    client.force_login(world.author)
    page = client.get(topic_url(world.topic)).content.decode()
    reply = world.topic.last_post
    assert f"/forum/meld/{reply.pk}/" in page
    response = client.post(f"/forum/meld/{reply.pk}/", {"reason": "hurtful", "explanation": "Niet aardig"})
    assert response.status_code == 302
    report = PostReport.objects.get()
    assert (report.reporter, report.reason, report.status) == (world.author, "hurtful", "open")
    client.force_login(world.moderator)
    queue = client.get("/forum/moderatie/meldingen/").content.decode()
    assert "Kwetsend" in queue or "Hurtful" in queue


def test_report_without_reason_shows_error_and_keeps_text(client, world):
    client.force_login(world.author)
    reply = world.topic.last_post
    response = client.post(f"/forum/meld/{reply.pk}/", {"explanation": "Mijn uitleg blijft staan"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mijn uitleg blijft staan" in body
    assert "field__error" in body
    assert not PostReport.objects.exists()


@pytest.mark.parametrize(
    "action, status, approved", [("hide", "hidden", False), ("approve", "approved", True), ("warn", "warned", True)]
)
def test_moderator_handles_report_from_queue(client, world, action, status, approved):
    reply = world.topic.last_post
    report = services.post_report_create(reply, world.author, "spam")
    client.force_login(world.moderator)
    assert client.get(f"/forum/moderatie/meldingen/{report.pk}/").status_code == 200
    response = client.post(f"/forum/moderatie/meldingen/{report.pk}/", {"action": action, "note": "bekeken"})
    assert response.status_code == 302
    report.refresh_from_db()
    reply.refresh_from_db()
    assert report.status == status and report.handled_by == world.moderator
    assert reply.approved is approved
    logged = ModerationAction.objects.get(post_id=reply.pk, kind=action)
    assert logged.moderator == world.moderator and logged.note == "bekeken"
    if action == "warn":
        assert Notification.objects.filter(recipient=world.other, kind="forum.moderation").exists()


def test_member_cannot_handle_reports(client, world):
    report = services.post_report_create(world.topic.last_post, world.author, "spam")
    client.force_login(world.other)
    assert client.post(f"/forum/moderatie/meldingen/{report.pk}/", {"action": "hide"}).status_code == 403
    with pytest.raises(PermissionError):
        services.report_resolve(report, world.other, "hide")


def test_first_two_posts_of_a_new_account_wait_for_approval(client, world, user_factory):
    newcomer = user_factory(pseudonym="Nieuwkomer")
    client.force_login(newcomer)
    for n in range(2):
        response = _reply(client, world.topic, f"Mijn bericht nummer {n}")
        assert response.status_code == 302
    held = Post.objects.filter(poster=newcomer)
    assert [p.approved for p in held] == [False, False]
    assert ModerationAction.objects.filter(kind="hold", target_user=newcomer).count() == 2
    client.force_login(world.other)
    assert "Mijn bericht nummer 0" not in client.get(topic_url(world.topic)).content.decode()
    # The moderator approves one in machina's queue; it is logged and becomes visible.
    client.force_login(world.moderator)
    first = held.order_by("pk").first()
    assert client.get("/forum/moderation/queue/").status_code == 200
    assert client.post(f"/forum/moderation/queue/{first.pk}/approve/").status_code == 302
    first.refresh_from_db()
    assert first.approved
    assert ModerationAction.objects.filter(kind="approve", post_id=first.pk, moderator=world.moderator).exists()
    # The third post goes through at once.
    client.force_login(newcomer)
    _reply(client, world.topic, "Derde bericht")
    assert Post.objects.get(poster=newcomer, content="Derde bericht").approved


@override_settings(FORUM_HELD_WORDS=["wietplantage", "Bel me"])
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
    assert ModerationAction.objects.filter(kind="hold", note__contains="wietplantage").exists()


def test_moderator_disapproves_held_post_and_it_is_logged(client, world, user_factory):
    newcomer = user_factory(pseudonym="Nieuwkomer")
    client.force_login(newcomer)
    _reply(client, world.topic, "Wacht op goedkeuring")
    post = Post.objects.get(poster=newcomer)
    client.force_login(world.moderator)
    assert client.post(f"/forum/moderation/queue/{post.pk}/disapprove/").status_code == 302
    assert not Post.objects.filter(pk=post.pk).exists()
    assert ModerationAction.objects.filter(kind="delete", post_id=post.pk).exists()


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
    kinds = list(ModerationAction.objects.filter(topic_id=topic.pk).values_list("kind", flat=True))
    assert sorted(kinds) == ["lock", "move", "unlock"]
    log = client.get("/forum/moderatie/logboek/").content.decode()
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
    assert ModerationAction.objects.filter(kind="delete", topic_id=topic.pk, moderator=world.moderator).exists()
