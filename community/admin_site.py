"""The Django admin is for platform administrators only.

Every editor, partner administrator and moderator works in the Wagtail admin or on the site,
where each screen checks its own permission. machina's forum-permission screens in the Django
admin check only `is_staff`, so the whole Django admin is closed to anyone but superusers (who
passed the one login door with two-step verification).
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig


class SuperuserAdminSite(AdminSite):
    site_header = "Wijkplein – technisch beheer"

    def has_permission(self, request):
        user = request.user
        return user.is_active and user.is_superuser


class WijkpleinAdminConfig(AdminConfig):
    default_site = "community.admin_site.SuperuserAdminSite"
