"""Forum benchmark, run by hand: the issue's size (10,000 topics, 100,000 posts) next to the
foundation's pages. Prints median/p95 ms, req/s and queries per request; asserts nothing.

    .venv/bin/python bench/forum.py --topics 10000 --posts-per-topic 10 --seconds 3
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.run import build, measure  # noqa: E402  (sets up Django with a throw-away database)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--topics", type=int, default=10_000)
    parser.add_argument("--posts-per-topic", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()

    from forum.machina_models import Forum, Post, Topic
    from tests.factories.forum_bulk import bulk_topics

    build(50)
    User = get_user_model()
    posters = list(User.objects.filter(email__endswith="wijkplein.example"))
    forum = Forum.objects.get(name="Slapen")
    started = time.monotonic()
    bulk_topics(forum, posters, topics=args.topics, posts_per_topic=args.posts_per_topic)
    print(f"built {args.topics} topics in {time.monotonic() - started:.1f}s")
    demo_topic = Topic.objects.get(subject="Onze peuter wil niet alleen inslapen")
    big_topic = Topic.objects.filter(forum=forum).order_by("-pk").first()

    def topic_url(topic):
        return f"/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/"

    forum_url = f"/forum/forum/{forum.slug}-{forum.pk}/"
    urls = [
        ("foundation: home", "/"),
        ("foundation: information", "/informatie/"),
        ("forum index", "/forum/"),
        ("topic list", forum_url),
        ("topic list, last page", forum_url + "?page=last"),
        ("topic page (demo)", topic_url(demo_topic)),
        ("topic page (bulk)", topic_url(big_topic)),
        ("forum search", "/forum/search/?q=peuter"),
    ]
    print(
        f"Wijkplein forum bench — {Topic.objects.count()} topics, {Post.objects.count()} posts, database {connection.vendor}"
    )
    print(f"{'who':<10} {'page':<24} {'reqs':>6} {'median ms':>10} {'p95 ms':>8} {'req/s':>8} {'queries':>8}")
    anonymous = Client()
    member = Client()
    member.force_login(User.objects.get(email="ouder@wijkplein.example"))
    for who, client in [("visitor", anonymous), ("member", member)]:
        for name, url in urls:
            row = measure(client, url, args.seconds)
            print(
                f"{who:<10} {name:<24} {row['requests']:>6} {row['median_ms']:>10.1f} {row['p95_ms']:>8.1f} {row['req_per_s']:>8.1f} {row['queries']:>8}"
            )


if __name__ == "__main__":
    main()
