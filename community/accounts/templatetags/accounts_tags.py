"""The one badge component: a member's pseudonym with their verified role, used everywhere a person appears."""

from django import template

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
