"""What a partner editor sees of other partners' pages in the Wagtail admin.

Page permissions already stop a partner editor from editing another partner's pages. The explorer
listings, the page chooser and the admin search would still show the titles of pages that are not
published: another partner's drafts are their business. A partner editor sees published pages
anywhere (to link to them) and every page in the sections they edit; platform editors and
administrators see everything.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _
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


@hooks.register("before_copy_page")
def trust_pages_are_not_copied(request, page):
    """There is one trust page of each kind: a copy (or alias) would be a second one."""
    from community.pages.models import TrustPage

    if page.specific_class is TrustPage:
        messages.error(request, _("This page cannot be copied: there is only one page of each kind."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


def explore_door(request, parent_page_id):
    """Wagtail's explorer of one page, but another partner's unpublished page is a 404.

    Wagtail opens the explorer of any page below the editor's explorable root; once a partner
    editor has two sections (information and courses) that root is the home page, and the
    explorer of another partner's draft would show its title. Mounted before Wagtail's own URL.
    """
    from django.http import Http404
    from django.urls import resolve
    from wagtail.models import Page

    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        visible = page_visibility_restrict(Page.objects.filter(pk=parent_page_id), user).exists()
        if not visible and Page.objects.filter(pk=parent_page_id).exists():
            raise Http404("No such page")
    match = resolve(request.path_info[len("/admin") :], urlconf="wagtail.admin.urls")
    return match.func(request, *match.args, **match.kwargs)
