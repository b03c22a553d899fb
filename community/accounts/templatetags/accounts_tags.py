"""The one badge component: a member's pseudonym with their verified role, used everywhere a person appears."""

from django import template
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

register = template.Library()


@register.inclusion_tag("components/member_name.html")
def member_name(user, link=True, avatar=False):
    """Render a pseudonym with a verified-role badge. In lists, prefetch with `badges_prefetch()`
    (community.accounts.models), e.g. `User.objects.with_badges()`."""
    if user is None or not getattr(user, "pk", None):
        return {"user": None}
    return {
        "user": user,
        "verifications": _distinct_by_role(user.active_verifications),
        "link": link,
        "avatar": avatar,
    }


@register.inclusion_tag("components/badge.html")
def role_badge(verification):
    return {"verification": verification}


def _distinct_by_role(verifications):
    seen, result = set(), []
    for verification in verifications:
        if verification.role not in seen:
            seen.add(verification.role)
            result.append(verification)
    return result


@register.simple_tag(takes_context=True)
def return_path(context):
    """Where "Log in" and "Sign up" send people back to afterwards: this page's path on this site.

    Empty on the account pages themselves (logging in from the login page leads nowhere new) and
    for anything that is not a plain local path. allauth checks `next` again when it is used.
    """
    request = context.get("request")
    if request is None:
        return ""
    path = request.get_full_path()
    account_pages = reverse("account_login").rstrip("/").rsplit("/", 1)[0] + "/"
    if path.startswith(account_pages) or not url_has_allowed_host_and_scheme(path, allowed_hosts=set()):
        return ""
    if not path.startswith("/") or path.startswith("//"):
        return ""
    return path
