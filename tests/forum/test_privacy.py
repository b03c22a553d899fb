"""The forum's part of "download my data" and "delete my account": two members talk in one topic
(A starts it, B replies); A's account is erased the way the privacy core does it (every feature's
erase hook, then the user row). B's reply and the topic stay; A's pseudonym is gone from every page
that showed it, also through search and feeds; with `remove_texts` A's texts are gone too."""

import json
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from machina.core.db.models import get_model

import plugins
from community.moderation import services as moderation
from community.moderation.models import QueueItem
from community.notifications.services import notification_send
from forum.machina_models import Attachment, ForumReadTrack, Post, Topic, TopicReadTrack
from forum.models import ForumSubscription
from forum.privacy import ERASED_NAME, REMOVED_SUBJECT, REMOVED_TEXT, stored_text
from tests.factories.forum import post_add, topic_create
from tests.factories.privacy import erase_like_the_core, export_sections
from tests.forum.conftest import forum_url, topic_url

pytestmark = pytest.mark.django_db

ForumProfile = get_model("forum_member", "ForumProfile")
TopicPoll = get_model("forum_polls", "TopicPoll")
TopicPollOption = get_model("forum_polls", "TopicPollOption")
TopicPollVote = get_model("forum_polls", "TopicPollVote")

A_TEXT = "Onze peuter wil niet slapen."
B_TEXT = "Herkenbaar! Probeer een vast ritueel."


def erase(user, remove_texts=False, capture=None):
    return erase_like_the_core(user, remove_texts=remove_texts, capture_on_commit=capture)


@pytest.fixture
def talk(world):
    """World's topic (A = Lindeboom starts it, B = Kastanje replies), plus B's own topic in which A
    replied last, so A is "last by" in the topic list and "last post by" on the forum index."""
    a, b = world.author, world.other
    b_topic = topic_create(world.public, b, "Tandjes poetsen", "Hoe krijg je een peuter aan het poetsen?")
    a_reply = post_add(b_topic, a, "Zingen tijdens het poetsen werkt bij ons.")
    world.b_topic = Topic.objects.get(pk=b_topic.pk)
    world.a_reply = a_reply
    return world


def _pages(client, world):
    """Every page that shows posters or texts of the public forum, as B sees it."""
    urls = [
        "/forum/",
        forum_url(world.public),
        topic_url(world.topic),
        topic_url(world.b_topic),
        "/forum/search/?q=peuter",
        "/forum/search/?q=poetsen",
        "/forum/search/?q=ritueel",
        "/forum/feeds/topics/",
        f"/forum/feeds/forum/{world.public.slug}-{world.public.pk}/topics/",
        "/forum/member/subscriptions/",
        "/forum/tracking/unread-topics/",
        topic_url(world.topic) + "post/create/",  # the reply form shows the earlier posts
        "/meldingen/",  # B's notifications name the topic
        f"/forum/member/profile/{world.other.pk}/",
        f"/forum/member/profile/{world.other.pk}/posts/",
    ]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        pages[url] = response.content.decode()
    return pages


