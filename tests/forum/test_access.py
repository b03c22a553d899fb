"""Access rules, each tried through the real URLs: private spaces are invisible (404) to everyone
outside them, also through search, feeds, direct post and attachment URLs; members cannot touch
each other's posts; hidden posts are for moderators only."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from forum import services
from forum.machina_models import Attachment, Post
from tests.forum.conftest import form_data, forum_url, topic_url

pytestmark = pytest.mark.django_db


def _private_urls(world):
    topic = world.private_topic
    post = topic.last_post
    base = topic_url(topic)
    attachment = Attachment.objects.create(post=post, file=SimpleUploadedFile("plan.txt", b"geheim"), comment="plan")
    return [
        forum_url(world.private),
        base,
        base + f"?post={post.pk}",
        base + "post/create/",
        f"/forum/forum/{world.private.slug}-{world.private.pk}/topic/create/",
        base.replace(f"topic/{topic.slug}-{topic.pk}/", f"topic/{topic.slug}-{topic.pk}/{post.pk}/post/update/"),
        base.replace(f"topic/{topic.slug}-{topic.pk}/", f"topic/{topic.slug}-{topic.pk}/{post.pk}/post/delete/"),
        # A public forum's slug and id in front of a private topic must not open it either.
        f"/forum/forum/{world.public.slug}-{world.public.pk}/topic/{topic.slug}-{topic.pk}/",
        f"/forum/attachment/{attachment.pk}/",
        f"/forum/feeds/forum/{world.private.slug}-{world.private.pk}/topics/",
        f"/forum/feeds/forum/{world.private.slug}-{world.private.pk}/topics/all/",
        f"/forum/meld/{post.pk}/",
        f"/forum/member/topic/{topic.pk}/subscribe/",
        f"/forum/moderation/topic/{topic.slug}-{topic.pk}/lock/",
        f"/forum/tracking/mark/forums/{world.private.pk}/",
    ]


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_private_space_is_404_for_non_members_on_every_url(client, world, who):
    urls = _private_urls(world)
    if who == "outsider":
        client.force_login(world.outsider)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404, (url, response.status_code)
        response = client.post(url, {"content": "x", "subject": "x"})
        assert response.status_code == 404, ("POST", url, response.status_code)


def test_private_space_opens_for_members(client, world):
    client.force_login(world.other)
    response = client.get(topic_url(world.private_topic))
    assert response.status_code == 200
    assert "zeldzaamwoord" in response.content.decode()
    assert client.get(forum_url(world.private)).status_code == 200


def test_private_topics_not_in_index_list_feed_or_search_for_outsiders(client, world):
    client.force_login(world.outsider)
    index = client.get("/forum/").content.decode()
    assert "Praatgroep Oost" not in index
    assert "Slapen" in index
    feed = client.get("/forum/feeds/topics/").content.decode()
    assert "Geheim groepsonderwerp" not in feed
    assert "Peuter slaapt slecht" in feed
    search = client.get("/forum/search/", {"q": "zeldzaamwoord"}).content.decode()
    assert "Geheim groepsonderwerp" not in search
    profile = client.get(f"/forum/member/profile/{world.author.pk}/").content.decode()
    assert "Geheim groepsonderwerp" not in profile
    posts = client.get(f"/forum/member/profile/{world.author.pk}/posts/").content.decode()
    assert "Geheim groepsonderwerp" not in posts


def test_search_finds_private_topic_for_members(client, world):
    client.force_login(world.other)
    search = client.get("/forum/search/", {"q": "zeldzaamwoord"}).content.decode()
    assert "Geheim groepsonderwerp" in search


def test_member_cannot_edit_or_delete_another_members_post(client, world):
    post = world.topic.first_post
    client.force_login(world.other)
    base = topic_url(world.topic)
    update = base + f"{post.pk}/post/update/"
    delete = base + f"{post.pk}/post/delete/"
    topic_update = base + "update/"
    assert client.get(update).status_code == 403
    assert client.post(update, {"subject": "Gehackt", "content": "Gehackt"}).status_code == 403
    assert client.get(topic_update).status_code == 403
    assert client.post(delete).status_code == 403
    post.refresh_from_db()
    assert post.content.raw == "Onze peuter wil niet slapen."
    # The topic page offers no edit or delete link for someone else's post.
    page = client.get(base).content.decode()
    assert update not in page and delete not in page
    assert f"{world.topic.last_post.pk}/post/update/" in page  # their own reply does get one


def test_member_can_edit_own_post(client, world):
    reply = world.topic.last_post
    client.force_login(world.other)
    url = topic_url(world.topic) + f"{reply.pk}/post/update/"
    response = client.post(url, form_data(subject=reply.subject, content="Aangepast antwoord"))
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.content.raw == "Aangepast antwoord"


def test_hidden_post_only_visible_to_moderators(client, world):
    reply = world.topic.last_post
    services.post_hide(reply, world.moderator, "test")
    client.force_login(world.author)
    assert "Herkenbaar!" not in client.get(topic_url(world.topic)).content.decode()
    assert client.get("/moderatie/").status_code == 403
    # The gate hides held and hidden posts from everyone but their poster and the moderators.
    assert client.get(f"/forum/moderation/queue/{reply.pk}/").status_code == 404
    client.logout()
    assert "Herkenbaar!" not in client.get(topic_url(world.topic)).content.decode()
    assert client.get(f"/forum/moderation/queue/{reply.pk}/").status_code == 404
    client.force_login(world.moderator)
    assert "Herkenbaar!" in client.get(f"/forum/moderation/queue/{reply.pk}/").content.decode()
    assert "Herkenbaar!" in client.get(topic_url(world.topic)).content.decode()
    assert Post.objects.get(pk=reply.pk).approved is False


def test_hidden_post_is_not_found_by_search(client, world):
    reply = world.topic.last_post
    client.force_login(world.author)
    assert "Peuter slaapt slecht" in client.get("/forum/search/", {"q": "ritueel"}).content.decode()
    services.post_hide(reply, world.moderator)
    assert "Peuter slaapt slecht" not in client.get("/forum/search/", {"q": "ritueel"}).content.decode()


def test_report_queue_and_log_are_for_moderators_only(client, world):
    for url in ["/moderatie/", "/moderatie/logboek/", "/moderatie/dienst/"]:
        assert client.get(url).status_code == 302
        client.force_login(world.author)
        assert client.get(url).status_code == 403
        client.logout()


def test_django_admin_for_forum_models_requires_staff(client, world):
    client.force_login(world.author)
    assert client.get("/django-admin/forum/forum/").status_code == 302
    assert client.get("/admin/").status_code == 302
