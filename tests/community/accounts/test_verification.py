"""Verified roles come only from a partner's administrator; they can expire and be revoked."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import prefetch_related_objects
from django.template import Context, Template
from django.utils import timezone, translation

from community.accounts.models import Role, User, Verification, badges_prefetch
from community.accounts.services import verification_grant, verification_revoke
from community.notifications.models import Notification

pytestmark = pytest.mark.django_db


def render_badge(user):
    with translation.override("nl"):
        return Template("{% load accounts_tags %}{% member_name user %}").render(Context({"user": user}))


def test_partner_admin_grants_and_revokes(tree, user_factory):
    member = user_factory(pseudonym="Anouk")
    verification = verification_grant(
        granted_by=tree.editor_a, user=member, role=Role.PROFESSIONAL, partner=tree.partner_a
    )
    member = User.objects.get(pk=member.pk)
    assert member.verified_roles == [Role.PROFESSIONAL]
    assert verification.granted_by == tree.editor_a
    assert Notification.objects.filter(recipient=member, kind="account.verification").count() == 1

    verification_revoke(verification=verification, revoked_by=tree.editor_a)
    member = User.objects.get(pk=member.pk)
    assert member.verified_roles == []
    verification.refresh_from_db()
    assert verification.revoked_by == tree.editor_a and verification.revoked_at is not None


def test_admin_of_another_partner_cannot_verify_or_revoke(tree, user_factory):
    member = user_factory()
    with pytest.raises(PermissionDenied):
        verification_grant(granted_by=tree.editor_b, user=member, role=Role.PROFESSIONAL, partner=tree.partner_a)
    verification = verification_grant(
        granted_by=tree.editor_a, user=member, role=Role.PROFESSIONAL, partner=tree.partner_a
    )
    with pytest.raises(PermissionDenied):
        verification_revoke(verification=verification, revoked_by=tree.editor_b)
    assert Verification.objects.get(pk=verification.pk).revoked_at is None


def test_nobody_verifies_themselves_and_plain_members_cannot_verify(tree, user_factory):
    member = user_factory()
    with pytest.raises(PermissionDenied):
        verification_grant(granted_by=member, user=member, role=Role.EXPERIENCE_EXPERT, partner=tree.partner_a)
    with pytest.raises(PermissionDenied):
        verification_grant(granted_by=tree.editor_a, user=tree.editor_a, role=Role.PROFESSIONAL, partner=tree.partner_a)
    with pytest.raises(ValidationError):
        verification_grant(granted_by=tree.editor_a, user=member, role=Role.MODERATOR, partner=tree.partner_a)


def test_expired_verification_shows_no_badge(tree, user_factory):
    member = user_factory(pseudonym="Sam")
    verification = verification_grant(
        granted_by=tree.editor_a,
        user=member,
        role=Role.EXPERIENCE_EXPERT,
        partner=tree.partner_a,
        expires_at=timezone.now() + timedelta(days=1),
    )
    assert "Ervaringsdeskundige" in render_badge(User.objects.get(pk=member.pk))
    Verification.objects.filter(pk=verification.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    html = render_badge(User.objects.get(pk=member.pk))
    assert "Sam" in html and "Ervaringsdeskundige" not in html
    with pytest.raises(ValidationError):
        verification_grant(
            granted_by=tree.editor_a,
            user=member,
            role=Role.PROFESSIONAL,
            partner=tree.partner_a,
            expires_at=timezone.now() - timedelta(days=1),
        )


def test_badge_names_role_and_partner_and_escapes_pseudonym(tree, user_factory):
    member = user_factory(pseudonym="Jan")
    User.objects.filter(pk=member.pk).update(pseudonym="<b>Jan</b>")  # as if stored by an older rule
    verification_grant(granted_by=tree.editor_a, user=member, role=Role.PROFESSIONAL, partner=tree.partner_a)
    html = render_badge(User.objects.get(pk=member.pk))
    assert "&lt;b&gt;Jan&lt;/b&gt;" in html and "<b>Jan</b>" not in html
    assert "badge--professional" in html
    assert "Geverifieerd door Centrum Jeugd" in html


def test_badges_for_a_list_cost_one_query(tree, user_factory, django_assert_num_queries):
    members = [user_factory() for _ in range(10)]
    for member in members:
        verification_grant(granted_by=tree.editor_a, user=member, role=Role.PROFESSIONAL, partner=tree.partner_a)
    with django_assert_num_queries(2):
        people = list(User.objects.filter(pk__in=[m.pk for m in members]).with_badges())
        html = "".join(render_badge(person) for person in people)
    assert html.count("badge--professional") == 10


def test_one_badges_prefetch_for_querysets_relations_and_loaded_people(tree, user_factory, django_assert_num_queries):
    members = [user_factory() for _ in range(3)]
    for member in members:
        verification_grant(granted_by=tree.editor_a, user=member, role=Role.PROFESSIONAL, partner=tree.partner_a)
    pks = [m.pk for m in members]
    # Through a relation: every granted verification with its member's badges, one query more.
    with django_assert_num_queries(2):
        granted = list(
            Verification.objects.filter(user_id__in=pks)
            .select_related("user")
            .prefetch_related(badges_prefetch("user"))
        )
        html = "".join(render_badge(verification.user) for verification in granted)
    assert html.count("badge--professional") == 3
    # People already loaded: one query for all of them, none for those that have their badges.
    people = list(User.objects.filter(pk__in=pks))
    with django_assert_num_queries(1):
        prefetch_related_objects(people + people[:1], badges_prefetch())
        html = "".join(render_badge(person) for person in people)
    assert html.count("badge--professional") == 3
    with django_assert_num_queries(0):
        prefetch_related_objects(people, badges_prefetch())


def test_no_self_service_route_to_a_badge(client, member):
    """The profile form has no role field; posting one changes nothing."""
    client.force_login(member)
    client.post("/profiel/bewerken/", {"pseudonym": "Zonnebloem", "bio": "", "language": "nl", "role": "professional"})
    assert User.objects.get(pk=member.pk).verified_roles == []
