"""Admin screen of matching: the helper profiles partner editors keep."""

from wagtail import hooks

from socialmap.matching.admin_views import HelperProfileViewSet


@hooks.register("register_admin_viewset")
def register_matching_viewsets():
    return HelperProfileViewSet()
