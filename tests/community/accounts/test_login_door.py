"""One login door: allauth (rate limits, verified email, two-step verification) for the site and both admins."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings

from community.accounts.roles import MODERATORS_GROUP
from community.pages.services import platform_setup
from tests.factories import UserFactory
from tests.second_factor import force_login_without_second_factor, totp_code, totp_secret_give

LOGIN = "/account/login/"


def verified(user):
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    return user


@pytest.fixture
def superuser(db):
    return verified(UserFactory(is_staff=True, is_superuser=True))


def password_login(client, user, password):
    return client.post(LOGIN, {"login": user.email, "password": password})


def test_wagtails_page_privacy_login_is_the_same_door(client, superuser, password):
    response = client.post("/_util/login/?next=/informatie/", {"username": superuser.email, "password": password})
    assert response["Location"] == "/account/login/?next=%2Finformatie%2F"
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_admin_login_pages_only_send_people_to_the_one_door(client, superuser, password, path):
    response = client.get(path + "?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fadmin%2Fpages%2F"

    # A password posted to an admin login page signs nobody in.
    response = client.post(path, {"username": superuser.email, "password": password})
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_admin_login_door_ignores_a_foreign_next(client, db):
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == "/account/login/?next=%2Fadmin%2F"


@pytest.mark.parametrize("path", ["/admin/", "/django-admin/"])
def test_anonymous_admin_requests_end_at_the_allauth_login(client, db, path):
    response = client.get(path, follow=True)
    assert response.redirect_chain[-1][0].startswith(LOGIN)
    assert response.status_code == 200


def test_signed_in_member_gets_no_access_page_not_a_loop(client, member):
    client.force_login(member)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) <= 2
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 403


def test_staff_without_an_authenticator_app_must_set_one_up(client, superuser, password):
    response = password_login(client, superuser, password)
    assert response.status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/2fa/totp/activate/")
    # Every other page too (a moderator acts on the public site), but not the account pages.
    assert client.get("/forum/moderatie/meldingen/")["Location"].startswith("/account/2fa/totp/activate/")
    assert client.get("/profiel/")["Location"].startswith("/account/2fa/totp/activate/")
    # Right after the login no second password prompt (allauth's "sudo mode" counts the login).
    assert client.get("/account/2fa/totp/activate/").status_code == 200


def test_staff_with_an_app_pass_the_second_step_at_login(client, superuser, password):
    secret = totp_secret_give(superuser)
    response = password_login(client, superuser, password)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/2fa/authenticate/")
    # Between the two steps nobody is signed in.
    assert client.get("/admin/")["Location"].startswith("/admin/login/")

    response = client.post(
        "/account/2fa/authenticate/", {"code": "000000" if totp_code(secret) != "000000" else "111111"}
    )
    assert response.status_code == 200  # the form again, with an error
    assert client.get("/admin/").status_code == 302

    response = client.post("/account/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get("/django-admin/").status_code == 200


@pytest.mark.django_db(transaction=True)  # allauth announces the new app on commit, as in production
def test_setting_up_the_app_counts_as_the_second_step(client, superuser, password):
    platform_setup()  # the admin needs Wagtail's root page: an earlier transactional test may have flushed it
    password_login(client, superuser, password)
    response = client.get("/account/2fa/totp/activate/")
    secret = response.context["form"].secret
    response = client.post("/account/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_session_without_the_second_step_is_sent_to_enter_a_code(client, superuser):
    """However someone got signed in (a plugin, a stolen cookie from before 2FA), staff need the code."""
    totp_secret_give(superuser)
    force_login_without_second_factor(client, superuser)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/reauthenticate/") or response["Location"].startswith(
        "/account/2fa/reauthenticate/"
    )


@pytest.mark.parametrize("role", ["moderator", "partner_editor", "staff"])
def test_every_privileged_role_needs_the_second_step(client, tree, role):
    user = {"partner_editor": tree.editor_a}.get(role) or UserFactory(is_staff=(role == "staff"))
    if role == "moderator":
        user.groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
    force_login_without_second_factor(client, user)
    assert client.get("/").status_code == 302


def test_a_member_needs_no_second_step(client, member):
    force_login_without_second_factor(client, member)
    assert client.get("/").status_code == 200


def test_staff_cannot_switch_their_app_off(client, superuser, password):
    secret = totp_secret_give(superuser)
    client.force_login(superuser)
    client.post("/account/2fa/reauthenticate/", {"code": totp_code(secret)})
    response = client.post("/account/2fa/totp/deactivate/", {"code": totp_code(secret)})
    assert response.status_code == 200
    assert superuser.authenticator_set.count() == 1


def test_unverified_email_cannot_reach_the_admin(client, db, password):
    user = UserFactory(is_staff=True, is_superuser=True)
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": False, "primary": True})
    response = password_login(client, user, password)
    assert "_auth_user_id" not in client.session
    assert response["Location"].startswith("/account/confirm-email/")


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "10/m/ip,5/5m/key"})
def test_wrong_passwords_are_rate_limited_even_when_the_right_one_follows(client, superuser, password):
    cache.clear()
    for _attempt in range(5):
        response = password_login(client, superuser, "wrong-password-123")
        assert "too_many_login_attempts" not in str(response.context["form"].errors.as_data())
    response = password_login(client, superuser, password)
    errors = response.context["form"].non_field_errors().as_data()
    assert [error.code for error in errors] == ["too_many_login_attempts"]
    assert "_auth_user_id" not in client.session
    cache.clear()


def test_later_changes_to_the_app_ask_for_the_password_again(client, member, password, monkeypatch):
    """The login counts as recent for REAUTHENTICATION_TIMEOUT only; after that allauth asks again."""
    import time as time_module

    verified(member)
    password_login(client, member, password)
    assert client.get("/account/2fa/totp/activate/").status_code == 200
    later = time_module.time() + 301
    monkeypatch.setattr(time_module, "time", lambda: later)
    response = client.get("/account/2fa/totp/activate/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/reauthenticate/")


def test_signed_in_staff_visiting_the_admin_login_go_on_to_the_admin(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/login/")["Location"] == "/admin/"
    assert client.get("/django-admin/login/?next=/django-admin/auth/")["Location"] == "/django-admin/auth/"
