"""Avatars: a small file that describes a huge image is refused from its header, before decoding."""

import functools
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import PngImagePlugin

from community.accounts.models import User

pytestmark = pytest.mark.django_db

EDIT = reverse("accounts:profile-edit")


@functools.cache
def blank_png(width, height):
    """A 1-bit black PNG written by hand: ~20 KB for 13000 x 13000 pixels, made in a fraction of a second."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = bytes(1 + (width + 7) // 8)  # filter byte + packed pixels
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@pytest.fixture
def no_png_decoding(monkeypatch):
    """Any attempt to decode a PNG's pixels fails the test: the check must work from the header alone."""

    def refuse(self):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", refuse)


@pytest.mark.parametrize(
    "size",
    [
        (13000, 13000),  # the reported bomb: Pillow itself only warns below 2 x MAX_IMAGE_PIXELS
        (8000, 8000),  # 64 MP: under Pillow's own limit, over ours
    ],
)
def test_avatar_with_too_many_pixels_is_refused_before_decoding(client, member, no_png_decoding, size):
    payload = blank_png(*size)
    assert len(payload) < 64 * 1024
    client.force_login(member)
    response = client.post(
        EDIT,
        {
            "pseudonym": "Nieuwe naam",
            "bio": "Wat ik net typte.",
            "language": "nl",
            "avatar": SimpleUploadedFile("groot.png", payload, content_type="image/png"),
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["avatar"]] == ["too_many_pixels"]
    html = response.content.decode()
    assert "Wat ik net typte." in html and 'value="Nieuwe naam"' in html
    member = User.objects.get(pk=member.pk)
    assert member.pseudonym == "Zonnebloem" and not member.avatar


def test_pixel_limit_names_the_size_when_pillow_does_not_object(client, member):
    client.force_login(member)
    response = client.post(
        EDIT,
        {
            "pseudonym": "Zonnebloem",
            "bio": "",
            "language": "en",
            "avatar": SimpleUploadedFile("groot.png", blank_png(8000, 8000), content_type="image/png"),
        },
    )
    assert "8000 × 8000" in response.content.decode()


def test_ordinary_avatar_within_the_limit_is_still_accepted(client, member):
    client.force_login(member)
    response = client.post(
        EDIT,
        {
            "pseudonym": "Zonnebloem",
            "bio": "",
            "language": "nl",
            "avatar": SimpleUploadedFile("klein.png", blank_png(3000, 2000), content_type="image/png"),
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.avatar.name.endswith(".png")
