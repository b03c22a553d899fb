"""The queue count in the header for moderators: one cheap query, only for moderators, only when shown."""

from django.utils.functional import SimpleLazyObject


def moderation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from community.moderation.selectors import pending_counts

    counts = SimpleLazyObject(lambda: dict(zip(("waiting", "overdue"), pending_counts(user), strict=True)))
    return {"moderation_counts": counts}
