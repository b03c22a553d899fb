"""Wagtail admin screens for accounts."""

from wagtail import hooks

from community.accounts.admin_views import verification_viewset


@hooks.register("register_admin_viewset")
def register_verification_viewset():
    return verification_viewset
