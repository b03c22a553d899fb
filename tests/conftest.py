"""Shared fixtures: factories as fixtures and a Wagtail page tree with two partners."""

import pytest
from django.test import Client
from wagtail.models import Site

from community.pages.services import platform_setup
from community.partners.services import partner_membership_add, partner_provision
from tests.factories import (
    CategoryFactory,
    CourseFactory,
    InformationPageFactory,
    LessonFactory,
    LocationFactory,
    OrganizationFactory,
    PartnerFactory,
    ServiceFactory,
    TopicFactory,
    UserFactory,
    VerificationFactory,
)
from tests.factories.accounts import PASSWORD
from tests.second_factor import force_login_with_second_factor


@pytest.fixture(autouse=True)
def _force_login_includes_second_factor(monkeypatch):
    """`client.force_login(user)` skips the login form; for staff, editors and moderators it also
    stands for the authenticator code they enter there (see tests/second_factor.py). Tests of the
    second step itself log in through the real form or use `force_login_without_second_factor`."""
    monkeypatch.setattr(Client, "force_login", force_login_with_second_factor)


@pytest.fixture(autouse=True)
def _plugin_state_follows_the_database():
    """The plugin state lives in the cache; a test's rolled-back database must not leave it behind."""
    from django.core.cache import cache

    yield
    cache.clear()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def member(db):
    return UserFactory(pseudonym="Zonnebloem")


@pytest.fixture
def partner_factory(db):
    return PartnerFactory


@pytest.fixture
def verification_factory(db):
    return VerificationFactory


@pytest.fixture
def topic_factory(db):
    return TopicFactory


@pytest.fixture
def information_page_factory(db):
    return InformationPageFactory


@pytest.fixture
def course_factory(db):
    return CourseFactory


@pytest.fixture
def lesson_factory(db):
    return LessonFactory


@pytest.fixture
def organization_factory(db):
    return OrganizationFactory


@pytest.fixture
def location_factory(db):
    return LocationFactory


@pytest.fixture
def service_factory(db):
    return ServiceFactory


@pytest.fixture
def category_factory(db):
    return CategoryFactory


class Tree:
    """The platform skeleton with two provisioned partners, each with an editor."""

    def __init__(self):
        self.home = platform_setup()
        self.site = Site.objects.get(is_default_site=True)
        self.partner_a = partner_provision(PartnerFactory(name="Centrum Jeugd", slug="centrum-jeugd"))
        self.partner_b = partner_provision(PartnerFactory(name="GGD Test", slug="ggd-test"))
        self.section_a = self.partner_a.section_page.specific
        self.section_b = self.partner_b.section_page.specific
        self.editor_a = UserFactory(pseudonym="Redacteur A")
        self.editor_b = UserFactory(pseudonym="Redacteur B")
        partner_membership_add(partner=self.partner_a, user=self.editor_a, is_admin=True)
        partner_membership_add(partner=self.partner_b, user=self.editor_b, is_admin=True)


@pytest.fixture
def tree(db):
    return Tree()
