"""Following topics and forums, reply notifications through the core service from a background
task, and unread markers."""

import pytest
from django.core import mail
from django.test import override_settings

from community.notifications.kinds import Delivery
from community.notifications.models import Notification
from community.notifications.services import preferences_update
from forum.machina_models import Post
from forum.models import ForumSubscription
from tests.forum.conftest import form_data, forum_url, topic_url

pytestmark = pytest.mark.django_db


def _reply(client, topic, content):
    return client.post(topic_url(topic) + "post/create/", form_data(subject=f"Re: {topic.subject}", content=content))


def test_kinds_are_registered_and_feature_links_to_forum():
    from community.navigation import features
    from community.notifications.kinds import kind_get

    assert kind_get("forum.reply") and kind_get("forum.new_topic") and kind_get("forum.moderation")
    assert {f.key: f.url for f in features()}["forum"] == "/forum/"


def test_reply_notifies_topic_subscribers_but_not_the_author(client, world, django_capture_on_commit_callbacks):
    # Starting or replying subscribed both demo authors automatically.
    assert set(world.topic.subscribers.all()) == {world.author, world.other}
    client.force_login(world.other)
    with django_capture_on_commit_callbacks(execute=True):
        assert _reply(client, world.topic, "Nog een tip: een nachtlampje.").status_code == 302
    notes = Notification.objects.filter(kind="forum.reply")
    assert [n.recipient for n in notes] == [world.author]
    post = Post.objects.get(content="Nog een tip: een nachtlampje.")
    assert notes[0].target_url.endswith(f"?post={post.pk}#{post.pk}")


def test_notifications_are_sent_by_a_background_task_not_in_the_request(
    client, world, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    client.force_login(world.other)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        with django_capture_on_commit_callbacks(execute=True):
            assert _reply(client, world.topic, "Via de taak").status_code == 302
        post = Post.objects.get(content="Via de taak")
        queued = [r for r in default_task_backend.results if r.task.name == "post_notifications_send"]
        assert [r.args for r in queued] == [[post.pk]]
    # Nothing was delivered in the request: the task has not run.
    assert not Notification.objects.filter(kind="forum.reply").exists()


def test_email_follows_members_choice_and_carries_no_content(client, world, django_capture_on_commit_callbacks):
    preferences_update(world.author, {"forum.reply": Delivery.IMMEDIATE})
    client.force_login(world.other)
    with django_capture_on_commit_callbacks(execute=True):
        _reply(client, world.topic, "Geheime inhoud van het antwoord")
    # The email task itself runs on commit too; run the nested callbacks.
    assert len(mail.outbox) == 1
    assert "Geheime inhoud" not in mail.outbox[0].body
    assert world.author.email in mail.outbox[0].to


def test_subscribe_and_unsubscribe_topic(client, world, user_factory):
    reader = user_factory(pseudonym="Lezer")
    client.force_login(reader)
    url = f"/forum/member/topic/{world.topic.pk}/subscribe/"
    assert client.post(url).status_code == 302
    assert reader in world.topic.subscribers.all()
    assert "Peuter slaapt slecht" in client.get("/forum/member/subscriptions/").content.decode()
    assert client.post(f"/forum/member/topic/{world.topic.pk}/unsubscribe/").status_code == 302
    assert reader not in world.topic.subscribers.all()


def test_follow_forum_notifies_about_new_topics(client, world, user_factory, django_capture_on_commit_callbacks):
    follower = user_factory(pseudonym="Volger")
    client.force_login(follower)
    assert client.post(f"/forum/volgen/{world.public.pk}/", {"follow": "1"}).status_code == 302
    assert ForumSubscription.objects.filter(user=follower, forum=world.public).exists()
    client.force_login(world.other)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            forum_url(world.public) + "topic/create/",
            form_data(subject="Nieuw onderwerp", content="Wie herkent dit?", topic_type="0"),
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Notification.objects.filter(recipient=follower, kind="forum.new_topic").count() == 1
    client.force_login(follower)
    client.post(f"/forum/volgen/{world.public.pk}/", {"follow": "0"})
    assert not ForumSubscription.objects.filter(user=follower).exists()


def test_private_forum_followers_outside_the_group_get_nothing(world, user_factory):
    from forum.services import forum_subscribe, post_notifications_deliver
    from tests.factories.forum import topic_create

    forum_subscribe(world.private, world.outsider)  # e.g. left the group later
    topic = topic_create(world.private, world.author, "Alleen groep", "Hallo groep")
    assert post_notifications_deliver(topic.first_post) == 0


def test_unread_markers(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.author)
    client.get(topic_url(world.topic))  # read it
    client.force_login(world.other)
    with django_capture_on_commit_callbacks(execute=True):
        _reply(client, world.topic, "Nieuw antwoord voor de ongelezen-markering")
    client.force_login(world.author)
    unread = client.get("/forum/tracking/unread-topics/").content.decode()
    assert "Peuter slaapt slecht" in unread
    listing = client.get(forum_url(world.public)).content.decode()
    assert "topic-row--unread" in listing
    assert "forum-row--unread" in client.get("/forum/").content.decode()
    client.get(topic_url(world.topic))
    assert "Peuter slaapt slecht" not in client.get("/forum/tracking/unread-topics/").content.decode()