def test_erase_keeps_the_topic_and_the_reply_and_the_pseudonym_appears_nowhere(client, talk):
    world = talk
    a, b = world.author, world.other
    client.cookies["django_language"] = "en"
    client.force_login(b)
    before = _pages(client, world)
    assert "Lindeboom" in before[topic_url(world.topic)] and "Lindeboom" in before["/forum/"]
    assert "Lindeboom" in before[forum_url(world.public)] and "Lindeboom" in before["/forum/feeds/topics/"]
    posts_before = Post.objects.count()
    b_posts = list(Post.objects.filter(poster=b).values_list("pk", flat=True))

    erased = erase(a)

    assert erased["forum.posts"] == 3 and erased["forum.topics"] == 2
    assert Post.objects.count() == posts_before
    assert list(Post.objects.filter(poster=b).values_list("pk", flat=True)) == b_posts
    topic = Topic.objects.get(pk=world.topic.pk)
    assert topic.poster is None and topic.posts_count == 2 and topic.subject == "Peuter slaapt slecht"
    head = topic.first_post
    assert head.poster is None and head.username == stored_text(ERASED_NAME) and head.anonymous_key
    assert head.content.raw == A_TEXT  # anonymised, not removed
    assert Topic.objects.filter(pk=world.private_topic.pk).exists()

    after = _pages(client, world)
    for url, html in after.items():
        assert "Lindeboom" not in html, url
        assert f"/leden/{a.pk}/" not in html and f"/profile/{a.pk}/" not in html, url
    assert "former member" in after[topic_url(world.topic)]
    assert A_TEXT in after[topic_url(world.topic)] and B_TEXT in after[topic_url(world.topic)]
    assert "former member" in after["/forum/"] and "former member" in after[forum_url(world.public)]
    assert "Zingen tijdens het poetsen" in after["/forum/search/?q=poetsen"]
    # machina's own poster search (the index's poster_name) no longer knows the pseudonym.
    found = client.get("/forum/search/", {"q": "peuter", "search_poster_name": "Lindeboom"}).content.decode()
    assert "0 results" in found
    # The private space's conversation stays for its other member.
    assert "Fijn dat we dit hier kunnen delen." in client.get(topic_url(world.private_topic)).content.decode()


