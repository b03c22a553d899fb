"""Upload limits act before a large body is read or stored (community/uploads.py)."""

import gc
import io

import pytest
from asgiref.sync import async_to_sync
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.core.handlers.asgi import ASGIHandler
from django.urls import reverse
from PIL import Image

from community.accounts.forms import AVATAR_MAX_BYTES
from community.uploads import UploadLimitASGIMiddleware

EDIT = reverse("accounts:profile-edit")
MIDDLEWARE = "community.uploads.UploadLimitMiddleware"
BIG = 100 * 1024 * 1024


@pytest.fixture(autouse=True)
def upload_limit_middleware(settings):
    """The limit's middleware where docs/security.md places it: after MessageMiddleware."""
    if MIDDLEWARE not in settings.MIDDLEWARE:
        middleware = list(settings.MIDDLEWARE)
        middleware.insert(middleware.index("django.contrib.messages.middleware.MessageMiddleware") + 1, MIDDLEWARE)
        settings.MIDDLEWARE = middleware


class UnreadableInput(io.RawIOBase):
    """A request body that fails the test when anything reads it."""

    def read(self, *args):
        raise AssertionError("the request body was read")

    readline = readinto = read


def test_big_upload_gets_413_without_reading_the_body(client, member):
    client.force_login(member)
    response = client.generic(
        "POST",
        EDIT,
        content_type="multipart/form-data; boundary=xyz",
        **{"wsgi.input": UnreadableInput(), "CONTENT_LENGTH": str(BIG)},
    )
    assert response.status_code == 413
    assert "413.html" in [template.name for template in response.templates]
    assert "20,0\xa0MB" in response.content.decode()  # the limit, in Dutch


def test_limit_comes_from_the_setting(client, member, settings):
    settings.WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE = 50 * 1024
    client.force_login(member)
    payload = io.BytesIO()
    Image.new("RGB", (300, 300)).save(payload, format="BMP")  # ~270 KB
    response = client.post(
        EDIT,
        {
            "pseudonym": "Zonnebloem",
            "bio": "",
            "language": "nl",
            "avatar": SimpleUploadedFile("a.bmp", payload.getvalue(), content_type="image/bmp"),
        },
    )
    assert response.status_code == 413


def test_small_upload_still_works(client, member):
    payload = io.BytesIO()
    Image.new("RGB", (600, 400), "blue").save(payload, format="JPEG")
    client.force_login(member)
    response = client.post(
        EDIT,
        {
            "pseudonym": "Zonnebloem",
            "bio": "Hallo",
            "language": "nl",
            "avatar": SimpleUploadedFile("foto.jpg", payload.getvalue(), content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.avatar and member.bio == "Hallo"


def test_file_over_its_limit_is_not_stored_and_the_form_says_too_large(client, member, monkeypatch):
    stored = []
    original = TemporaryFileUploadHandler.receive_data_chunk

    def counting(self, raw_data, start):
        stored.append(len(raw_data))
        return original(self, raw_data, start)

    # 6 MB is above FILE_UPLOAD_MAX_MEMORY_SIZE, so the temporary-file handler is the one that stores.
    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", counting)
    client.force_login(member)
    response = client.post(
        EDIT,
        {
            "pseudonym": "Zonnebloem",
            "bio": "Wat ik typte",
            "language": "nl",
            "avatar": SimpleUploadedFile("groot.png", b"\0" * (3 * AVATAR_MAX_BYTES), content_type="image/png"),
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["avatar"]] == ["too_large"]
    assert "Wat ik typte" in response.content.decode()
    assert sum(stored) <= AVATAR_MAX_BYTES  # the rest was dropped while streaming, not stored


def test_avatar_input_carries_its_limit_for_the_browser_check(client, member):
    client.force_login(member)
    html = client.get(EDIT).content.decode()
    assert f'data-max-size="{AVATAR_MAX_BYTES}"' in html and "data-max-size-message=" in html


def _asgi_post(app, messages, headers):
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": EDIT,
        "raw_path": EDIT.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"content-type", b"multipart/form-data; boundary=xyz"), *headers],
        "client": ("127.0.0.1", 1234),
        "server": ("testserver", 80),
    }
    pending = list(messages)
    sent = []

    async def receive():
        if not pending:
            raise AssertionError("more of the body was read than the limit allows")
        return pending.pop(0)

    async def send(message):
        sent.append(message)

    async_to_sync(app)(scope, receive, send)
    gc.collect()
    return sent[0]["status"], pending


@pytest.mark.django_db(transaction=True)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_asgi_wrapper_refuses_by_content_length_without_reading():
    app = UploadLimitASGIMiddleware(ASGIHandler())
    status, unread = _asgi_post(app, [], [(b"content-length", str(BIG).encode())])
    assert status == 413


@pytest.mark.django_db(transaction=True)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_asgi_wrapper_stops_reading_a_chunked_body_at_the_limit(settings):
    settings.WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE = 1000
    chunk = {"type": "http.request", "body": b"x" * 600, "more_body": True}
    status, unread = _asgi_post(UploadLimitASGIMiddleware(ASGIHandler()), [chunk, chunk, chunk, chunk], [])
    assert status == 413
    assert len(unread) == 2  # stopped after the chunk that crossed the limit
