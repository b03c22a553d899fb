"""Forum attachments are private files: random names outside MEDIA_ROOT, served only by the
attachment view after the access checks, with safe headers; old public files are moved."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from forum.machina_models import Attachment, Post
from tests.factories.forum import post_add
from tests.forum.conftest import form_data, topic_url

pytestmark = pytest.mark.django_db


def _body(response):
    """The whole body. Consuming a streamed response lets the test client close it (and its file)
    safely; calling close() again would fire request_finished, which closes the test's database
    connection on PostgreSQL."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def _private_attachment_uploaded(client, world, name="plan van aanpak.txt", content=b"geheim plan"):
    """A member of the private group attaches a file to a reply, through machina's real form."""
    client.force_login(world.author)
    data = form_data(subject="Met bijlage", content="Zie bijlage", **{"attachment-TOTAL_FORMS": "1"})
    data["attachment-0-file"] = SimpleUploadedFile(name, content, content_type="text/plain")
    response = client.post(topic_url(world.private_topic) + "post/create/", data)
    assert response.status_code == 302, response.content[:500]
    client.logout()
    return Post.objects.get(subject="Met bijlage").attachments.get()


def test_private_attachment_is_stored_outside_media_root_under_a_random_name(client, world):
    attachment = _private_attachment_uploaded(client, world)
    name = attachment.file.name
    assert name.startswith("private/forum-attachments/")
    assert name != "plan van aanpak.txt" and not name.startswith("machina/")
    assert len(name.split("/")[2]) == 32  # the random directory
    path = Path(attachment.file.path).resolve()
    assert path.is_file() and path.read_bytes() == b"geheim plan"
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    assert not any(p.name.startswith("plan") for p in Path(settings.MEDIA_ROOT).rglob("*"))
    with pytest.raises(ValueError):
        _ = attachment.file.url
    with pytest.raises(ValueError):
        default_storage.url(name)
    for url in [f"/media/{name}", "/media/machina/attachments/plan_van_aanpak.txt", f"/media/{name[8:]}"]:
        assert client.get(url).status_code == 404


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_private_attachment_is_404_for_non_members(client, world, who):
    attachment = _private_attachment_uploaded(client, world)
    if who == "outsider":
        client.force_login(world.outsider)
    assert client.get(f"/forum/attachment/{attachment.pk}/").status_code == 404


def test_member_downloads_private_attachment_with_safe_headers(client, world):
    attachment = _private_attachment_uploaded(client, world, name="plan van aanpak.txt")
    client.force_login(world.other)
    response = client.get(f"/forum/attachment/{attachment.pk}/")
    assert response.status_code == 200
    assert _body(response) == b"geheim plan"
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="plan_van_aanpak.txt"'


def test_html_or_svg_attachment_never_renders(client, world):
    post = world.private_topic.last_post
    html = Attachment.objects.create(post=post, file=SimpleUploadedFile("x.html", b"<script>alert(1)</script>"))
    svg = Attachment.objects.create(post=post, file=SimpleUploadedFile("plaatje.svg", b"<svg onload=alert(1)>"))
    client.force_login(world.other)
    for attachment in (html, svg):
        response = client.get(f"/forum/attachment/{attachment.pk}/")
        _body(response)
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_non_ascii_filename_uses_rfc5987(client, world):
    post = world.private_topic.last_post
    attachment = Attachment.objects.create(post=post, file=SimpleUploadedFile("überweg 😀.pdf", b"%PDF-1.4"))
    client.force_login(world.other)
    response = client.get(f"/forum/attachment/{attachment.pk}/")
    _body(response)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename*=utf-8''%C3%BCberweg")


def test_x_accel_mode_sends_the_header_and_no_body(client, world, settings):
    settings.PRIVATE_MEDIA_SERVE = "x-accel"
    attachment = _private_attachment_uploaded(client, world, name="plan.txt")
    client.force_login(world.other)
    response = client.get(f"/forum/attachment/{attachment.pk}/")
    assert response.status_code == 200
    assert response.content == b""
    inner = attachment.file.name.removeprefix("private/")
    assert response["X-Accel-Redirect"] == f"/_private/{inner}"
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'attachment; filename="plan.txt"'


def test_x_sendfile_mode_sends_the_absolute_path(client, world, settings):
    settings.PRIVATE_MEDIA_SERVE = "x-sendfile"
    attachment = _private_attachment_uploaded(client, world, name="plan.txt")
    client.force_login(world.other)
    response = client.get(f"/forum/attachment/{attachment.pk}/")
    assert response.content == b""
    assert response["X-Sendfile"] == str(Path(attachment.file.path).resolve())


def test_attachment_of_held_post_is_for_its_poster_and_moderators_only(client, world):
    post = post_add(world.private_topic, world.author, "Wacht nog op goedkeuring", approved=False)
    attachment = Attachment.objects.create(post=post, file=SimpleUploadedFile("wacht.txt", b"nog niet"))
    url = f"/forum/attachment/{attachment.pk}/"
    client.force_login(world.other)  # a member of the group, not the poster
    assert client.get(url).status_code == 404
    client.force_login(world.author)
    response = client.get(url)
    assert response.status_code == 200 and _body(response) == b"nog niet"
    client.force_login(world.moderator)
    response = client.get(url)
    assert response.status_code == 200 and _body(response) == b"nog niet"


def test_migration_moves_old_public_attachments_to_private_random_names(world, django_capture_on_commit_callbacks):
    old_name = default_storage.save("machina/attachments/oud plan.txt", ContentFile(b"oud geheim"))
    old_path = Path(settings.MEDIA_ROOT) / old_name
    assert old_path.is_file()
    attachment = Attachment.objects.create(post=world.private_topic.last_post, file=old_name)
    missing = Attachment.objects.create(post=world.private_topic.last_post, file="machina/attachments/weg.txt")
    migration = importlib.import_module("forum.migrations.0003_private_attachments")

    with django_capture_on_commit_callbacks(execute=True):
        migration.attachments_make_private(django_apps, None)

    attachment.refresh_from_db()
    assert attachment.file.name.startswith("private/forum-attachments/")
    assert attachment.file.name.endswith("/oud_plan.txt")
    new_path = Path(attachment.file.path).resolve()
    assert new_path.read_bytes() == b"oud geheim"
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in new_path.parents
    assert not old_path.exists()
    missing.refresh_from_db()
    assert missing.file.name == "machina/attachments/weg.txt"


def test_the_poster_edits_a_post_with_a_private_attachment(client, world):
    """The edit form names the attachment without a link (a private file has no public URL)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from forum.machina_models import Attachment

    post = world.private_topic.first_post
    Attachment.objects.create(post=post, file=SimpleUploadedFile("verslag.txt", b"tekst"), comment="")
    client.force_login(world.author)
    topic = world.private_topic
    response = client.get(
        f"/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/{post.pk}/post/update/"
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "verslag.txt" in page
    assert "private/forum-attachments" not in page