@pytest.mark.parametrize("who", ["anonymous", "moderator"])
def test_anonymised_posts_render_for_visitors_and_moderators(client, talk, who):
    world = talk
    client.cookies["django_language"] = "en"
    erase(world.author)
    if who == "moderator":
        client.force_login(world.moderator)
    for url in ["/forum/", forum_url(world.public), topic_url(world.topic), "/forum/search/?q=peuter"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Lindeboom" not in response.content.decode(), url
    feed = client.get("/forum/feeds/topics/").content.decode()
    assert "Lindeboom" not in feed and stored_text(ERASED_NAME) in feed


def test_remove_texts_replaces_the_texts_subjects_and_attachments(
    client, talk, django_capture_on_commit_callbacks, settings
):
    world = talk
    a, b = world.author, world.other
    head = world.topic.first_post
    attachment = Attachment.objects.create(post=head, file=SimpleUploadedFile("plan.txt", b"mijn plan"))
    name = attachment.file.name
    assert default_storage.exists(name)

    # B follows the topic: B's bell names it and links to it (its slug holds the subject's words).
    link = topic_url(world.topic) + f"?post={head.pk}#{head.pk}"
    note = notification_send(b, "forum.new_topic", link, actor=a, subject="Peuter slaapt slecht")

    erased = erase(a, remove_texts=True, capture=django_capture_on_commit_callbacks)

    assert erased["forum.attachments"] == 1
    assert not Attachment.objects.exists() and not default_storage.exists(name)
    topic = Topic.objects.get(pk=world.topic.pk)
    assert topic.subject == stored_text(REMOVED_SUBJECT)
    head.refresh_from_db()
    assert head.content.raw == stored_text(REMOVED_TEXT) and stored_text(REMOVED_TEXT) in head.content.rendered
    assert A_TEXT not in head.content.rendered
    reply = Post.objects.get(topic=topic, poster=b)
    assert reply.content.raw == B_TEXT and reply.subject == f"Re: {stored_text(REMOVED_SUBJECT)}"
    assert Post.objects.get(pk=world.a_reply.pk).content.raw == stored_text(REMOVED_TEXT)
    assert Post.objects.get(pk=world.a_reply.pk).subject == "Re: Tandjes poetsen"  # B's subject stays

    note.refresh_from_db()
    assert note.subject == stored_text(REMOVED_SUBJECT) and note.actor is None
    assert "peuter" not in note.target_url and "peuter" not in note.group

    client.cookies["django_language"] = "en"
    client.force_login(b)
    assert client.get(note.target_url).status_code == 200
    pages = _pages(client, world)
    for url, html in pages.items():
        for text in ["Lindeboom", "Peuter slaapt slecht", "Onze peuter wil", "Zingen tijdens"]:
            assert text not in html, (url, text)
    assert B_TEXT in pages[topic_url(world.topic)]
    assert stored_text(REMOVED_TEXT) in pages[topic_url(world.topic)]
    assert "Tandjes poetsen" in pages[topic_url(world.b_topic)]
    # B's reply is still found by its own words, under the new subject.
    assert stored_text(REMOVED_SUBJECT) in pages["/forum/search/?q=ritueel"]


def test_export_holds_the_members_posts_files_and_marks_and_nothing_of_the_other(talk):
    world = talk
    a = world.author
    Attachment.objects.create(post=world.topic.first_post, file=SimpleUploadedFile("plan.txt", b"mijn plan"))
    ForumSubscription.objects.create(user=a, forum=world.public)
    ForumProfile.objects.update_or_create(user=a, defaults={"signature": "Groet, L."})
    TopicReadTrack.objects.create(user=a, topic=world.b_topic)
    ForumReadTrack.objects.create(user=a, forum=world.public)

    sections = export_sections(a)
    forum = sections["forum"]
    data = json.loads(json.dumps(forum.data))  # JSON-serialisable
    contents = [post["content"] for post in data["posts"]]
    assert A_TEXT in contents and "Zingen tijdens het poetsen werkt bij ons." in contents
    assert "Alleen voor de praatgroep: zeldzaamwoord." in contents  # their own posts in a private space too
    assert B_TEXT not in str(data) and "Kastanje" not in str(data)
    assert "Fijn dat we dit hier kunnen delen." not in str(data)
    assert {row["subject"] for row in data["topics_started"]} == {"Peuter slaapt slecht", "Geheim groepsonderwerp"}
    assert "Peuter slaapt slecht" in data["followed_topics"]  # machina subscribes the poster
    assert data["followed_forums"][0]["forum"] == "Slapen"
    assert data["forum_profile"]["signature"] == "Groet, L."
    assert data["read_marks"]["topics"][0]["topic"] == "Tandjes poetsen"
    assert data["read_marks"]["forums"][0]["forum"] == "Slapen"
    [(name, file)] = forum.files
    assert name.endswith("-plan.txt")
    with file.open("rb") as handle:
        assert handle.read() == b"mijn plan"
    # B's export has B's reply only.
    other = export_sections(world.other)["forum"]
    assert B_TEXT in str(other.data) and A_TEXT not in str(other.data) and not other.files


def test_poll_votes_stay_counted_without_the_voter(client, talk):
    world = talk
    a, b = world.author, world.other
    poll = TopicPoll.objects.create(topic=world.b_topic, question="Hoe laat naar bed?", max_options=1)
    early = TopicPollOption.objects.create(poll=poll, text="Om zeven uur")
    TopicPollOption.objects.create(poll=poll, text="Om acht uur")
    TopicPollVote.objects.create(poll_option=early, voter=a)
    TopicPollVote.objects.create(poll_option=early, voter=b)
    exported = export_sections(a)["forum"].data
    assert exported["poll_votes"] == [
        {
            "topic": "Tandjes poetsen",
            "question": "Hoe laat naar bed?",
            "option": "Om zeven uur",
            "voted_at": exported["poll_votes"][0]["voted_at"],
        }
    ]

    erased = erase(a)

    assert erased["forum.poll_votes"] == 1
    assert early.votes.count() == 2
    anonymous = early.votes.get(voter=None)
    assert anonymous.anonymous_key and len(anonymous.anonymous_key) == 32
    client.cookies["django_language"] = "en"
    client.force_login(b)
    response = client.get(topic_url(world.b_topic) + "?view_results=1")
    assert response.status_code == 200 and "Hoe laat naar bed?" in response.content.decode()


def test_subscriptions_read_marks_and_profile_go_and_nothing_else(talk):
    world = talk
    a, b = world.author, world.other
    ForumSubscription.objects.create(user=a, forum=world.public)
    ForumSubscription.objects.create(user=b, forum=world.public)
    TopicReadTrack.objects.create(user=a, topic=world.b_topic)
    TopicReadTrack.objects.create(user=b, topic=world.topic)
    ForumProfile.objects.get_or_create(user=a)
    # A moderator's edit of B's post names the moderator; A's edit of a post (as a moderator would).
    Post.objects.filter(pk=world.b_topic.first_post_id).update(updated_by=a)
    counts = {model: model.objects.count() for model in (Topic, Post, ForumSubscription, TopicReadTrack)}
    b_subscribed = list(b.topic_subscriptions.values_list("pk", flat=True))

    erased = erase(a)

    assert erased["forum.subscriptions"] >= 3  # one forum, two topics (machina subscribes posters)
    assert erased["forum.read_marks"] == 1 and erased["forum.profile"] == 1
    assert Topic.objects.count() == counts[Topic] and Post.objects.count() == counts[Post]
    assert ForumSubscription.objects.get().user == b
    assert TopicReadTrack.objects.get().user == b
    assert list(b.topic_subscriptions.values_list("pk", flat=True)) == b_subscribed
    assert Post.objects.get(pk=world.b_topic.first_post_id).updated_by is None
    assert ForumProfile.objects.filter(user=b).exists()  # machina's profile of the other poster


def test_moderation_keeps_working_on_an_erased_members_posts(client, talk, django_capture_on_commit_callbacks):
    world = talk
    a, b = world.author, world.other
    report = moderation.report_create("forum.post", world.topic.first_post_id, b, "privacy")
    held = post_add(world.b_topic, a, "Nog een vraag van mij.", approved=False)
    held_item = QueueItem.objects.get(content_kind="forum.post", object_id=str(held.pk))

    erase(a)

    client.cookies["django_language"] = "en"
    client.force_login(world.moderator)
    queue = client.get("/moderatie/")
    assert queue.status_code == 200 and "Lindeboom" not in queue.content.decode()
    for item in (report.item, held_item):
        page = client.get(f"/moderatie/{item.pk}/")
        assert page.status_code == 200 and "Lindeboom" not in page.content.decode()
    # The held post is still for the moderators only, and approving it publishes it anonymously.
    client.force_login(b)
    assert "Nog een vraag van mij." not in client.get(topic_url(world.b_topic)).content.decode()
    client.force_login(world.moderator)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/moderatie/{held_item.pk}/", {"action": "approve"}).status_code == 302
    client.force_login(b)
    page = client.get(topic_url(world.b_topic)).content.decode()
    assert "Nog een vraag van mij." in page and "former member" in page and "Lindeboom" not in page
    # The reported post can be hidden.
    client.force_login(world.moderator)
    assert client.post(f"/moderatie/{report.item_id}/", {"action": "hide"}).status_code == 302
    assert not Post.objects.get(pk=world.topic.first_post_id).approved


def test_retention_deletes_read_marks_older_than_the_setting(talk, settings):
    world = talk
    old = TopicReadTrack.objects.create(user=world.author, topic=world.topic)
    ForumReadTrack.objects.create(user=world.author, forum=world.public)
    TopicReadTrack.objects.create(user=world.other, topic=world.topic)
    TopicReadTrack.objects.filter(pk=old.pk).update(mark_time=timezone.now() - timedelta(days=400))
    ForumReadTrack.objects.update(mark_time=timezone.now() - timedelta(days=400))
    rules = {rule.key: rule for rule in plugins.collect("retention_rules")}
    rule = rules["forum.read_marks"]
    assert rule.days == 365 and rules["forum.posts"].days is None
    assert rule.enforce(timezone.now()) == 2
    assert rule.enforce(timezone.now()) == 0  # idempotent
    assert TopicReadTrack.objects.get().user == world.other
    settings.FORUM_READ_MARK_RETENTION_DAYS = 30
    assert {r.key: r for r in plugins.collect("retention_rules")}["forum.read_marks"].days == 30
