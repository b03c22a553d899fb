"""machina's member pages and other lists, through the real URLs: member cards and post lists are for
signed-in members, never show held or hidden posts to others, count no private spaces, write nothing
on a visit; held topics are 404 to others; followed topics drop what the member can no longer read."""

import pytest
from django.urls import reverse

from forum import services
from forum.machina_models import Topic
from tests.factories.forum import post_add, topic_create
from tests.forum.conftest import topic_url

pytestmark = pytest.mark.django_db


def _forum_profile_model():
    from machina.core.db.models import get_model

    return get_model("forum_member", "ForumProfile")


def test_member_pages_redirect_anonymous_visitors_to_login(client, world, user_factory):
    staff = user_factory(pseudonym="Beheer", is_staff=True)
    login = reverse("account_login")
    for url in [
        f"/forum/member/profile/{world.author.pk}/",
        f"/forum/member/profile/{staff.pk}/",
        f"/forum/member/profile/{world.author.pk}/posts/",
        "/forum/member/profile/abc/",
        "/forum/member/subscriptions/",
        "/forum/member/profile/edit/",
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(login + "?next="), url


def test_profile_visit_writes_no_forum_profile_row(client, world, user_factory):
    ForumProfile = _forum_profile_model()
    quiet = user_factory(pseudonym="Stille lezer")
    client.force_login(world.other)
    before = ForumProfile.objects.count()
    response = client.get(f"/forum/member/profile/{quiet.pk}/")
    assert response.status_code == 200
    assert response.context["posts_count"] == 0
    assert client.get(f"/forum/member/profile/{quiet.pk}/posts/").status_code == 200
    assert client.get("/forum/member/profile/abc/").status_code == 404
    assert ForumProfile.objects.count() == before
    assert not ForumProfile.objects.filter(user=quiet).exists()


def test_profile_edit_page_creates_the_row_only_when_saved(client, user_factory):
    ForumProfile = _forum_profile_model()
    member = user_factory(pseudonym="Nieuw lid")
    client.force_login(member)
    assert client.get("/forum/member/profile/edit/").status_code == 200
    assert not ForumProfile.objects.filter(user=member).exists()
    response = client.post("/forum/member/profile/edit/", {"signature": "Groet"})
    assert response.status_code == 302
    assert ForumProfile.objects.get(user=member).signature.raw == "Groet"


def test_profile_counts_exclude_private_spaces_and_held_posts(client, world):
    post_add(world.topic, world.author, "Nog niet goedgekeurd", approved=False)
    for viewer in (world.outsider, world.other):  # also a fellow member of the private group
        client.force_login(viewer)
        response = client.get(f"/forum/member/profile/{world.author.pk}/")
        assert (response.context["posts_count"], response.context["topics_count"]) == (1, 1), viewer
        html = response.content.decode()
        assert "Geheim groepsonderwerp" not in html and "Nog niet goedgekeurd" not in html
    client.force_login(world.author)
    response = client.get(f"/forum/member/profile/{world.author.pk}/")
    assert (response.context["posts_count"], response.context["topics_count"]) == (2, 2)


def test_member_card_shows_the_forum_panel_with_the_same_public_counts(client, world):
    """The forum's `profile_panels` hook on /profiel/leden/<pk>/: private spaces and held posts never count."""
    post_add(world.topic, world.author, "Nog niet goedgekeurd", approved=False)
    client.force_login(world.outsider)
    response = client.get(reverse("accounts:member-detail", args=[world.author.pk]))
    panel = next(panel for panel in response.context["panels"] if panel["key"] == "forum")
    assert "1 bericht, 1 onderwerp gestart" in panel["html"]
    assert f"/forum/member/profile/{world.author.pk}/posts/" in panel["html"]


def test_user_posts_show_held_and_hidden_posts_only_to_poster_and_moderators(client, world):
    post_add(world.topic, world.author, "Wacht op een moderator", approved=False)
    visible = world.topic.first_post
    hidden = post_add(world.topic, world.author, "Door moderator verborgen")
    services.post_hide(hidden, world.moderator, "test")
    url = f"/forum/member/profile/{world.author.pk}/posts/"
    client.force_login(world.other)
    html = client.get(url).content.decode()
    assert "Wacht op een moderator" not in html and "Door moderator verborgen" not in html
    assert visible.content.raw in html
    assert "held-marker" not in html
    for who in (world.author, world.moderator):
        client.force_login(who)
        html = client.get(url).content.decode()
        assert "Wacht op een moderator" in html and "Door moderator verborgen" in html
        assert html.count("held-marker--held") == 1 and html.count("held-marker--hidden") == 1


def test_held_topic_is_404_for_others_and_out_of_lists_and_feeds(client, world):
    topic = topic_create(world.public, world.author, "Vastgehouden onderwerp", "Nog even wachten", approved=False)
    assert Topic.objects.get(pk=topic.pk).approved is False
    urls = [topic_url(topic), f"/forum/member/topic/{topic.pk}/subscribe/", topic_url(topic) + "post/create/"]
    client.force_login(world.other)
    for url in urls:
        assert client.get(url).status_code == 404, url
    for url in [
        "/forum/",
        f"/forum/forum/{world.public.slug}-{world.public.pk}/",
        "/forum/feeds/topics/",
        f"/forum/member/profile/{world.author.pk}/",
        f"/forum/member/profile/{world.author.pk}/posts/",
        "/forum/search/?q=Vastgehouden",
    ]:
        assert "Vastgehouden onderwerp" not in client.get(url).content.decode(), url
    client.logout()
    assert client.get(topic_url(topic)).status_code == 404
    client.force_login(world.author)
    assert client.get(topic_url(topic)).status_code == 200
    client.force_login(world.moderator)
    assert client.get(topic_url(topic)).status_code == 200


def test_hidden_reply_is_out_of_topic_list_last_post_and_feeds(client, world):
    reply = world.topic.last_post
    services.post_hide(reply, world.moderator)
    world.topic.refresh_from_db()
    assert world.topic.last_post_id == world.topic.first_post_id
    client.force_login(world.outsider)
    forum_page = client.get(f"/forum/forum/{world.public.slug}-{world.public.pk}/").content.decode()
    assert f"?post={reply.pk}" not in forum_page
    assert "Herkenbaar!" not in client.get("/forum/feeds/topics/").content.decode()
    assert f"?post={reply.pk}" not in client.get("/forum/").content.decode()
    assert client.get(topic_url(world.topic) + f"{reply.pk}/post/update/").status_code == 404


def test_followed_topics_drop_private_topics_after_leaving_the_group(client, world):
    services.topic_subscribe(world.private_topic, world.other)
    services.topic_subscribe(world.topic, world.other)
    client.force_login(world.other)
    html = client.get("/forum/member/subscriptions/").content.decode()
    assert "Geheim groepsonderwerp" in html and "Peuter slaapt slecht" in html
    world.private.private_space.group.user_set.remove(world.other)
    html = client.get("/forum/member/subscriptions/").content.decode()
    assert "Geheim groepsonderwerp" not in html and "Peuter slaapt slecht" in html


def test_poll_of_held_topic_cannot_be_voted_on_by_others(client, world):
    from machina.core.db.models import get_model

    TopicPoll, TopicPollOption = get_model("forum_polls", "TopicPoll"), get_model("forum_polls", "TopicPollOption")
    topic = topic_create(world.public, world.author, "Vastgehouden peiling", "Stem!", approved=False)
    poll = TopicPoll.objects.create(topic=topic, question="Ja of nee?", max_options=1)
    option = TopicPollOption.objects.create(poll=poll, text="Ja")
    client.force_login(world.other)
    assert client.post(f"/forum/poll/{poll.pk}/vote/", {"options": option.pk}).status_code == 404
    assert not option.votes.exists()
