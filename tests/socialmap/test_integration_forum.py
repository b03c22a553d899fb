"""The forum's `related_content` hook: recent PUBLIC forum topics on a social-map service page."""

from datetime import timedelta

import pytest
from django.db.models import F

from forum.machina_models import Topic
from forum.spaces import private_space_create
from tests.factories.forum import forum_create, topic_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def forums(smap, topic_factory, user_factory):
    stress = topic_factory(name="Stress", slug="stress-thema")
    smap.stress.topic = stress
    smap.stress.save()
    author = user_factory(pseudonym="Lindeboom")
    category = forum_create("Onderwerpen", category=True)
    public = forum_create("Stress", parent=category)  # matches the Topic by name
    other = forum_create("Slapen", parent=category)
    private_space_create("Stress", members=[author])  # same name, but private: never shown
    from forum.machina_models import Forum

    private = Forum.objects.get(name="Stress", parent__name="Besloten groepen")
    return {
        "author": author,
        "public": public,
        "other": other,
        "private": private,
        "public_topic": topic_create(public, author, "Alles komt tegelijk"),
        "other_topic": topic_create(other, author, "Om 5 uur klaarwakker"),
        "private_topic": topic_create(private, author, "Geheim groepsgesprek"),
    }


def service_page(client, smap):
    response = client.get(smap.service_a.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_service_page_lists_a_public_forum_topic_and_never_a_private_one(client, smap, forums):
    page = service_page(client, smap)
    topic = forums["public_topic"]
    url = f"/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/"
    assert f'href="{url}"' in page and "Alles komt tegelijk" in page
    assert "In het forum:" in page
    assert "Geheim groepsgesprek" not in page
    assert "Om 5 uur klaarwakker" not in page  # another subject
    assert client.get(url).status_code == 200  # the link opens for an anonymous visitor


def test_private_topic_stays_out_for_its_own_members_too(client, smap, forums):
    client.force_login(forums["author"])
    assert "Geheim groepsgesprek" not in service_page(client, smap)


def test_unapproved_topics_and_non_public_forums_stay_out(client, smap, forums, user_factory):
    hidden = topic_create(forums["public"], forums["author"], "Nog niet goedgekeurd", approved=False)
    Topic.objects.filter(pk=hidden.pk).update(approved=False)
    from forum import permissions
    from forum.machina_models import Forum

    members_only = Forum.objects.create(
        name="Stress en spanning", parent=forums["public"].parent, type=Forum.FORUM_POST
    )
    permissions._grant_user(members_only, permissions.READ, anonymous_user=False, authenticated_user=True)
    topic_create(members_only, forums["author"], "Alleen voor leden")
    page = service_page(client, smap)
    assert "Nog niet goedgekeurd" not in page and "Alleen voor leden" not in page
    assert "Alles komt tegelijk" in page


def test_at_most_three_topics_newest_first(client, smap, forums):
    for number in range(5):
        topic_create(forums["public"], forums["author"], f"Gesprek {number}")
    Topic.objects.filter(subject="Alles komt tegelijk").update(last_post_on=F("last_post_on") + timedelta(days=1))
    page = service_page(client, smap)
    shown = [subject for subject in ["Alles komt tegelijk"] + [f"Gesprek {n}" for n in range(5)] if subject in page]
    assert shown == ["Alles komt tegelijk", "Gesprek 3", "Gesprek 4"]  # the most recent activity


def test_a_service_without_matching_forum_shows_no_forum_topics(client, smap, forums):
    response = client.get(smap.service_b.get_absolute_url())
    assert "In het forum:" not in response.content.decode()


def test_service_page_query_count_is_constant(client, smap, forums, user_factory, django_assert_max_num_queries):
    service_page(client, smap)
    with django_assert_max_num_queries(20) as small:
        service_page(client, smap)
    category = forums["public"].parent
    for number in range(30):
        forum = forum_create(f"Forum {number}", parent=category)
        for t in range(3):
            topic_create(forum, forums["author"], f"Onderwerp {number}-{t}")
    for number in range(30):
        topic_create(forums["public"], forums["author"], f"Stressgesprek {number}")
    before = len(small.captured_queries)
    with django_assert_max_num_queries(before) as big:
        service_page(client, smap)
    print(f"service page: {before} queries before, {len(big.captured_queries)} after growing the forum")
