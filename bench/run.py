"""Benchmarks for Wijkplein's pages, run by hand (`make bench`); prints numbers, asserts nothing.

It builds a throw-away SQLite database (or uses DATABASE_URL), loads the demo data plus extra
information pages, then requests each page many times in-process through Django's test client
and prints median and 95th-percentile latency, requests per second and queries per request.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("WIJKPLEIN_VAR_DIR", tempfile.mkdtemp(prefix="wijkplein-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "community.settings.test")

import django  # noqa: E402

django.setup()

import logging  # noqa: E402

logging.disable(logging.INFO)

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def build(extra_pages):
    from community.pages.models import InformationPage, PartnerSectionPage, Topic

    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    sections = list(PartnerSectionPage.objects.all())
    topics = list(Topic.objects.all())
    existing = InformationPage.objects.filter(slug__startswith="bench-").count()
    for number in range(existing, extra_pages):
        page = InformationPage(
            title=f"Benchmarkpagina {number} over stress en slapen",
            slug=f"bench-{number}",
            intro="Een extra pagina om te meten hoe de site zich houdt als er veel informatie is.",
            body=[{"type": "rich_text", "value": "<p>" + "Rust, regelmaat en slapen. " * 60 + "</p>"}],
        )
        sections[number % len(sections)].add_child(instance=page)
        page.topics = [topics[number % len(topics)]]
        page.save_revision().publish()


def measure(client, url, seconds):
    client.get(url)  # warm up caches and templates
    timings = []
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
        reset_queries()
    timings.sort()
    return {
        "url": url,
        "requests": len(timings),
        "median_ms": statistics.median(timings) * 1000,
        "p95_ms": timings[int(len(timings) * 0.95) - 1] * 1000,
        "req_per_s": len(timings) / sum(timings),
        "queries": query_count,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200, help="extra information pages to add")
    parser.add_argument("--seconds", type=float, default=3.0, help="time per URL")
    args = parser.parse_args()

    from community.pages.models import InformationPage

    build(args.pages)
    page = InformationPage.objects.live().order_by("pk").first()
    urls = [
        "/",
        "/informatie/",
        page.url,
        "/onderwerpen/",
        "/onderwerpen/stress/",
        "/zoeken/?q=slapen",
        "/zoeken/?q=geldzorgen+hulp",
    ]
    print(f"Wijkplein bench — {InformationPage.objects.live().count()} information pages, database {connection.vendor}")
    print(f"{'url':<58} {'reqs':>6} {'median ms':>10} {'p95 ms':>8} {'req/s':>8} {'queries':>8}")
    client = Client()
    for url in urls:
        row = measure(client, url, args.seconds)
        print(
            f"{row['url'][:58]:<58} {row['requests']:>6} {row['median_ms']:>10.1f} {row['p95_ms']:>8.1f} {row['req_per_s']:>8.1f} {row['queries']:>8}"
        )


if __name__ == "__main__":
    main()
