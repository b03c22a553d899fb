"""Upload limits that act before a large body is read, not after it has been stored.

Three layers, each cheap:

* ``UploadLimitASGIMiddleware`` wraps the ASGI application (community/asgi.py). Django's
  ASGIHandler reads the whole body into a temporary file *before* any Django middleware runs, so
  under uvicorn/daphne only a wrapper around the application can refuse a large body unread.
  It never passes more than the limit on to Django and marks the request as too large.
* ``UploadLimitMiddleware`` (Django middleware) answers 413 with a friendly page when the request
  was marked so, or when Content-Length exceeds the limit (WSGI, the test client), without
  touching ``request.body``/``POST``/``FILES``.
* ``PerFileLimitUploadHandler`` (first in FILE_UPLOAD_HANDLERS) stops storing a file once it
  exceeds the limit that the view declares (``max_upload_file_size``), and hands the form a
  marked, empty placeholder, so the form says "too large" instead of "required".

The limit is settings.WIJKPLEIN_MAX_UPLOAD_REQUEST_SIZE (bytes). A proxy in front (nginx's
``client_max_body_size``) remains the first line: it can refuse before the application sees anything.
"""

import asyncio
import io

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from community.app_settings import app_settings

TOO_LARGE_SCOPE_KEY = "wijkplein.request_too_large"
TOO_LARGE_META_KEY = "wijkplein.request_too_large"


def max_request_size():
    return app_settings.MAX_UPLOAD_REQUEST_SIZE


def _content_length(value):
    try:
        length = int(value)
    except (TypeError, ValueError):
        return None
    return length if length >= 0 else None


class UploadLimitASGIMiddleware:
    """ASGI wrapper: a body larger than the limit is never read into Django's temporary file.

    By Content-Length (refused before a single body byte is read) and, for bodies sent without
    it (chunked), by counting: Django then sees an empty body and the Django middleware answers 413.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = max_request_size()
        headers = dict(scope.get("headers") or [])
        length = _content_length(headers.get(b"content-length", b"").decode("latin-1") or None)
        scope = dict(scope)
        received = 0
        cut_off = False
        if length is not None and length > limit:
            scope[TOO_LARGE_SCOPE_KEY] = True
            cut_off = True
            sent_end = False
        else:
            sent_end = True  # only used once cut off

        async def limited_receive():
            nonlocal received, cut_off, sent_end
            if cut_off:
                if not sent_end:
                    sent_end = True
                    return {"type": "http.request", "body": b"", "more_body": False}
                # Django now only listens for a disconnect while it renders the short 413 page,
                # then cancels this: never read the rest of the body (the server closes the connection).
                await asyncio.Future()
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    scope[TOO_LARGE_SCOPE_KEY] = True
                    cut_off = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        return await self.app(scope, limited_receive, send)


def request_too_large(request):
    scope = getattr(request, "scope", None) or {}
    if scope.get(TOO_LARGE_SCOPE_KEY):
        return True
    length = _content_length(request.META.get("CONTENT_LENGTH"))
    return length is not None and length > max_request_size()


class UploadLimitMiddleware:
    """413 with a friendly page for a body over the limit; the body itself is never read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request_too_large(request):
            return render(
                request,
                "413.html",
                {"max_size": filesizeformat(max_request_size())},
                status=413,
            )
        return self.get_response(request)


class OversizedUpload(UploadedFile):
    """Stands in for a file that was not stored because it exceeded its limit. It has no content."""

    oversized = True

    def __init__(self, name, content_type, size, charset, limit):
        super().__init__(io.BytesIO(b""), name, content_type, size, charset)
        self.limit = limit


