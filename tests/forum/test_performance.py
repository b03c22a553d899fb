"""Query counts stay constant as the forum grows: index, topic list and topic page.

The issue's size (10,000 topics, 100,000 posts) is built once with bulk_create; the counts measured
on a tiny forum must hold on the big one. bench/forum.py measures speed at the same size.
"""

import time

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.factories.forum import topic_create
from tests.factories.forum_bulk import bulk_topics
from tests.forum.conftest import forum_url, topic_url

pytestmark = pytest.mark.django_db

BIG_TOPICS = 10_000
POSTS_PER_TOPIC = 10  # 100,000 posts


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _pages(world, big_topic):
    return {
        "index": "/forum/",
        "topic list": forum_url(world.public),
        "topic list, last page": forum_url(world.public) + "?page=last",
        "topic page": topic_url(big_topic),
        "topic page, page 2": topic_url(big_topic) + "?page=2",
    }


def test_query_counts_are_constant_with_10000_topics_and_100000_posts(
    client, world, user_factory, verification_factory, django_assert_max_num_queries
):
    from django.test import Client

    from tests.factories.forum import post_add

    posters = [world.author, world.other] + [user_factory() for _ in range(8)]
    for poster in posters[2:6]:
        verification_factory(user=poster)
    clients = {"anonymous": Client()}
    for who, user in [("member", world.other), ("moderator", world.moderator)]:
        clients[who] = Client()
        clients[who].force_login(user)
    # Small: one forum, one topic with 20 posts (two pages) by ten different people.
    small = topic_create(world.public, world.author, "Klein onderwerp", "Start")
    for i in range(19):
        post_add(small, posters[i % len(posters)], f"Antwoord {i}")
    small_counts = {
        (who, name): _count(c, url)
        for who, c in clients.items()
        for name, url in _pages(world, small).items()
        if "last page" not in name
    }

    # Building must stay linear: a PostgreSQL plan without statistics once made it take minutes.
    # Seconds alone depend on how busy the machine is, so a tenth of the size is timed first, just
    # before and under the same load (in a savepoint that is rolled back), as the yardstick.
    started = time.monotonic()
    with transaction.atomic():
        bulk_topics(world.public, posters, topics=BIG_TOPICS // 10, posts_per_topic=POSTS_PER_TOPIC)
        transaction.set_rollback(True)
    tenth = time.monotonic() - started
    started = time.monotonic()
    bulk_topics(world.public, posters, topics=BIG_TOPICS, posts_per_topic=POSTS_PER_TOPIC)
    built = time.monotonic() - started
    assert built < 60 or built < 25 * tenth, f"building the big forum took {built:.0f}s, a tenth of it {tenth:.1f}s"
    for who, c in clients.items():
        for name, url in _pages(world, small).items():
            limit = small_counts.get((who, name), small_counts[(who, "topic list")])
            with django_assert_max_num_queries(limit, info=f"{who}: {name}"):
                response = c.get(url)
            assert response.status_code == 200
