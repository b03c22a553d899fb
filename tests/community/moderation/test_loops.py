"""Every loop of the safety core through real URLs: someone acts, the person who must respond is
told and finds it in one click, and the first person hears the outcome."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from community.moderation import services
from community.moderation.models import DutyShift, LogEntry, QueueItem
from community.notifications.models import Notification
from tests.factories.forum import post_add
from tests.forum.conftest import form_data, topic_url

pytestmark = pytest.mark.django_db


def _notes(user, kind):
    return Notification.objects.filter(recipient=user, kind=kind)


def _open_notification(client, notification):
    """What a moderator does on their phone: open the bell's line and land on the page."""
    response = client.get(f"/meldingen/{notification.pk}/")
    assert response.status_code == 302
    return client.get(response["Location"])


def test_someone_in_danger_reaches_the_moderator_on_duty_and_the_reporter_hears_back(
    client, world, django_capture_on_commit_callbacks
):
    services.duty_start(world.moderator, hours=2)
    reply = world.topic.last_post
    client.force_login(world.author)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/melden/forum.post/{reply.pk}/", {"reason": "unsafe", "explanation": "Zorgen"})
    assert response.status_code == 302
    item = QueueItem.objects.get()
    assert item.urgent and item.due_at <= timezone.now() + timedelta(minutes=30)

    # Only the moderator on duty is alerted, in the app and by an email without content.
    alert = _notes(world.moderator, "moderation.urgent").get()
    assert not _notes(world.second_moderator, "moderation.urgent").exists()
    assert [m.to for m in mail.outbox] == [[world.moderator.email]]
    assert "Zorgen" not in mail.outbox[0].body and "Herkenbaar" not in mail.outbox[0].body

    # The header shows the queue count on every page, for moderators only.
    client.force_login(world.moderator)
    bar = client.get("/meldingen/").content.decode().split('class="site-nav"')[0]
    assert 'data-account-item="moderation"' in bar  # in the bar outside the collapsible menu
    assert '<span class="count-badge">1</span>' in bar
    client.force_login(world.other)
    assert 'data-account-item="moderation"' not in client.get("/meldingen/").content.decode()

    # One click from the bell to the item; the moderator hides the post.
    client.force_login(world.moderator)
    page = _open_notification(client, alert).content.decode()
    assert "Herkenbaar" in page and "Zorgen" in page
    assert client.post(f"/moderatie/{item.pk}/", {"action": "hide", "note": "gebeld"}).status_code == 302

    # The reporter hears that the report was looked at, and sees the outcome in one click.
    client.force_login(world.author)
    told = _notes(world.author, "moderation.report_outcome").get()
    outcome = _open_notification(client, told).content.decode()
    assert "verborgen" in outcome or "hidden" in outcome
    # The author learns which post was hidden, and still sees it, marked.
    hidden_note = _notes(world.other, "moderation.hidden").get()
    assert f"?post={reply.pk}" in hidden_note.target_url


