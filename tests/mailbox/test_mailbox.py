"""The private mailbox through real URLs: the whole loop (member writes → professionals are told →
one answers → the member is told → closed → survey), who may see what, bad input, retention."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from community.notifications.models import Notification
from socialmap.mailbox import services
from socialmap.mailbox.models import Attachment, Draft, Message, ProviderMailbox, SurveyResponse, Thread
from tests.factories.accounts import UserFactory
from tests.factories.mailbox import provider, provider_professional
from tests.factories.partners import PartnerFactory
from tests.factories.socialmap import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def start(client, partner, text="Mijn zoon slaapt slecht. Kunnen jullie helpen?", **extra):
    return client.post(reverse("mailbox:start", args=[partner.slug]), {"text": text, **extra})


def thread_of(member):
    return Thread.objects.get(member=member)


def notified(user, kind):
    return Notification.objects.filter(recipient=user, kind=kind).exists()


# --- The loop ----------------------------------------------------------------------------------


def test_the_whole_loop_from_a_service_page_to_the_survey(client):
    partner, pro = provider(name="Buurtteam Deventer")
    colleague = provider_professional(partner)
    service = ServiceFactory(organization=OrganizationFactory(partner=partner), name="Opvoedhulp")
    member = UserFactory(pseudonym="Zonnebloem")
    client.force_login(member)

    # The service page offers the mailbox.
    page = client.get(reverse("socialmap:service-detail", args=[service.uuid])).content.decode()
    start_url = reverse("mailbox:start", args=[partner.slug]) + f"?dienst={service.uuid}"
    assert start_url.replace("&", "&amp;") in page or start_url in page

    # The start page says how it works; sending opens the thread with the welcome message first.
    form = client.get(start_url).content.decode()
    assert "Buurtteam Deventer" in form and "112" in form
    response = client.post(start_url, {"text": "Mijn zoon slaapt slecht.", "dienst": str(service.uuid)})
    thread = thread_of(member)
    assert response.status_code == 302 and response["Location"] == reverse("mailbox:thread", args=[thread.public_id])
    assert thread.service == service and thread.origin == Thread.Origin.SERVICE
    kinds = list(thread.messages.values_list("kind", flat=True))
    assert kinds == [Message.Kind.WELCOME, Message.Kind.TEXT]
    assert "Buurtteam Deventer" in thread.messages.first().text

    # Both professionals are told (content-free), and find it in the inbox in one click.
    assert notified(pro, "mailbox.new") and notified(colleague, "mailbox.new")
    client.force_login(pro)
    inbox = client.get(reverse("mailbox:inbox")).content.decode()
    assert "Zonnebloem" in inbox and reverse("mailbox:thread", args=[thread.public_id]) in inbox

    # The professional answers: they take the thread, the member is told.
    url = reverse("mailbox:thread", args=[thread.public_id])
    assert "Mijn zoon slaapt slecht." in client.get(url).content.decode()
    client.post(url, {"text": "Wat fijn dat je schrijft. Hoe oud is hij?"})
    thread.refresh_from_db()
    assert thread.assigned_to == pro and thread.first_response_at is not None
    assert notified(member, "mailbox.answer")

    # The member sees the answer as unread in the account menu and the list, then reads it.
    client.force_login(member)
    mine = client.get(reverse("mailbox:mine")).content.decode()
    assert "mailbox-item--unread" in mine
    assert "Hoe oud is hij?" in client.get(url).content.decode()
    assert "mailbox-item--unread" not in client.get(reverse("mailbox:mine")).content.decode()
    client.post(url, {"text": "Hij is 4."})
    assert notified(pro, "mailbox.message")

    # Closing asks the member for the survey; they answer once.
    client.force_login(pro)
    client.post(reverse("mailbox:close", args=[thread.public_id]))
    thread.refresh_from_db()
    assert thread.status == Thread.Status.CLOSED and notified(member, "mailbox.closed")
    client.force_login(member)
    page = client.get(url).content.decode()
    assert 'name="score"' in page and 'name="text"' not in page
    client.post(reverse("mailbox:survey", args=[thread.public_id]), {"score": "4", "comment": "Fijn contact"})
    answer = SurveyResponse.objects.get()
    assert (answer.partner, answer.score, answer.comment) == (partner, 4, "Fijn contact")
    again = client.post(reverse("mailbox:survey", args=[thread.public_id]), {"score": "1"}, follow=True)
    assert SurveyResponse.objects.count() == 1
    assert "al ingevuld" in again.content.decode() or "already answered" in again.content.decode()


def test_notification_emails_carry_no_content(client, mailoutbox, django_capture_on_commit_callbacks):
    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        start(client, partner, text="Geheime zorg over thuis")
    assert mailoutbox, "the professional gets an email"
    for mail in mailoutbox:
        assert "Geheime zorg" not in mail.body and "Geheime zorg" not in mail.subject


def test_assigning_to_a_colleague_tells_them_and_only_colleagues_can_be_chosen(client):
    partner, pro = provider()
    colleague = provider_professional(partner)
    outsider = provider_professional()  # another organisation
    member = UserFactory()
    client.force_login(member)
    start(client, partner)
    thread = thread_of(member)
    client.force_login(pro)
    assign = reverse("mailbox:assign", args=[thread.public_id])
    client.post(assign, {"assignee": outsider.pk})
    thread.refresh_from_db()
    assert thread.assigned_to is None
    client.post(assign, {"assignee": colleague.pk})
    thread.refresh_from_db()
    assert thread.assigned_to == colleague and notified(colleague, "mailbox.assigned")
    client.force_login(colleague)
    mine = client.get(reverse("mailbox:inbox") + "?tab=mine").content.decode()
    assert reverse("mailbox:thread", args=[thread.public_id]) in mine
    unassigned = client.get(reverse("mailbox:inbox") + "?tab=unassigned").content.decode()
    assert reverse("mailbox:thread", args=[thread.public_id]) not in unassigned


def test_the_welcome_message_is_the_providers_own(client):
    partner, pro = provider()
    client.force_login(pro)
    url = reverse("mailbox:settings", args=[partner.slug])
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"active": "on", "welcome": "Hallo! Wij antwoorden binnen een dag.", "survey_questions": "Wat hielp?"}
    )
    assert response.status_code == 302
    member = UserFactory()
    client.force_login(member)
    start(client, partner)
    assert thread_of(member).messages.first().text == "Hallo! Wij antwoorden binnen een dag."
    thread = thread_of(member)
    services.close(pro, thread)
    page = client.get(reverse("mailbox:thread", args=[thread.public_id])).content.decode()
    assert "Wat hielp?" in page
    client.post(reverse("mailbox:survey", args=[thread.public_id]), {"score": "5", "question_0": "Het luisteren"})
    assert SurveyResponse.objects.get().answers == {"Wat hielp?": "Het luisteren"}


def test_a_draft_is_kept_on_the_server_and_gone_after_sending(client):
    partner, _pro = provider()
    member = UserFactory()
    client.force_login(member)
    start(client, partner)
    thread = thread_of(member)
    draft = reverse("mailbox:draft", args=[thread.public_id])
    assert client.post(draft, {"text": "Ik wilde nog zeggen"}).json() == {"saved": True}
    page = client.get(reverse("mailbox:thread", args=[thread.public_id])).content.decode()
    assert "Ik wilde nog zeggen</textarea>" in page
    client.post(reverse("mailbox:thread", args=[thread.public_id]), {"text": "Ik wilde nog zeggen: dank je"})
    assert not Draft.objects.exists()


def test_attachments_are_private_and_only_for_the_conversation(client, settings):
    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    upload = SimpleUploadedFile("verslag.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    start(client, partner, attachments=upload)
    attachment = Attachment.objects.get()
    thread = thread_of(member)
    url = reverse("mailbox:attachment", args=[thread.public_id, attachment.public_id])
    # Stored outside the public media folder, under a random folder name.
    assert not attachment.file.path.startswith(str(settings.MEDIA_ROOT) + "/")
    assert "verslag" in attachment.file.name and len(attachment.file.name.split("/")[1]) == 32
    for reader in (member, pro):
        client.force_login(reader)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 test"
        assert response["Cache-Control"] == "private, no-store"
    for outsider in (UserFactory(), provider_professional(), UserFactory(is_superuser=True)):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    # The member's data download carries the file they sent; the professional's does not.
    from tests.factories.privacy import export_sections

    files = export_sections(member)["mailbox"].files
    assert [name for name, _file in files] == [f"{attachment.pk}-verslag.pdf"]
    assert export_sections(pro)["mailbox"].files == []
    client.logout()
    assert client.get(url).status_code == 302


# --- Access ------------------------------------------------------------------------------------


def test_only_the_member_and_the_providers_professionals_read_a_thread(client):
    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    start(client, partner, text="Alleen voor jullie")
    thread = thread_of(member)
    other_provider_pro = provider_professional()
    urls = [
        reverse("mailbox:thread", args=[thread.public_id]),
        reverse("mailbox:assign", args=[thread.public_id]),
        reverse("mailbox:close", args=[thread.public_id]),
        reverse("mailbox:survey", args=[thread.public_id]),
        reverse("mailbox:draft", args=[thread.public_id]),
    ]
    for outsider in (UserFactory(), other_provider_pro, UserFactory(is_superuser=True)):
        client.force_login(outsider)
        assert client.get(urls[0]).status_code == 404
        for url in urls:
            assert client.post(url, {"text": "ingebroken", "assignee": "me", "score": "1"}).status_code == 404
        assert "Alleen voor jullie" not in client.get(reverse("mailbox:mine")).content.decode()
    client.force_login(other_provider_pro)
    assert "Alleen voor jullie" not in client.get(reverse("mailbox:inbox") + "?tab=all").content.decode()
    assert Message.objects.filter(text="ingebroken").count() == 0
    thread.refresh_from_db()
    assert thread.assigned_to is None and thread.is_open
    # A guessed id is the same 404 as a real one of someone else.
    client.force_login(UserFactory())
    assert client.get(reverse("mailbox:thread", args=["00000000-0000-0000-0000-000000000000"])).status_code == 404


def test_a_member_cannot_use_the_professionals_tools(client):
    partner, _pro = provider()
    member = UserFactory()
    client.force_login(member)
    start(client, partner)
    thread = thread_of(member)
    assert client.post(reverse("mailbox:close", args=[thread.public_id])).status_code == 403
    assert client.post(reverse("mailbox:assign", args=[thread.public_id]), {"assignee": "me"}).status_code == 403
    assert client.get(reverse("mailbox:inbox")).status_code == 403
    assert client.get(reverse("mailbox:settings", args=[partner.slug])).status_code == 404
    thread.refresh_from_db()
    assert thread.is_open and thread.assigned_to is None


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    partner, _pro = provider()
    for url in (reverse("mailbox:mine"), reverse("mailbox:inbox"), reverse("mailbox:start", args=[partner.slug])):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    assert client.post(reverse("mailbox:start", args=[partner.slug]), {"text": "hoi"}).status_code == 302
    assert not Thread.objects.exists()


# --- Bad input ---------------------------------------------------------------------------------


def test_bad_input_keeps_what_was_typed(client, settings):
    settings.MAILBOX_MAX_LENGTH = 50
    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    long_text = "Een lang verhaal " * 5
    response = start(client, partner, text=long_text, subject="Slapen")
    assert response.status_code == 400
    page = response.content.decode()
    assert long_text.strip() in page and 'value="Slapen"' in page
    assert "te lang" in page or "too long" in page
    assert not Thread.objects.exists()

    exe = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    response = start(client, partner, text="Met bijlage", attachments=exe)
    page = response.content.decode()
    assert response.status_code == 400 and "virus.exe" in page and "Met bijlage" in page
    assert not Thread.objects.exists()

    empty = start(client, partner, text="   ")
    assert empty.status_code == 400 and not Thread.objects.exists()

    start(client, partner, text="Kort")
    thread = thread_of(member)
    services.close(pro, thread)
    closed = client.post(reverse("mailbox:thread", args=[thread.public_id]), {"text": "Nog iets"})
    assert closed.status_code == 400
    assert "gesloten" in closed.content.decode() or "closed" in closed.content.decode()
    assert not thread.messages.filter(text="Nog iets").exists()

    bad_score = client.post(reverse("mailbox:survey", args=[thread.public_id]), {"score": "9"})
    assert bad_score.status_code == 400 and not SurveyResponse.objects.exists()


def test_a_too_large_attachment_is_refused_with_a_clear_message(client, settings):
    settings.MAILBOX_ATTACHMENT_MAX_BYTES = 1000
    partner, _pro = provider()
    client.force_login(UserFactory())
    big = SimpleUploadedFile("scan.pdf", b"%PDF" + b"x" * 5000, content_type="application/pdf")
    response = start(client, partner, text="Zie bijlage", attachments=big)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Zie bijlage" in page and ("te groot" in page or "too large" in page)
    assert not Attachment.objects.exists()


def test_a_provider_without_professionals_cannot_be_written_to(client):
    partner = PartnerFactory()
    client.force_login(UserFactory())
    page = client.get(reverse("mailbox:start", args=[partner.slug])).content.decode()
    assert 'name="text"' not in page
    assert start(client, partner).status_code == 400
    assert not Thread.objects.exists()
    switched_off, _pro = provider()
    ProviderMailbox.objects.create(partner=switched_off, active=False)
    assert start(client, switched_off).status_code == 400


# --- Retention, export and erase ---------------------------------------------------------------


def test_closed_threads_are_deleted_after_the_retention_period_with_their_files(client, settings):
    settings.MAILBOX_RETENTION_DAYS = 30
    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    start(client, partner, attachments=SimpleUploadedFile("a.txt", b"tekst", content_type="text/plain"))
    old = thread_of(member)
    storage = Attachment._meta.get_field("file").storage
    name = Attachment.objects.get().file.name
    assert storage.exists(name)
    services.close(pro, old)
    services.survey_answer(member, old, 5)
    start(client, partner, text="Nog open")
    recent = Thread.objects.exclude(pk=old.pk).get()
    Thread.objects.filter(pk=old.pk).update(closed_at=timezone.now() - timedelta(days=31))

    output = io.StringIO()
    call_command("mailbox_maintain", stdout=output)
    assert "1 closed conversation" in output.getvalue()
    assert not Thread.objects.filter(pk=old.pk).exists()
    assert not Message.objects.filter(thread_id=old.pk).exists()
    assert not Attachment.objects.exists() and not storage.exists(name)
    assert Thread.objects.filter(pk=recent.pk).exists()
    survey = SurveyResponse.objects.get()
    assert survey.thread is None and survey.score == 5  # the aggregate keeps its count
    call_command("mailbox_maintain", stdout=io.StringIO())  # idempotent
    assert Thread.objects.count() == 1


def test_export_and_erase(client):
    import plugins

    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    start(client, partner, text="Over mijn dochter")
    thread = thread_of(member)
    services.reply(pro, thread, "Vertel eens")
    services.close(pro, thread)
    services.survey_answer(member, thread, 3, "Persoonlijke opmerking")

    sections = {section.key: section.data for section in plugins.collect("personal_data_export", user=member)}
    exported = sections["mailbox"]
    messages = exported["conversations"][0]["messages"]
    assert [message["from"] for message in messages] == ["me", "provider"]
    assert messages[0]["text"] == "Over mijn dochter" and "text" not in messages[1]  # not the pro's words
    assert exported["survey_answers"][0]["comment"] == "Persoonlijke opmerking"
    pro_export = {s.key: s.data for s in plugins.collect("personal_data_export", user=pro)}["mailbox"]
    assert [m["text"] for m in pro_export["messages_as_professional"]] == ["Vertel eens"]

    erased = {item.key: item.count for item in plugins.collect("personal_data_erase", user=member)}
    assert erased["mailbox.threads"] == 1
    assert not Thread.objects.exists() and not Message.objects.exists()
    survey = SurveyResponse.objects.get()
    assert survey.comment == "" and survey.score == 3


# --- Flat query counts -------------------------------------------------------------------------


def _grow(partner, pro, threads, messages):
    thread = None
    for number in range(threads):
        member = UserFactory()
        thread = services.thread_start(member, partner, f"Vraag {number}")
        for reply in range(messages):
            services.reply(pro if reply % 2 else member, thread, f"Bericht {reply}")
    return thread


def test_inbox_list_and_thread_keep_their_query_counts_as_data_grows(client, django_assert_max_num_queries):
    partner, pro = provider()
    thread = _grow(partner, pro, 2, 2)
    client.force_login(pro)
    pages = [reverse("mailbox:inbox") + "?tab=all", reverse("mailbox:thread", args=[thread.public_id])]
    counts = []
    for url in pages:
        client.get(url)
        with django_assert_max_num_queries(40) as small:
            assert client.get(url).status_code == 200
        counts.append(len(small.captured_queries))
    thread = _grow(partner, pro, 30, 20)
    pages[1] = reverse("mailbox:thread", args=[thread.public_id])
    for url, before in zip(pages, counts, strict=True):
        with django_assert_max_num_queries(before):
            assert client.get(url).status_code == 200
    member = thread.member
    client.force_login(member)
    client.get(reverse("mailbox:mine"))
    with django_assert_max_num_queries(40) as mine:
        client.get(reverse("mailbox:mine"))
    for _ in range(20):
        services.thread_start(member, partner, "Nog een vraag")
    with django_assert_max_num_queries(len(mine.captured_queries)):
        client.get(reverse("mailbox:mine"))


def test_a_silenced_member_is_told_why_and_keeps_what_they_typed(client):
    from community.moderation import services as moderation

    partner, _pro = provider()
    member = UserFactory()
    moderation.restrict(member, "silence", UserFactory(is_superuser=True), reason="Even afkoelen", days=2)
    client.force_login(member)
    response = start(client, partner, text="Mag ik toch iets vragen?")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Even afkoelen" in page and "Mag ik toch iets vragen?" in page
    assert not Thread.objects.exists()


def test_a_moderator_reads_only_the_reported_message_and_the_reporters_loop_closes(client):
    from community.moderation.models import QueueItem
    from tests.factories.forum import moderators_group

    partner, pro = provider()
    member = UserFactory()
    moderator = UserFactory()
    moderator.groups.add(moderators_group())
    client.force_login(member)
    start(client, partner, text="Mijn eigen verhaal")
    thread = thread_of(member)
    rude = services.reply(pro, thread, "Een kwetsend antwoord")
    url = reverse("mailbox:thread", args=[thread.public_id])

    client.force_login(moderator)
    assert client.get(url).status_code == 404  # nothing reported: a private conversation

    client.force_login(member)
    report = reverse("moderation:report", args=["mailbox.message", rude.pk])
    assert client.get(report).status_code == 200
    client.post(report, {"reason": "hurtful", "explanation": "Dit voelt niet goed"})
    assert QueueItem.objects.filter(content_kind="mailbox.message", object_id=str(rude.pk)).exists()

    client.force_login(moderator)
    page = client.get(url).content.decode()
    assert "Een kwetsend antwoord" in page and "Mijn eigen verhaal" not in page
    assert 'name="text"' not in page
    assert client.post(url, {"text": "moderator schrijft"}).status_code == 404
    assert not Message.objects.filter(text="moderator schrijft").exists()


def test_a_crisis_phrase_alerts_the_professionals_at_once_and_shows_help_without_blocking(client):
    partner, pro = provider()
    member = UserFactory()
    client.force_login(member)
    client.cookies["django_language"] = "en"
    response = start(client, partner, text="Ik wil niet meer leven, ik weet het niet meer.")
    assert response.status_code == 302
    thread = thread_of(member)
    assert thread.messages.filter(author=member).exists()  # never held
    assert notified(pro, "mailbox.crisis")
    page = client.get(response["Location"]).content.decode()
    assert "113" in page and "112" in page
    Notification.objects.filter(kind="mailbox.crisis").delete()
    client.post(reverse("mailbox:thread", args=[thread.public_id]), {"text": "Gewoon een vraag over slapen."})
    assert not notified(pro, "mailbox.crisis")
    client.post(reverse("mailbox:thread", args=[thread.public_id]), {"text": "Ik denk aan zelfmoord"})
    assert notified(pro, "mailbox.crisis")


def test_a_long_conversation_shows_the_latest_messages_first_and_earlier_ones_on_request(client, settings):
    settings.MAILBOX_THREAD_MESSAGES = 5
    partner, pro = provider()
    member = UserFactory()
    thread = services.thread_start(member, partner, "Bericht 0")
    for number in range(1, 8):
        services.reply(member, thread, f"Bericht {number}")
    client.force_login(member)
    page = client.get(reverse("mailbox:thread", args=[thread.public_id])).content.decode()
    assert "Bericht 7" in page and "Bericht 3" in page and "Bericht 2" not in page and "?alles=1" in page
    page = client.get(reverse("mailbox:thread", args=[thread.public_id]), {"alles": "1"}).content.decode()
    assert "Bericht 0" in page and page.index("Bericht 0") < page.index("Bericht 7")


def test_reading_a_conversation_again_without_news_writes_nothing(client, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    partner, pro = provider()
    member = UserFactory()
    thread = services.thread_start(member, partner, "Vraag")
    client.force_login(member)
    client.get(reverse("mailbox:thread", args=[thread.public_id]))
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("mailbox:thread", args=[thread.public_id]))
    writes = [q["sql"] for q in queries if q["sql"].startswith(("UPDATE", "INSERT")) and "mailbox_readmark" in q["sql"]]
    assert writes == []
