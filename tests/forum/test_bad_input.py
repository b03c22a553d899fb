"""Bad input: clear Dutch errors, what was typed kept, nothing executed, never a 500."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from forum.machina_models import Post, Topic
from forum.rendering import render_post
from tests.forum.conftest import form_data, forum_url, topic_url

pytestmark = pytest.mark.django_db

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">klik</a>'


@pytest.fixture
def member_client(client, world):
    client.force_login(world.other)
    return client


def _reply_url(world):
    return topic_url(world.topic) + "post/create/"


def test_empty_post_gives_an_error_and_keeps_the_subject(member_client, world):
    response = member_client.post(_reply_url(world), form_data(subject="Mijn onderwerp blijft", content=""))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mijn onderwerp blijft" in body
    assert "field__error" in body and "verplicht" in body.lower()


def test_one_megabyte_post_is_refused_with_the_text_kept(member_client, world):
    text = "Heel lang verhaal. " * 55_000  # about 1 MB
    response = member_client.post(_reply_url(world), form_data(subject="Lang", content=text))
    assert response.status_code == 200
    body = response.content.decode()
    assert "field__error" in body
    assert "20000" in body.replace(".", "")
    assert text[:5000] in body
    assert not Post.objects.filter(subject="Lang").exists()


@override_settings(FORUM_POST_MAX_LENGTH=50)
def test_post_length_limit_is_read_when_the_form_is_checked(member_client, world):
    response = member_client.post(_reply_url(world), form_data(subject="Kort", content="x" * 60))
    assert response.status_code == 200
    assert "field__error" in response.content.decode()
    assert not Post.objects.filter(subject="Kort").exists()
    assert member_client.post(_reply_url(world), form_data(subject="Kort", content="x" * 50)).status_code == 302


def test_attachment_of_wrong_type_is_refused(member_client, world):
    data = form_data(subject="Met bijlage", content="Zie bijlage", **{"attachment-TOTAL_FORMS": "1"})
    data["attachment-0-file"] = SimpleUploadedFile("virus.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    data["attachment-0-comment"] = "mijn bestand"
    response = member_client.post(_reply_url(world), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Zie bijlage" in body
    assert "pdf, jpg, jpeg, png, txt" in body
    assert not Post.objects.filter(subject="Met bijlage").exists()


@override_settings(FORUM_ATTACHMENT_MAX_SIZE=1024)
def test_attachment_too_big_is_refused(member_client, world):
    data = form_data(subject="Groot", content="Groot bestand", **{"attachment-TOTAL_FORMS": "1"})
    data["attachment-0-file"] = SimpleUploadedFile("groot.txt", b"x" * 5000, content_type="text/plain")
    response = member_client.post(_reply_url(world), data)
    assert response.status_code == 200
    assert "1,0" in response.content.decode() or "1.0" in response.content.decode()
    assert not Post.objects.filter(subject="Groot").exists()


def test_allowed_attachment_is_stored_and_downloadable(member_client, world):
    data = form_data(subject="Goed", content="Met lijstje", **{"attachment-TOTAL_FORMS": "1"})
    data["attachment-0-file"] = SimpleUploadedFile("lijst.txt", b"boodschappen", content_type="text/plain")
    response = member_client.post(_reply_url(world), data)
    assert response.status_code == 302
    post = Post.objects.get(subject="Goed")
    attachment = post.attachments.get()
    response = member_client.get(f"/forum/attachment/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"boodschappen"


def test_xss_in_subject_and_body_is_not_executed(member_client, world):
    response = member_client.post(_reply_url(world), form_data(subject=XSS[:200], content=XSS))
    assert response.status_code == 302
    page = member_client.get(topic_url(world.topic)).content.decode()
    assert "<script>alert(1)" not in page
    assert not re.search(r"<[^>]*\bonerror", page)
    assert not re.search(r"<a[^>]*href=\"javascript:", page)


def test_xss_in_new_topic_and_poll_options(member_client, world):
    data = form_data(
        subject="<script>alert('t')</script>Peiling",
        content="Stem!",
        topic_type="0",
        poll_question="<img src=x onerror=alert(1)>Vraag",
        poll_max_options="1",
        **{"poll-TOTAL_FORMS": "2"},
    )
    data["poll-0-text"] = "<script>alert('o')</script>Ja"
    data["poll-1-text"] = "<b onmouseover=alert(1)>Nee</b>"
    response = member_client.post(forum_url(world.public) + "topic/create/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    topic = Topic.objects.get(subject__endswith="Peiling")
    page = member_client.get(topic_url(topic)).content.decode()
    assert "<script>alert(" not in page
    assert "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(&#x27;o&#x27;)&lt;/script&gt;Ja" in page


def test_reply_to_locked_topic_keeps_text_and_explains(member_client, world):
    Topic.objects.filter(pk=world.topic.pk).update(status=Topic.TOPIC_LOCKED)
    response = member_client.post(_reply_url(world), form_data(subject="Re: x", content="Mijn getypte antwoord"))
    assert response.status_code == 409
    body = response.content.decode()
    assert "Mijn getypte antwoord" in body
    assert "gesloten" in body
    assert not Post.objects.filter(content="Mijn getypte antwoord").exists()


def test_locked_topic_page_says_it_is_closed(member_client, world):
    Topic.objects.filter(pk=world.topic.pk).update(status=Topic.TOPIC_LOCKED)
    page = member_client.get(topic_url(world.topic)).content.decode()
    assert "post/create/" not in page
    assert "gesloten" in page


def test_render_post_sanitises_and_marks_links():
    html = render_post(
        XSS + "\n\n[Wijkplein](https://wijkplein.example) <a href='https://x.example' onclick='x()'>x</a>"
    )
    assert "<script" not in html
    assert not re.search(r"<[^>]*\bon(error|click)", html)
    assert not re.search(r"<a[^>]*javascript:", html)
    raw_html = render_post('<p>Hoi <a href="javascript:alert(1)" onclick="x()">link</a><img src=x onerror=y></p>')
    assert not re.search(r"<a[^>]*javascript:|<[^>]*\bon(click|error)", raw_html)
    assert 'rel="nofollow ugc noopener"' in html
    assert '<a href="https://wijkplein.example" rel="nofollow ugc noopener">Wijkplein</a>' in html
    assert "<strong>vet</strong>" in render_post("**vet**")
