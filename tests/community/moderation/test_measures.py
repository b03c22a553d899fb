"""Trust that grows and measures moderators take: pre-moderation, silence, trust, lifting; all logged."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from community.moderation import services
from community.moderation.models import LogEntry, QueueItem, Restriction
from community.notifications.models import Notification
from forum.machina_models import Post
from tests.factories.forum import post_add
from tests.forum.conftest import form_data, topic_url

pytestmark = pytest.mark.django_db


def _reply(client, topic, content):
    return client.post(topic_url(topic) + "post/create/", form_data(subject="Re", content=content))


def _approved_posts(user, topic, n):
    for number in range(n):
        post_add(topic, user, f"goedgekeurd {number}")


@override_settings(MODERATION_NEW_MEMBER_HELD_POSTS=2, MODERATION_TRUST_DAYS=30)
def test_trust_grows_with_approved_posts_and_a_sustained_report_resets_it(world, user_factory):
    member = user_factory(pseudonym="Groeier")
    assert services.hold_reason(member, "hoi") == "nieuw lid" or services.hold_reason(member, "hoi")
    _approved_posts(member, world.topic, 2)
    assert services.hold_reason(member, "hoi") is None
    # A report that a moderator upheld puts the member back on pre-moderation for TRUST_DAYS.
    post = Post.objects.filter(poster=member).first()
    report = services.report_create("forum.post", post.pk, world.author, "hurtful")
    services.item_resolve(report.item, world.moderator, "warn")
    assert services.hold_reason(member, "hoi")
    QueueItem.objects.filter(pk=report.item_id).update(handled_at=timezone.now() - timedelta(days=31))
    assert services.hold_reason(member, "hoi") is None
    # A dismissed report does not count against them.
    report = services.report_create("forum.post", post.pk, world.author, "spam")
    services.item_resolve(report.item, world.moderator, "approve")
    assert services.hold_reason(member, "hoi") is None


def test_moderators_are_never_held_but_words_hold_everyone_else(world):
    with override_settings(MODERATION_HELD_WORDS=["wietplantage"]):
        assert services.hold_reason(world.moderator, "wietplantage") is None
        _approved_posts(world.other, world.topic, 3)
        assert "wietplantage" in services.hold_reason(world.other, "Een WIETPLANTAGE!")


def test_moderator_puts_a_trusted_member_back_on_pre_moderation_and_lifts_it(client, world):
    _approved_posts(world.other, world.topic, 3)
    client.force_login(world.moderator)
    response = client.post(f"/moderatie/leden/{world.other.pk}/", {"kind": "premoderate", "reason": "Even opletten"})
    assert response.status_code == 302
    client.force_login(world.other)
    _reply(client, world.topic, "Gaat dit direct online?")
    post = Post.objects.get(poster=world.other, content="Gaat dit direct online?")
    assert post.approved is False
    assert Notification.objects.filter(recipient=world.other, kind="moderation.measure").exists()
    assert "Even opletten" in client.get("/melden/mijn-maatregelen/").content.decode()
    # Lifting it: the next post goes through at once; both steps are in the log.
    restriction = Restriction.objects.get(user=world.other)
    client.force_login(world.moderator)
    assert client.post(f"/moderatie/maatregel/{restriction.pk}/opheffen/").status_code == 302
    client.force_login(world.other)
    _reply(client, world.topic, "En nu?")
    assert Post.objects.get(poster=world.other, content="En nu?").approved
    actions = list(LogEntry.objects.filter(target_user=world.other).values_list("action", flat=True))
    assert "premoderate" in actions and "lift" in actions


def test_moderator_trusts_a_new_member(client, world, user_factory):
    newcomer = user_factory(pseudonym="Vertrouwd")
    client.force_login(world.moderator)
    client.post(f"/moderatie/leden/{newcomer.pk}/", {"kind": "trust"})
    client.force_login(newcomer)
    _reply(client, world.topic, "Direct zichtbaar")
    assert Post.objects.get(poster=newcomer).approved


def test_a_silenced_member_sees_why_and_until_when_and_cannot_write(client, world):
    client.force_login(world.moderator)
    # Silencing needs a period and a reason; the form keeps what was typed.
    response = client.post(f"/moderatie/leden/{world.other.pk}/", {"kind": "silence", "reason": "Te fel"})
    assert response.status_code == 200 and "Te fel" in response.content.decode()
    assert not Restriction.objects.exists()
    response = client.post(
        f"/moderatie/leden/{world.other.pk}/", {"kind": "silence", "days": "3", "reason": "Te fel in de discussie"}
    )
    assert response.status_code == 302
    client.force_login(world.other)
    page = client.get(topic_url(world.topic) + "post/create/")
    assert page.status_code == 403
    assert "Te fel in de discussie" in page.content.decode()
    response = _reply(client, world.topic, "Toch proberen")
    assert response.status_code == 403
    assert not Post.objects.filter(content="Toch proberen").exists()
    # Reading still works.
    assert client.get(topic_url(world.topic)).status_code == 200
    # After the period it is over by itself.
    Restriction.objects.update(ends_at=timezone.now() - timedelta(minutes=1))
    assert client.get(topic_url(world.topic) + "post/create/").status_code == 200


@pytest.mark.parametrize("who", ["anonymous", "member", "author"])
def test_only_moderators_reach_the_moderation_screens(client, world, who):
    report = services.report_create("forum.post", world.topic.last_post.pk, world.author, "spam")
    restriction = services.restrict(world.other, "premoderate", world.moderator)
    urls = [
        "/moderatie/",
        f"/moderatie/{report.item_id}/",
        "/moderatie/logboek/",
        "/moderatie/dienst/",
        f"/moderatie/leden/{world.other.pk}/",
    ]
    if who != "anonymous":
        client.force_login({"member": world.outsider, "author": world.other}[who])
    for url in urls:
        response = client.get(url)
        assert response.status_code == (302 if who == "anonymous" else 403), url
    post = client.post(f"/moderatie/maatregel/{restriction.pk}/opheffen/")
    assert post.status_code == (302 if who == "anonymous" else 403)
    client.post(f"/moderatie/leden/{world.other.pk}/", {"kind": "trust"})
    client.post(f"/moderatie/{report.item_id}/", {"action": "hide"})
    restriction.refresh_from_db()
    assert restriction.lifted_at is None
    assert QueueItem.objects.get().status == "pending"
    assert Restriction.objects.count() == 1


def test_the_rota_start_stop_plan_and_bad_input(client, world):
    client.force_login(world.moderator)
    assert client.post("/moderatie/dienst/", {"action": "start", "hours": "2"}).status_code == 302
    assert services.moderators_on_duty() == [world.moderator]
    assert "Moderator Mila" in client.get("/moderatie/").content.decode()
    assert client.post("/moderatie/dienst/", {"action": "stop"}).status_code == 302
    assert len(services.moderators_on_duty()) == 2  # nobody on duty: everyone
    response = client.post("/moderatie/dienst/", {"action": "plan", "starts_at": "morgen", "hours": "2"})
    assert response.status_code == 200 and "morgen" in response.content.decode()
    later = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT19:00")
    assert client.post("/moderatie/dienst/", {"action": "plan", "starts_at": later, "hours": "4"}).status_code == 302
    shift = world.moderator.duty_shifts.get(starts_at__gt=timezone.now())
    # Another moderator cannot remove my shift.
    client.force_login(world.second_moderator)
    client.post("/moderatie/dienst/", {"action": "cancel", "shift": shift.pk})
    assert world.moderator.duty_shifts.exists()
    assert client.post("/moderatie/dienst/", {"action": "cancel", "shift": "x"}).status_code == 404


def test_moderators_cannot_set_measures_for_each_other_or_themselves(client, world):
    client.force_login(world.moderator)
    for target in (world.second_moderator, world.moderator):
        response = client.post(f"/moderatie/leden/{target.pk}/", {"kind": "silence", "days": "2", "reason": "x"})
        assert response.status_code == 200
    assert not Restriction.objects.exists()
