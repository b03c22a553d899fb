"""Private files: stored outside the public media root, under unguessable names, served only by views
that check access first.

Two storages:

- ``STORAGES["default"]`` is a ``RoutingFileSystemStorage``: public media (images, documents, …) stay
  in MEDIA_ROOT under MEDIA_URL as before, but every name under ``private/`` goes to
  PRIVATE_MEDIA_ROOT instead, and ``url()`` refuses such names. Third-party models whose field
  storage we cannot change without a migration in their package (machina's attachments) become
  private just by getting an upload name under ``private/`` (see ``private_upload_name``).
- ``STORAGES["private"]`` (``PrivateFileSystemStorage``) is rooted at PRIVATE_MEDIA_ROOT directly, for
  our own models: ``models.FileField(storage=private_storage, upload_to=...)``.

Serve a private file with ``private_file_response(request, field_or_name, filename)`` after the view
has checked who may see it. How the bytes leave the server is PRIVATE_MEDIA_SERVE:

- ``"django"`` (default): a streaming FileResponse from Django;
- ``"x-accel"``: an empty response with ``X-Accel-Redirect: PRIVATE_MEDIA_INTERNAL_URL + name``, for an
  nginx ``internal`` location aliasing PRIVATE_MEDIA_ROOT;
- ``"x-sendfile"``: an empty response with ``X-Sendfile: <absolute path>`` (Apache mod_xsendfile).
"""

import mimetypes
import os
import re
import unicodedata
import uuid
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage, storages
from django.core.handlers.asgi import ASGIRequest
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, cached_property
from django.utils.http import content_disposition_header

PRIVATE_PREFIX = "private/"
SERVE_MODES = ("django", "x-accel", "x-sendfile")

