"""Erase a member the way the privacy core does, for the features' own privacy tests."""

import plugins


def erase_like_the_core(user, remove_texts=False, capture_on_commit=None):
    """Every feature's `personal_data_erase` (errors raised, not isolated), then the user row.

    Returns {key: count} of the erased items. `capture_on_commit` (pytest-django's
    `django_capture_on_commit_callbacks`) runs what the hooks left for after the commit.
    """
    from contextlib import nullcontext

    from community.privacy.services import erasing

    capture = capture_on_commit(execute=True) if capture_on_commit else nullcontext()
    with capture:
        items = plugins.collect("personal_data_erase", user=user, remove_texts=remove_texts, raise_errors=True)
    with erasing(user.pk):
        user.delete()
    return {item.key: item.count for item in items}


def export_sections(user):
    """{key: ExportSection} of every feature's `personal_data_export` (errors raised)."""
    return {section.key: section for section in plugins.collect("personal_data_export", user=user, raise_errors=True)}
