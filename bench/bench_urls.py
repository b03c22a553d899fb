"""The site's URLs plus /_bench/bare/: a view that does nothing, served by the same process through
the same middleware, so a page's requests per second can be read as a ratio to it."""

from django.http import HttpResponse
from django.urls import include, path

from community.urls import handler403, handler404, handler500  # noqa: F401


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("_bench/bare/", bare),
    path("", include("community.urls")),
]