# Types a browser may show inline. Anything else (HTML, SVG, XML, scripts, unknown) is sent as
# application/octet-stream and always as a download, so an upload can never run in our origin.
INLINE_SAFE_TYPES = {
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "text/plain",
    "audio/mpeg",
    "audio/ogg",
    "video/mp4",
    "video/webm",
}
# Types that are safe to hand over with their own name, but only as a download.
DOWNLOAD_TYPES = INLINE_SAFE_TYPES | {
    "text/csv",
    "application/json",
    "application/zip",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def private_media_root():
    return Path(getattr(settings, "PRIVATE_MEDIA_ROOT", Path(settings.MEDIA_ROOT).parent / "private"))


def is_private_name(name):
    return bool(name) and str(name).replace("\\", "/").startswith(PRIVATE_PREFIX)


@deconstructible(path="community.files.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """Files in PRIVATE_MEDIA_ROOT; they have no URL (serve them with ``private_file_response``)."""

    def __init__(self, location=None, **kwargs):
        kwargs.pop("base_url", None)
        super().__init__(location=location, base_url=None, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, private_media_root())

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them with community.files.private_file_response.")


@deconstructible(path="community.files.RoutingFileSystemStorage")
class RoutingFileSystemStorage(FileSystemStorage):
    """MEDIA_ROOT for public names, PRIVATE_MEDIA_ROOT for names under ``private/`` (which have no URL)."""

    @cached_property
    def private(self):
        return PrivateFileSystemStorage(
            file_permissions_mode=self._file_permissions_mode,
            directory_permissions_mode=self._directory_permissions_mode,
        )

    def _route(self, name):
        name = str(name).replace("\\", "/")
        if name.startswith(PRIVATE_PREFIX):
            return self.private, name[len(PRIVATE_PREFIX) :]
        return None, name

    def _open(self, name, mode="rb"):
        storage, inner = self._route(name)
        return storage._open(inner, mode) if storage else super()._open(name, mode)

    def _save(self, name, content):
        storage, inner = self._route(name)
        if storage is None:
            return super()._save(name, content)
        return PRIVATE_PREFIX + storage._save(inner, content).replace("\\", "/")

    def delete(self, name):
        storage, inner = self._route(name)
        return storage.delete(inner) if storage else super().delete(name)

    def exists(self, name):
        storage, inner = self._route(name)
        return storage.exists(inner) if storage else super().exists(name)

    def listdir(self, path):
        storage, inner = self._route(path.rstrip("/") + "/" if path else path)
        return storage.listdir(inner) if storage else super().listdir(path)

    def path(self, name):
        storage, inner = self._route(name)
        return storage.path(inner) if storage else super().path(name)

    def size(self, name):
        storage, inner = self._route(name)
        return storage.size(inner) if storage else super().size(name)

    def url(self, name):
        storage, _inner = self._route(name or "")
        if storage is not None:
            raise ValueError("Private files have no public URL; serve them with community.files.private_file_response.")
        return super().url(name)

    def get_accessed_time(self, name):
        storage, inner = self._route(name)
        return storage.get_accessed_time(inner) if storage else super().get_accessed_time(name)

    def get_created_time(self, name):
        storage, inner = self._route(name)
        return storage.get_created_time(inner) if storage else super().get_created_time(name)

    def get_modified_time(self, name):
        storage, inner = self._route(name)
        return storage.get_modified_time(inner) if storage else super().get_modified_time(name)


class _PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages["private"]


private_storage = _PrivateStorage()


def safe_filename(filename, default="bestand", max_length=80):
    """A display and storage name without paths, control characters or surprises; keeps the extension."""
    name = unicodedata.normalize("NFC", os.path.basename(str(filename or "").replace("\\", "/")))
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r"[\"'<>:|?*;%/]+", "_", name).strip(" .")
    if not name:
        return default
    stem, ext = os.path.splitext(name)
    ext = ext[:16]
    return (stem[: max(1, max_length - len(ext))] + ext) if stem else default + ext


def private_upload_name(area, filename, max_name_length=40):
    """``private/<area>/<random>/<safe name>``: in PRIVATE_MEDIA_ROOT, unguessable, readable name kept.

    The random directory keeps the original (sanitised) name for downloads while nobody can guess
    the path. Keep `area` short: FileField names are 100 characters by default.
    """
    name = safe_filename(filename, max_length=max_name_length).replace(" ", "_")
    return f"{PRIVATE_PREFIX}{area.strip('/')}/{uuid.uuid4().hex}/{name}"


def _private_relative_path(file):
    """(absolute path, path relative to PRIVATE_MEDIA_ROOT) of a private file; 404 for anything else."""
    if isinstance(file, FieldFile):
        if not file:
            raise Http404("No file")
        storage, name = file.storage, file.name
    else:
        storage, name = (storages["default"], str(file)) if is_private_name(file) else (private_storage, str(file))
    try:
        absolute = Path(os.path.realpath(storage.path(name)))
    except (NotImplementedError, SuspiciousFileOperation, ValueError):
        raise Http404("No such private file") from None
    root = Path(os.path.realpath(private_media_root()))
    if root not in absolute.parents:
        # Only files inside PRIVATE_MEDIA_ROOT are served here (never public media or other paths).
        raise Http404("Not a private file")
    if not absolute.is_file():
        raise Http404("Private file is missing")
    return absolute, absolute.relative_to(root).as_posix()


def private_content_type(filename):
    content_type, encoding = mimetypes.guess_type(filename)
    if encoding or content_type not in DOWNLOAD_TYPES:
        return "application/octet-stream"
    return content_type


async def _file_chunks(handle, size=64 * 1024):
    import asyncio

    try:
        while chunk := await asyncio.to_thread(handle.read, size):
            yield chunk
    finally:
        handle.close()


def private_file_response(request, file_field_or_name, filename=None, *, as_attachment=True):
    """Serve a private file to a request the caller has already authorised.

    Always: ``Cache-Control: private, no-store``, ``X-Content-Type-Options: nosniff``, a sandboxing
    Content-Security-Policy, an RFC 6266/5987 Content-Disposition, and a content type that never lets
    HTML or SVG render (they go out as application/octet-stream, as a download).
    """
    absolute, relative = _private_relative_path(file_field_or_name)
    filename = safe_filename(filename or absolute.name)
    content_type = private_content_type(filename)
    if content_type not in INLINE_SAFE_TYPES:
        as_attachment = True
    if content_type == "text/plain":
        content_type = "text/plain; charset=utf-8"

    mode = getattr(settings, "PRIVATE_MEDIA_SERVE", "django")
    if mode == "django":
        handle = absolute.open("rb")
        if isinstance(request, ASGIRequest):
            # Under ASGI a synchronous FileResponse is read whole into memory first (and Django
            # warns); an asynchronous stream sends it in chunks without blocking the event loop.
            response = StreamingHttpResponse(_file_chunks(handle), content_type=content_type)
            response["Content-Length"] = str(os.fstat(handle.fileno()).st_size)
        else:
            response = FileResponse(handle, content_type=content_type)
    elif mode == "x-accel":
        internal = getattr(settings, "PRIVATE_MEDIA_INTERNAL_URL", "/_private/")
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = internal.rstrip("/") + "/" + quote(relative)
    elif mode == "x-sendfile":
        response = HttpResponse(content_type=content_type)
        response["X-Sendfile"] = str(absolute)
    else:
        raise ImproperlyConfigured(f"PRIVATE_MEDIA_SERVE must be one of {', '.join(SERVE_MODES)}, not {mode!r}")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def private_media_root_check(app_configs=None, **kwargs):
    """System check: PRIVATE_MEDIA_ROOT must not lie inside MEDIA_ROOT (it would be public)."""
    from django.core.checks import Error

    media = Path(os.path.realpath(settings.MEDIA_ROOT))
    private = Path(os.path.realpath(private_media_root()))
    if private == media or media in private.parents:
        return [
            Error(
                "PRIVATE_MEDIA_ROOT lies inside MEDIA_ROOT, so private files would be public.",
                hint="Point PRIVATE_MEDIA_ROOT to a directory outside MEDIA_ROOT.",
                id="community.E101",
            )
        ]
    return []
