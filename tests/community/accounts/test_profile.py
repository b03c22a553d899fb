"""The profile: edit pseudonym, bio, avatar and language; others see only the public card."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from community.accounts.models import User

pytestmark = pytest.mark.django_db


def png_bytes(size=(40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "green").save(buffer, format="PNG")
    return buffer.getvalue()


def test_profile_needs_login(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_edit_profile_and_language(client, member):
    client.force_login(member)
    response = client.post(
        reverse("accounts:profile-edit"),
        {
            "pseudonym": "Zonnebloem2",
            "bio": "Moeder van twee.",
            "language": "en",
            "avatar": SimpleUploadedFile("a.png", png_bytes(), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"
    member.refresh_from_db()
    assert member.pseudonym == "Zonnebloem2" and member.language == "en" and member.avatar


def test_bad_profile_input_keeps_what_was_typed(client, member, user_factory):
    user_factory(pseudonym="Bezet")
    client.force_login(member)
    response = client.post(
        reverse("accounts:profile-edit"),
        {"pseudonym": "bezet", "bio": "Mijn <b>verhaal</b>", "language": "nl"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "al in gebruik" in html
    assert "Mijn &lt;b&gt;verhaal&lt;/b&gt;" in html
    response = client.post(
        reverse("accounts:profile-edit"),
        {
            "pseudonym": "Zonnebloem",
            "bio": "",
            "language": "nl",
            "avatar": SimpleUploadedFile("a.png", b"not an image", content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert "avatar" in response.context["form"].errors
    response = client.post(
        reverse("accounts:profile-edit"), {"pseudonym": "Zonnebloem", "bio": "x" * 501, "language": "nl"}
    )
    assert "bio" in response.context["form"].errors
    assert User.objects.get(pk=member.pk).pseudonym == "Zonnebloem"


def test_public_card_shows_pseudonym_not_email_or_real_name(client, user_factory, member):
    person = user_factory(pseudonym="Nachtuil", first_name="Johanna", last_name="Jansen", email="johanna@example.org")
    client.force_login(member)
    html = client.get(reverse("accounts:member-detail", args=[person.pk])).content.decode()
    assert "Nachtuil" in html
    assert "johanna@example.org" not in html and "Johanna" not in html and "Jansen" not in html


def test_inactive_member_card_is_gone(client, user_factory, member):
    person = user_factory(is_active=False)
    client.force_login(member)
    assert client.get(reverse("accounts:member-detail", args=[person.pk])).status_code == 404


def test_avatar_is_reencoded_without_exif_or_original_name(client, member):
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    buffer = io.BytesIO()
    Image.new("RGB", (800, 400), "red").save(buffer, format="JPEG", exif=exif)
    client.force_login(member)
    client.post(
        reverse("accounts:profile-edit"),
        {
            "pseudonym": "Zonnebloem",
            "bio": "",
            "language": "nl",
            "avatar": SimpleUploadedFile("Sanne de Vries.jpg", buffer.getvalue(), content_type="image/jpeg"),
        },
    )
    member.refresh_from_db()
    assert "Sanne" not in member.avatar.name and member.avatar.name.endswith(".png")
    with Image.open(member.avatar.path) as stored:
        assert stored.size == (256, 256)
        assert not stored.getexif()


def test_member_cards_need_login(client, user_factory):
    person = user_factory()
    response = client.get(reverse("accounts:member-detail", args=[person.pk]))
    assert response.status_code == 302 and "/account/login/" in response["Location"]
