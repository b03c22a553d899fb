"""Following topics and forums, reply notifications through the core service from a background
task, and unread markers."""

import pytest
from django.core import mail
from django.test import override_settings

from community.notifications.kinds import Delivery
from community.notifications.models import Notification
from community.notifications.services import preferences_update
from forum.machina_models import Post, Topic
from forum.models import ForumSubscription
from tests.factories.forum import topic_create
from tests.forum.conftest import form_data, forum_url, topic_url

pytestmark = pytest.mark.django_db


def _reply(client, topic, content):
    return client.post(topic_url(topic) + "post/create/", form_data(subject=f"Re: {topic.subject}", content=content))


def test_kinds_are_registered_and_feature_links_to_forum():
    from community.navigation import features
    from community.notifications.kinds import kind_get

    assert kind_get("forum.reply") and kind_get("forum.new_topic") and kind_get("moderation.hidden")
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


def _english_text(notification):
    from django.utils import translation

    with translation.override("en"):
        return str(notification.text)


def test_reply_notification_names_who_replied_and_the_topic_on_the_website_only(
    client, world, django_capture_on_commit_callbacks
):
    preferences_update(world.author, {"forum.reply": Delivery.IMMEDIATE})
    client.force_login(world.other)
    with django_capture_on_commit_callbacks(execute=True):
        _reply(client, world.topic, "Een nachtlampje hielp bij ons.")
    note = Notification.objects.get(recipient=world.author, kind="forum.reply")
    assert (note.actor, note.subject, note.group) == (
        world.other,
        "Peuter slaapt slecht",
        f"forum-topic-{world.topic.pk}",
    )
    assert _english_text(note) == "Kastanje replied to “Peuter slaapt slecht”"
    client.force_login(world.author)
    html = client.get("/meldingen/").content.decode()
    assert "Kastanje" in html and "Peuter slaapt slecht" in html
    assert len(mail.outbox) == 1 and "Kastanje" not in mail.outbox[0].body
    assert "Peuter" not in mail.outbox[0].body and "Peuter" not in mail.outbox[0].subject


def test_replies_to_one_topic_are_grouped_and_link_to_the_first_unread_one(
    client, world, django_capture_on_commit_callbacks
):
    from community.notifications.services import notification_mark_read

    with django_capture_on_commit_callbacks(execute=True):
        for member, text in [(world.other, "Eerste nieuwe reactie"), (world.moderator, "Tweede nieuwe reactie")]:
            client.force_login(member)
            assert _reply(client, world.topic, text).status_code == 302
    first = Post.objects.get(content="Eerste nieuwe reactie")
    note = Notification.objects.get(recipient=world.author, kind="forum.reply")
    assert note.count == 2 and note.target_url.endswith(f"?post={first.pk}#{first.pk}")
    assert note.actor == world.moderator  # the latest one writes the line
    # Another topic is another notification; once read, the next reply starts a new one.
    other_topic = topic_create(world.public, world.author, "Nog een vraag", "Wie weet dit?")
    notification_mark_read(world.author)
    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(world.other)
        _reply(client, other_topic, "Antwoord op de tweede vraag")
        _reply(client, world.topic, "Derde nieuwe reactie")
    unread = Notification.objects.filter(recipient=world.author, read_at__isnull=True)
    assert sorted(unread.values_list("group", "count")) == sorted(
        [(f"forum-topic-{other_topic.pk}", 1), (f"forum-topic-{world.topic.pk}", 1)]
    )


def test_new_topic_notification_names_who_started_it_and_the_topic(
    client, world, user_factory, django_capture_on_commit_callbacks
):
    follower = user_factory(pseudonym="Volger")
    client.force_login(follower)
    client.post(f"/forum/volgen/{world.public.pk}/", {"follow": "1"})
    client.force_login(world.other)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            forum_url(world.public) + "topic/create/",
            form_data(subject="Nieuw onderwerp", content="Wie herkent dit?", topic_type="0"),
        )
    note = Notification.objects.get(recipient=follower, kind="forum.new_topic")
    assert (note.actor, note.subject) == (world.other, "Nieuw onderwerp")
    assert _english_text(note) == "Kastanje started “Nieuw onderwerp”"


def test_held_posts_notify_nobody_until_a_moderator_approves_them(
    client, world, user_factory, django_capture_on_commit_callbacks
):
    from forum import services
    from forum.services import post_notifications_deliver
    from tests.factories.forum import post_add

    newcomer = user_factory(pseudonym="Nieuwkomer")
    client.force_login(newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        _reply(client, world.topic, "Mijn eerste bericht wacht")
    held = Post.objects.get(poster=newcomer)
    assert held.approved is False
    assert post_notifications_deliver(held) == 0
    assert not Notification.objects.filter(kind="forum.reply").exists()
    client.force_login(world.moderator)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/forum/moderation/queue/{held.pk}/approve/").status_code == 302
    note = Notification.objects.get(recipient=world.author, kind="forum.reply")
    assert note.actor == newcomer and note.subject == "Peuter slaapt slecht"
    # A public reply inside a topic a moderator hid tells nobody about that topic.
    hidden = topic_create(world.public, world.author, "Verborgen onderwerp", "Weg ermee")
    services.topic_subscribe(hidden, world.other)
    services.post_hide(hidden.first_post, world.moderator)
    reply = post_add(Topic.objects.get(pk=hidden.pk), world.author, "Toch nog iets")
    assert post_notifications_deliver(reply) == 0
    assert not Notification.objects.filter(subject="Verborgen onderwerp").exclude(kind="moderation.hidden").exists()
