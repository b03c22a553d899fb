"""Browser journey: an administrator's first sign-in on a phone, through the one login door and the
set-up of an authenticator app, into the Wagtail admin (whose own CSP must not block it)."""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from community.pages.services import platform_setup
from tests.e2e.conftest import _new_page
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD
from tests.second_factor import totp_code

pytestmark = pytest.mark.e2e


@pytest.fixture
def phone(browser, live_server, page_problems):
    context, page = _new_page(browser, live_server, page_problems, viewport={"width": 390, "height": 844})
    yield page
    context.close()


def test_first_sign_in_of_staff_sets_up_the_app_then_reaches_the_admin(phone, transactional_db):
    platform_setup()
    admin = UserFactory(is_staff=True, is_superuser=True, email="beheer@example.org")
    EmailAddress.objects.update_or_create(user=admin, email=admin.email, defaults={"verified": True, "primary": True})
    page = phone

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/account/login/\?next=%2Fadmin%2F"))
    page.get_by_label("E-mail").fill(admin.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()

    # Straight to setting up the app, with a plain explanation; no second password prompt.
    expect(page).to_have_url(re.compile(r"/account/2fa/totp/activate/"))
    expect(page.locator("body")).to_contain_text("tweestapsverificatie")
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/account/2fa/"))
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("body")).to_contain_text("Wijkplein")


def test_a_password_posted_to_the_admin_login_signs_nobody_in(phone, transactional_db):
    platform_setup()
    page = phone
    page.goto("/admin/login/")
    expect(page).to_have_url(re.compile(r"/account/login/"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
