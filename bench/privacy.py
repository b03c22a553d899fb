"""Served scenario: privacy self-service (issue 13) and the map's tile proxy.

    .venv/bin/python bench/served.py privacy --seconds 10 [--server both] [--posts N]

On top of the demo, the demo member (ouder@wijkplein.example, "Zonnebloem") and a second member get
N forum posts each (default 2,000, in one demo topic, with bulk_create) and N/2 notifications. The
builder then times, in this process, what runs as a background job and never in a page request: the
data download (ZIP) of the demo member, and the erase of the second member through the erase service.

Measured next to the bare view, served: the member's privacy page and the delete-my-account
confirmation (signed in as the demo member), the privacy statement (anonymous), and a map tile from
the tile proxy (anonymous, a cache hit after the first request; the proxy's `blank` fetcher makes
the tile, so nothing leaves this machine).
"""

import os
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    _here = Path(__file__).resolve().parent
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _here]
    sys.path.insert(0, str(_here.parent))

from bench.served import Scenario, Target  # noqa: E402

# Loopback only: the tile proxy draws its own blank tiles instead of asking OpenStreetMap.
os.environ.setdefault("SOCIALMAP_TILE_FETCHER", "blank")

MEMBER = "ouder@wijkplein.example"
SECOND = "bench-privacy-second@example.org"
TILE = "/sociale-kaart/kaart/tegels/13/4226/2695.png"  # Deventer
MEASURED = {}


def add_arguments(parser):
    parser.add_argument("--posts", type=int, default=2_000, help="forum posts of each of the two members")


def _volume(user, topic, posts):
    from community.notifications.models import Notification
    from forum.machina_models import Post

    have = Post.objects.filter(poster=user).count()
    Post.objects.bulk_create(
        [
            Post(
                topic=topic,
                poster=user,
                subject=f"Re: {topic.subject}",
                content=f"Bericht {n}: bij ons helpt een vast ritueel voor het slapengaan.",
                _content_rendered=f"<p>Bericht {n}: bij ons helpt een vast ritueel voor het slapengaan.</p>",
                approved=True,
            )
            for n in range(have, posts)
        ],
        batch_size=500,
    )
    have = Notification.objects.filter(recipient=user).count()
    Notification.objects.bulk_create(
        [
            Notification(recipient=user, kind="platform.announcement", target_url=f"/n/{n}/", group=f"bench-{n}")
            for n in range(have, posts // 2)
        ],
        batch_size=500,
    )


def build(args):
    from django.contrib.auth import get_user_model

    from community.privacy.services import erase_now, export_zip
    from forum.machina_models import Topic

    User = get_user_model()
    member = User.objects.get(email=MEMBER)
    second, _created = User.objects.get_or_create(email=SECOND, defaults={"pseudonym": "Bench Tweede"})
    topic = Topic.objects.filter(approved=True).order_by("pk").first()
    _volume(member, topic, args.posts)
    _volume(second, topic, args.posts)

    started = time.perf_counter()
    content = export_zip(member)
    MEASURED["export_s"] = time.perf_counter() - started
    MEASURED["export_kb"] = len(content) / 1024
    started = time.perf_counter()
    erase_now(second, note="bench")
    MEASURED["erase_s"] = time.perf_counter() - started


def targets(args):
    from community.pages.models import TrustKind, trust_url

    return [
        Target("/profiel/privacy/", MEMBER, "privacy page (member)"),
        Target("/profiel/privacy/verwijderen/", MEMBER, "delete my account: confirmation"),
        Target(trust_url(TrustKind.PRIVACY) or "/", None, "privacy statement"),
        Target(TILE, None, "map tile from the proxy (cache hit)"),
    ]


def describe(args):
    return (
        f"{args.posts:,} forum posts and {args.posts // 2:,} notifications per member; in-process (a background "
        f"job): data download {MEASURED.get('export_kb', 0):,.0f} KB in {MEASURED.get('export_s', 0):.2f} s, "
        f"erase of a member with the same volume in {MEASURED.get('erase_s', 0):.2f} s"
    )


SCENARIO = Scenario("privacy", build, targets, describe, add_arguments)

if __name__ == "__main__":
    from bench.served import main

    main(["privacy", *sys.argv[1:]])
