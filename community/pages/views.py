"""Site search and the friendly error pages."""

import re

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.models import Page

from community.pages.models import InformationIndexPage, Topic, TopicIndexPage, paginate

SEARCH_MAX_LENGTH = 200
SEARCH_PAGE_SIZE = 10
WORD = re.compile(r"\w+", re.UNICODE)


class SearchView(TemplateView):
    template_name = "pages/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw_query = self.request.GET.get("q", "")
        query = " ".join(raw_query.split())
        notice = None
        if len(query) > SEARCH_MAX_LENGTH:
            query = query[:SEARCH_MAX_LENGTH].rsplit(" ", 1)[0] or query[:SEARCH_MAX_LENGTH]
            notice = _("Your search was very long; we searched for the first %(count)d characters.") % {
                "count": SEARCH_MAX_LENGTH
            }
        results = None
        # Search words only: operators and quotes mean nothing to parents and break full-text syntax.
        terms = " ".join(WORD.findall(query))
        if terms:
            found = Page.objects.live().public().exclude(depth__lte=1).search(terms)
            results = paginate(self.request, found, SEARCH_PAGE_SIZE)
            ids = [page.pk for page in results.object_list]
            specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
            results.object_list = [specific[pk] for pk in ids if pk in specific]
        context.update(
            query=query,
            results=results,
            notice=notice,
            topics=Topic.objects.all()[:12] if not results or not results.object_list else [],
            search_max_length=SEARCH_MAX_LENGTH,
        )
        return context


def information_index_redirect(request):
    index_page = InformationIndexPage.objects.live().first()
    return redirect(index_page.url if index_page else "/")


def topic_index_redirect(request):
    index_page = TopicIndexPage.objects.live().first()
    return redirect(index_page.url if index_page else "/")


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
