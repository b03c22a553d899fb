"""Admin screens of the social map."""

from wagtail import hooks

from socialmap.admin_views import SocialMapViewSetGroup


@hooks.register("register_admin_viewset")
def register_socialmap_viewsets():
    return SocialMapViewSetGroup()
