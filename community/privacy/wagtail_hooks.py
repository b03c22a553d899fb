from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction

from community.privacy import admin_views


class PrivacyMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_process(request.user)


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path("privacy/", admin_views.requests_index, name="privacy_admin"),
        path("privacy/leden/<int:user_pk>/", admin_views.member_privacy, name="privacy_admin_member"),
        path("privacy/download/<uuid:public_id>/", admin_views.admin_export_download, name="privacy_admin_download"),
    ]


@hooks.register("register_settings_menu_item")
def register_privacy_menu_item():
    return PrivacyMenuItem(_("Privacy requests"), reverse("privacy_admin"), icon_name="lock", order=650)


@hooks.register("before_delete_user")
def erase_instead_of_delete(request, user):
    """Wagtail's "delete user" goes to the erase form: deleting an account must run the erase hooks."""
    return redirect("privacy_admin_member", user_pk=user.pk)


class EraseBulkAction(DeleteBulkAction):
    """The user list's bulk "delete": each account through the erase service, anonymising posts."""

    def check_perm(self, obj):
        return admin_views.may_process(self.request.user) and super().check_perm(obj)

    def get_execution_context(self):
        return {**super().get_execution_context(), "requested_by": self.request.user}

    @classmethod
    def execute_action(cls, objects, model=None, requested_by=None, **kwargs):
        from community.privacy.models import ErasureRequest
        from community.privacy.services import erase_now

        done = 0
        for user in objects:
            if requested_by is not None and user.pk == requested_by.pk:
                continue
            note = str(_("Bulk delete in the user admin"))
            if erase_now(user, requested_by=requested_by, note=note).status == ErasureRequest.Status.DONE:
                done += 1
        return done, 0


# Registered after Wagtail's own (order): the registry keeps the last class per action type.
hooks.register("register_bulk_action", EraseBulkAction, order=100)