def view_upload_limit(request):
    """The per-file limit the resolved view declares as `max_upload_file_size`, or None."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    func = match.func
    limit = getattr(func, "max_upload_file_size", None)
    if limit is None:
        limit = getattr(getattr(func, "view_class", None), "max_upload_file_size", None)
    return int(limit) if limit else None


class PerFileLimitUploadHandler(FileUploadHandler):
    """Passes a file's chunks on to the next handler until it exceeds the view's limit, then drops them.

    Opt-in per view (``max_upload_file_size``): a form that takes files from such a view must
    recognise ``OversizedUpload`` (``LimitedFileMixin`` does). Views without a limit are untouched.
    """

    def new_file(self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None):
        super().new_file(field_name, file_name, content_type, content_length, charset, content_type_extra)
        self.limit = view_upload_limit(self.request)
        self.oversized = False
        # The files the next handlers hold now; any other they hold at the end is this one's part.
        self._earlier_files = {id(getattr(handler, "file", None)) for handler in self._others()}

    def _others(self):
        return [handler for handler in self.request.upload_handlers if handler is not self]

    def receive_data_chunk(self, raw_data, start):
        if self.limit is None:
            return raw_data
        if self.oversized or start + len(raw_data) > self.limit:
            self.oversized = True
            return None  # the next handlers store nothing more of this file
        return raw_data

    def file_complete(self, file_size):
        if self.limit is not None and self.oversized:
            for handler in self._others():  # close (and so delete) the part already stored
                partial = getattr(handler, "file", None)
                if partial is not None and id(partial) not in self._earlier_files:
                    partial.close()
            return OversizedUpload(self.file_name, self.content_type, file_size, self.charset, self.limit)
        return None  # the next handler returns the stored file


class LimitedFileMixin:
    """For form file fields: "too large" (not "required" or "not an image") for big or dropped files.

    Set `max_size` (bytes) and optionally `too_large_message` (may use %(limit)s).
    """

    max_size = None
    too_large_message = _("This file is too large: at most %(limit)s, please.")

    def check_size(self, data):
        limit = getattr(data, "limit", None) or self.max_size
        if getattr(data, "oversized", False) or (self.max_size and data and getattr(data, "size", 0) > self.max_size):
            raise forms.ValidationError(
                self.too_large_message, code="too_large", params={"limit": filesizeformat(limit)}
            )

    def to_python(self, data):
        self.check_size(data)
        return super().to_python(data)


TOO_MANY_PIXELS = _(
    "This picture has too many pixels (%(width)s × %(height)s). Make it smaller, for example "
    "to 2000 × 2000 pixels, and try again."
)
TOO_MANY_PIXELS_UNKNOWN = _(
    "This picture has too many pixels. Make it smaller, for example to 2000 × 2000 pixels, and try again."
)
NOT_A_PICTURE = _("This file is not a picture we can use. Try a JPG or PNG.")


def image_pixels_check(upload, max_pixels, formats=None):
    """Refuse an image whose header announces more than `max_pixels`, before anything is decoded.

    A small compressed file can describe an enormous image (a "decompression bomb") that takes
    gigabytes of memory to decode. Pillow's `Image.open` reads only the header. Pillow's own guard
    (Image.MAX_IMAGE_PIXELS: an error above twice that, only a warning above it) is handled too.
    """
    from PIL import Image

    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        with Image.open(upload, formats=formats) as image:
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # The warning is an exception only where warnings are errors (the tests); otherwise
        # the size check below refuses the same image.
        raise forms.ValidationError(TOO_MANY_PIXELS_UNKNOWN, code="too_many_pixels") from error
    except (OSError, ValueError, SyntaxError) as error:
        raise forms.ValidationError(NOT_A_PICTURE, code="invalid_image") from error
    finally:
        upload.seek(position)
    if width * height > max_pixels:
        raise forms.ValidationError(TOO_MANY_PIXELS, code="too_many_pixels", params={"width": width, "height": height})
    return width, height


class LimitedImageField(LimitedFileMixin, forms.ImageField):
    """An image field that checks bytes (`max_size`) and pixels (`max_pixels`) before Pillow decodes."""

    max_pixels = None
    formats = None

    def to_python(self, data):
        self.check_size(data)
        if data and self.max_pixels and not isinstance(data, str):
            image_pixels_check(data, self.max_pixels, self.formats)
        return super().to_python(data)
