"""The queue: filters, empty state, and query counts that stay flat with 10,000 items."""

from datetime import timedelta

import pytest
from django.utils import timezone

from community.moderation import services
from community.moderation.models import QueueItem, Report

pytestmark = pytest.mark.django_db


def _fill(world, n):
    now = timezone.now()
    post = world.topic.last_post
    items = QueueItem.objects.bulk_create(
        (
            QueueItem(
                content_kind="forum.post" if i % 3 else "gone.kind",
                object_id=str(post.pk) if i == 0 else f"x{i}",
                author=world.other,
                place=f"forum:{world.public.pk}",
                place_label=world.public.name,
                created_at=now - timedelta(minutes=i),
                due_at=now + timedelta(hours=1) - timedelta(minutes=i),
            )
            for i in range(n)
        ),
        batch_size=2000,
    )
    Report.objects.bulk_create(
        Report(item=item, reporter=world.author, reason="spam" if i % 2 else "unsafe")
        for i, item in enumerate(items[:500])
    )
    return items


def test_queue_queries_stay_flat_from_10_to_10000_items(client, world, django_assert_max_num_queries):
    client.force_login(world.moderator)
    _fill(world, 10)
    with django_assert_max_num_queries(30) as small:
        assert client.get("/moderatie/").status_code == 200
    QueueItem.objects.all().delete()
    _fill(world, 10_000)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/moderatie/?page=3")
    assert response.status_code == 200
    assert "Pagina 3 van 400" in response.content.decode() or "Page 3 of 400" in response.content.decode()
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get("/").status_code == 200  # the header count for moderators: one query


def test_filters_by_kind_reason_and_place_and_the_empty_state(client, world):
    client.force_login(world.moderator)
    assert (
        "De wachtrij is leeg" in client.get("/moderatie/").content.decode()
        or "queue is empty" in client.get("/moderatie/").content.decode()
    )
    services.report_create("forum.post", world.topic.last_post.pk, world.author, "spam")
    services.report_create("forum.post", world.topic.first_post_id, world.other, "privacy")
    page = client.get("/moderatie/?reason=privacy").content.decode()
    assert page.count('<li class="review-row') == 1
    assert client.get("/moderatie/?kind=forum.topic").content.decode().count('<li class="review-row') == 0
    assert client.get(f"/moderatie/?place=forum:{world.public.pk}").content.decode().count('<li class="review-row') == 2
    # Nonsense filters are ignored, not a 500.
    assert client.get("/moderatie/?reason=<script>&age=x&kind=zzz&page=abc").status_code in (200, 404)
