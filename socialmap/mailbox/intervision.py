"""The intervision forum: a private forum space for every verified professional, kept in step with
their verifications through the forum's `discussion_space_sync` hook (the mailbox never touches
forum models). Professionals of every partner meet there to discuss cases without members reading."""

from django.contrib.auth import get_user_model

INTERVISION_SPACE = "Intervisie professionals"


def intervision_members():
    from socialmap.mailbox.services import professional_verifications

    ids = professional_verifications().values("user_id")
    return get_user_model().objects.filter(pk__in=ids, is_active=True).order_by("pk")


def intervision_sync():
    """Create the space if needed and make its members exactly the active verified professionals."""
    import plugins

    return plugins.first(
        "discussion_space_sync", key=INTERVISION_SPACE, title=INTERVISION_SPACE, members=list(intervision_members())
    )


def intervision_link():
    import plugins

    return plugins.first("discussion_space", key=INTERVISION_SPACE, title=INTERVISION_SPACE)
