"""Writes of the agenda: a member's "I'm coming", a partner's permissions, erasing a member's data."""

from django.contrib.auth.models import Permission
from django.db import transaction

from wijkplein_agenda.models import Activity, Attendance

# What a partner's editor group may do with activities; the admin's permission policy adds
# "only your own organisation's" on top (wagtail_hooks.py).
EDITOR_PERMISSIONS = ("add_activity", "change_activity", "delete_activity", "view_activity")


@transaction.atomic
def partner_permissions_grant(partner):
    """Let `partner`'s editor group manage activities (idempotent; no group yet: nothing to do)."""
    group = partner.editor_group
    if group is None:
        return False
    permissions = Permission.objects.filter(
        content_type__app_label=Activity._meta.app_label, codename__in=EDITOR_PERMISSIONS
    )
    group.permissions.add(*permissions)
    return True


def attendance_add(*, activity, user):
    """`user` says they will come to a published activity that is not over (idempotent)."""
    if not (user.is_authenticated and activity.published):
        raise PermissionError("Only members can say they will come to a published activity.")
    attendance, _created = Attendance.objects.get_or_create(activity=activity, user=user)
    return attendance


def attendance_remove(*, activity, user):
    Attendance.objects.filter(activity=activity, user=user).delete()


def attendances_erase(user):
    """Remove every "I'm coming" of `user`; returns how many there were."""
    count, _details = Attendance.objects.filter(user=user).delete()
    return count
