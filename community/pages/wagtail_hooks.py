"""What a partner editor sees of other partners' pages in the Wagtail admin.

Page permissions already stop a partner editor from editing another partner's pages. The explorer
listings, the page chooser and the admin search would still show the titles of pages that are not
published: another partner's drafts are their business. A partner editor sees published pages
anywhere (to link to them) and every page in the sections they edit; platform editors and
administrators see everything.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail import hooks
from wagtail.models import GroupPagePermission


def page_visibility_restrict(pages, user):
    if user.is_superuser:
        return pages
    paths = set(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True))
    editable = Q()
    for path in paths:
        editable |= Q(path__startswith=path)
    return pages.filter(Q(live=True) | editable) if paths else pages.filter(live=True)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages_restrict(parent_page, pages, request):
    return page_visibility_restrict(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def chooser_pages_restrict(pages, request):
    return page_visibility_restrict(pages, request.user)


@hooks.register("before_move_page")
def move_only_what_you_may(request, page, destination):
    """Wagtail's move confirmation (GET) shows the page's title before checking the right to move it."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
