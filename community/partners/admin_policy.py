"""Admin rule for records owned by a partner organisation: people act only on their own partner's.

Used by every Wagtail admin screen whose records belong to a partner (the social map's
organisations, locations and services; the verified roles a partner attests):

- `PartnerOwnedPolicy`: a permission policy. Subclasses say which actions someone may take at all
  (`user_has_permission`) and which records are theirs (`owned_by`); a record of another partner
  is never theirs, whatever the action.
- `PartnerOwnedObjectMixin`: for the views of one record (edit, delete, history, usage). Another
  partner's record answers 404, exactly like a record that does not exist, so guessing ids
  reveals nothing; one's own record without the right for the action answers 403.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.base import BasePermissionPolicy


class PartnerOwnedPolicy(BasePermissionPolicy):
    """Superusers own every record; everyone else only what `owned_by(user)` returns."""

    def owned_by(self, user):
        """The records of the partner(s) `user` works for (a queryset of `self.model`)."""
        raise NotImplementedError

    def user_owns(self, user, instance):
        return user.is_superuser or self.owned_by(user).filter(pk=instance.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.user_owns(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return self.owned_by(user)
        return self.model._default_manager.none()


class PartnerOwnedObjectMixin:
    """Views of one partner-owned record: 404 for another partner's record, 403 for a missing right."""

    instance_action = "change"

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = self.permission_policy
        user = self.request.user
        if not user.is_authenticated or not policy.user_owns(user, instance):
            raise Http404
        if not policy.user_has_permission_for_instance(user, self.instance_action, instance):
            raise PermissionDenied
        return instance