def test_nobody_on_duty_alerts_every_moderator(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.report_create("forum.post", world.topic.last_post.pk, world.author, "unsafe")
    assert _notes(world.moderator, "moderation.urgent").exists()
    assert _notes(world.second_moderator, "moderation.urgent").exists()


def test_an_ended_or_future_shift_does_not_count(world):
    now = timezone.now()
    DutyShift.objects.create(
        moderator=world.moderator, starts_at=now - timedelta(hours=3), ends_at=now - timedelta(hours=1)
    )
    DutyShift.objects.create(
        moderator=world.second_moderator, starts_at=now + timedelta(hours=1), ends_at=now + timedelta(hours=3)
    )
    assert set(services.moderators_on_duty()) == {world.moderator, world.second_moderator}  # nobody: everyone
    services.duty_start(world.second_moderator, 1)
    assert services.moderators_on_duty() == [world.second_moderator]


def test_other_reports_follow_each_moderators_preference(world):
    from community.notifications.services import preferences_update

    preferences_update(world.second_moderator, {"moderation.report": "off"})
    services.report_create("forum.post", world.topic.last_post.pk, world.author, "spam")
    assert _notes(world.moderator, "moderation.report").get().delivery == "immediate"
    assert _notes(world.second_moderator, "moderation.report").get().delivery == "off"


def test_urgent_alerts_cannot_be_switched_off(client, world):
    client.force_login(world.moderator)
    page = client.get("/meldingen/instellingen/").content.decode()
    assert "moderation.urgent" not in page and "moderation.report" in page


def test_a_second_report_joins_the_item_and_a_member_reports_once(world, user_factory):
    third = user_factory(pseudonym="Derde")
    post = world.topic.last_post
    services.report_create("forum.post", post.pk, world.author, "spam")
    services.report_create("forum.post", post.pk, world.author, "hurtful", "toch kwetsend")
    services.report_create("forum.post", post.pk, third, "spam")
    item = QueueItem.objects.get()
    assert item.reports.count() == 2
    assert sorted(item.reports.values_list("reason", flat=True)) == ["hurtful", "spam"]
    # Two reports, one alert row per moderator (grouped while unread).
    assert _notes(world.moderator, "moderation.report").count() == 1


def test_held_post_alerts_the_moderator_and_its_author_hears_when_approved(
    client, world, user_factory, django_capture_on_commit_callbacks
):
    newcomer = user_factory(pseudonym="Nieuwkomer")
    services.duty_start(world.second_moderator, 4)
    client.force_login(newcomer)
    url = topic_url(world.topic) + "post/create/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, form_data(subject="Re", content="Mijn eerste bericht"))
    item = QueueItem.objects.get(held=True)
    alert = _notes(world.second_moderator, "moderation.held").get()
    assert not _notes(world.moderator, "moderation.held").exists()
    # The author sees their own post, marked as waiting; others do not see it.
    assert "Mijn eerste bericht" in client.get(topic_url(world.topic)).content.decode()
    client.force_login(world.other)
    assert "Mijn eerste bericht" not in client.get(topic_url(world.topic)).content.decode()
    client.force_login(world.second_moderator)
    assert "Mijn eerste bericht" in _open_notification(client, alert).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/moderatie/{item.pk}/", {"action": "approve"}).status_code == 302
    approved = _notes(newcomer, "moderation.approved").get()
    assert world.topic.subject in approved.text
    # Followers of the topic hear about the post only now that it is visible.
    assert _notes(world.author, "forum.reply").exists()
    client.force_login(world.other)
    assert "Mijn eerste bericht" in client.get(topic_url(world.topic)).content.decode()


def test_a_handled_item_cannot_be_handled_twice(client, world):
    report = services.report_create("forum.post", world.topic.last_post.pk, world.author, "spam")
    services.item_resolve(report.item, world.moderator, "approve")
    client.force_login(world.second_moderator)
    response = client.post(f"/moderatie/{report.item_id}/", {"action": "hide"}, follow=True)
    assert response.status_code == 200
    world.topic.last_post.refresh_from_db()
    assert world.topic.last_post.approved
    assert LogEntry.objects.filter(action="hide").count() == 0


@override_settings(MODERATION_URGENT_MINUTES=30, MODERATION_WAIT_HOURS=24)
def test_items_that_wait_too_long_are_highlighted_and_escalated_once(client, world):
    services.duty_start(world.moderator, 8)
    report = services.report_create("forum.post", world.topic.last_post.pk, world.author, "unsafe")
    QueueItem.objects.filter(pk=report.item_id).update(
        created_at=timezone.now() - timedelta(minutes=45), due_at=timezone.now() - timedelta(minutes=15)
    )
    call_command("moderation_escalate", stdout=StringIO())
    call_command("moderation_escalate", stdout=StringIO())
    # Everyone is alerted now, not only the moderator on duty; once.
    assert _notes(world.second_moderator, "moderation.overdue").count() == 1
    assert LogEntry.objects.filter(action="escalate").count() == 1
    client.force_login(world.moderator)
    queue = client.get("/moderatie/").content.decode().replace("\xa0", " ")
    assert "review-row--overdue" in queue
    assert "45 minuten" in queue
    assert client.get("/moderatie/?age=overdue").content.decode().count("review-row--overdue") == 1


def test_the_reporter_sees_their_reports_and_another_member_does_not(client, world):
    services.report_create("forum.post", world.topic.last_post.pk, world.author, "privacy", "adres")
    client.force_login(world.author)
    assert world.topic.subject in client.get("/melden/mijn-meldingen/").content.decode()
    client.force_login(world.outsider)
    page = client.get("/melden/mijn-meldingen/").content.decode()
    assert world.topic.subject not in page
    client.logout()
    assert client.get("/melden/mijn-meldingen/").status_code == 302


def test_reports_stay_flat_when_a_post_is_written_by_a_moderator(world):
    post = post_add(world.topic, world.moderator, "Moderatorbericht")
    services.report_create("forum.post", post.pk, world.author, "spam")
    # The moderator who wrote it is not alerted about their own text.
    assert not _notes(world.moderator, "moderation.report").exists()
    assert _notes(world.second_moderator, "moderation.report").exists()


def test_when_the_only_moderator_on_duty_wrote_the_text_the_others_are_alerted(client, world):
    post = post_add(world.topic, world.moderator, "Bericht van de moderator")
    services.duty_start(world.moderator, 2)
    services.report_create("forum.post", post.pk, world.author, "unsafe")
    assert _notes(world.second_moderator, "moderation.urgent").exists()
    assert not _notes(world.moderator, "moderation.urgent").exists()
    # The author cannot open or handle the item about their own text; nor report it themselves.
    item = QueueItem.objects.get()
    client.force_login(world.moderator)
    assert client.get(f"/moderatie/{item.pk}/").status_code == 403
    assert client.post(f"/moderatie/{item.pk}/", {"action": "approve"}).status_code == 403
    client.force_login(world.author)
    own = world.topic.first_post_id
    assert client.post(f"/melden/forum.post/{own}/", {"reason": "spam"}).status_code in (403, 404)
    assert QueueItem.objects.count() == 1


def test_a_moderators_edit_is_not_held_and_a_held_edit_is_not_announced_again(client, world, user_factory):
    from forum.machina_models import Post

    newcomer = user_factory(pseudonym="Nieuw")
    post = post_add(world.topic, newcomer, "Mijn telefoonnummer is 0612345678")
    client.force_login(world.moderator)
    url = topic_url(world.topic) + f"{post.pk}/post/update/"
    response = client.post(url, form_data(subject="Re", content="Mijn telefoonnummer is [verwijderd]"))
    assert response.status_code == 302
    assert Post.objects.get(pk=post.pk).approved
    # The newcomer edits it: held again; approving it does not tell followers a second time.
    client.force_login(newcomer)
    client.post(url, form_data(subject="Re", content="Nieuwe tekst"))
    assert not Post.objects.get(pk=post.pk).approved
    item = QueueItem.objects.get(held=True)
    services.item_resolve(item, world.moderator, "approve")
    assert Post.objects.get(pk=post.pk).approved
    assert not _notes(world.author, "forum.reply").exists()


def test_showing_a_hidden_text_again_undoes_its_weight_on_trust(world):
    post = world.topic.last_post
    report = services.report_create("forum.post", post.pk, world.author, "hurtful")
    services.item_resolve(report.item, world.moderator, "hide")
    assert services.hold_reason(world.other, "x")  # recent report counts against them
    services.content_restore("forum.post", post.pk, world.second_moderator, "toch goed")
    post.refresh_from_db()
    assert post.approved
    assert QueueItem.objects.get().status == "approved"
    assert LogEntry.objects.filter(action="restore", moderator=world.second_moderator).exists()
