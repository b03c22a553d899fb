"""community/files.py: private names live outside MEDIA_ROOT, have no URL, and are served with safe headers."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.http import Http404
from django.test import RequestFactory

from community.files import (
    private_file_response,
    private_media_root_check,
    private_upload_name,
    safe_filename,
)

# Closing a response sends request_finished, which touches the database connections.
pytestmark = pytest.mark.django_db


def _body(response):
    """The whole body. Consuming a streamed response lets the test client close it (and its file)
    safely; calling close() again would fire request_finished, which closes the test's database
    connection on PostgreSQL."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    # Built without the test client (RequestFactory): close the served file itself.
    file = getattr(response, "file_to_stream", None)
    if file is not None:
        file.close()
    return body


def test_default_storage_routes_private_names_outside_media_root(settings):
    public = default_storage.save("documenten/folder.txt", ContentFile(b"openbaar"))
    private = default_storage.save(private_upload_name("exports", "mijn gegevens.zip"), ContentFile(b"prive"))
    assert Path(default_storage.path(public)).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    private_path = Path(default_storage.path(private)).resolve()
    assert private_path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not private_path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert default_storage.url(public) == "/media/documenten/folder.txt"
    with pytest.raises(ValueError):
        default_storage.url(private)
    assert default_storage.exists(private) and default_storage.size(private) == 5
    with default_storage.open(private) as handle:
        assert handle.read() == b"prive"
    default_storage.delete(private)
    assert not private_path.exists()


def test_private_storage_alias_has_no_url(settings):
    storage = storages["private"]
    name = storage.save("exports/a.txt", ContentFile(b"x"))
    assert Path(storage.path(name)).resolve().is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    with pytest.raises(ValueError):
        storage.url(name)


def test_upload_names_are_random_and_sanitised():
    first, second = private_upload_name("area", "../../etc/passwd"), private_upload_name("area", "../../etc/passwd")
    assert first != second and first.startswith("private/area/") and first.endswith("/passwd")
    assert ".." not in first
    assert safe_filename('a"b\r\nc<script>.html') == "a_bc_script_.html"
    assert len(private_upload_name("forum-attachments", "x" * 300 + ".pdf")) <= 100


def test_response_serves_only_files_inside_private_root():
    public = default_storage.save("openbaar.txt", ContentFile(b"x"))
    request = RequestFactory().get("/")
    with pytest.raises(Http404):
        private_file_response(request, public, "openbaar.txt")
    with pytest.raises(Http404):
        private_file_response(request, "private/../../etc/passwd", "passwd")
    with pytest.raises(Http404):
        private_file_response(request, "private/bestaat-niet.txt", "x.txt")


def test_response_headers_and_inline_only_for_safe_types():
    name = default_storage.save("private/t/foto.png", ContentFile(b"\x89PNG"))
    request = RequestFactory().get("/")
    response = private_file_response(request, name, "foto.png", as_attachment=False)
    assert _body(response) == b"\x89PNG"
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == 'inline; filename="foto.png"'
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    svg = default_storage.save("private/t/x.svg", ContentFile(b"<svg/>"))
    response = private_file_response(request, svg, "x.svg", as_attachment=False)
    _body(response)
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_check_refuses_private_root_inside_media_root(settings):
    assert private_media_root_check() == []
    settings.PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "private"
    assert [e.id for e in private_media_root_check()] == ["community.E101"]


def test_under_asgi_a_private_file_streams_asynchronously_in_chunks():
    import asyncio

    from django.test import AsyncRequestFactory

    content = b"geheim" * 30_000  # more than one chunk
    name = default_storage.save("private/t/groot.txt", ContentFile(content))
    response = private_file_response(AsyncRequestFactory().get("/"), name, "groot.txt")
    assert response.is_async and response["Content-Length"] == str(len(content))
    assert response["Cache-Control"] == "private, no-store"

    async def read():
        return b"".join([chunk async for chunk in response.streaming_content])

    assert asyncio.run(read()) == content
