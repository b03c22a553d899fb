"""Shared fixtures: factories as fixtures and a Wagtail page tree with two partners.

Worlds built once per module
----------------------------
Building the page tree (and the course tree and social map on top of it) costs far more than most
tests that read it. `tree`, `courses` and `smap` therefore hand out a world that is built once per
test module, inside a transaction that is rolled back when the module ends; every test still runs
in its own transaction (a savepoint) that is rolled back after it, so what a test writes never
reaches the next one. Each test gets its own copy of the world's model instances, fetched again from
the database, so changing one in memory does not leak either.

Every test sees exactly the data it asked for, as before:

* within a module, tests that ask for fewer worlds run first (`pytest_collection_modifyitems`), so
  a test never runs while a world it did not ask for is in the database;
* a world is shared only when every test after the first one that asks for it asks for it too, and
  no transactional test (`transaction=True`, `transactional_db`, `live_server`) asks for it;
  otherwise it is built per test, as before. Transactional tests run first in their module, before
  any shared world's transaction is open.
"""

import sys

import pytest
from django.core.cache import caches
from django.db import models, transaction
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

# --- Worlds built once per module (see the module docstring) ---------------------------------------

# The module-scoped fixtures that build a shared world are named `_<name>_world`.
_SHARED = pytest.StashKey[frozenset]()
_OPEN_WORLDS = []  # names of the module worlds whose transaction is open, outermost first


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences") or marker.args[:1] == (True,)
    ):
        return True
    names = getattr(item, "fixturenames", ())
    return any(name in names for name in ("transactional_db", "live_server", "django_db_reset_sequences"))


def _worlds_of(item):
    return frozenset(
        name for name in getattr(item, "fixturenames", ()) if name.startswith("_") and name.endswith("_world")
    )


def _module_order(item):
    """Transactional tests first, then by the worlds asked for: fewer first, then by name."""
    worlds = _worlds_of(item)
    return (not _is_transactional(item), len(worlds), sorted(worlds))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Order each module's tests so that shared worlds are built once (see the module docstring)."""
    runs = []
    for item in items:
        module = item.getparent(pytest.Module)
        if runs and runs[-1][0] is module:
            runs[-1][1].append(item)
        else:
            runs.append((module, [item]))
    ordered = []
    for module, run in runs:
        run.sort(key=_module_order)  # stable: the file's order within each group
        shared = set()
        for name in set().union(*(_worlds_of(item) for item in run)):
            askers = [index for index, item in enumerate(run) if name in _worlds_of(item)]
            if all(name in _worlds_of(item) and not _is_transactional(item) for item in run[askers[0] :]):
                shared.add(name)
        if module is not None:
            module.stash[_SHARED] = frozenset(shared)
        ordered.extend(run)
    items[:] = ordered


def module_world(request, django_db_blocker, build, *, on=()):
    """Build a world once for the requesting module inside a transaction rolled back at its end.

    `on` lists the module worlds this one is built on. Yields None, and builds nothing, where the
    world is not shared (the test fixture then builds it per test as before), where a world it is
    built on is not shared, or when asked for from inside a test's own transaction.
    """
    name = request.fixturename
    shared = name in request.node.stash.get(_SHARED, frozenset()) and all(world is not None for world in on)
    if shared:
        with django_db_blocker.unblock():
            # Only on top of other module worlds, never inside a test's transaction.
            shared = len(transaction.get_connection().atomic_blocks) == len(_OPEN_WORLDS)
    if not shared:
        yield None
        return
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic._from_testcase = True  # like TestCase's class-wide transaction: durable blocks may nest
        atomic.__enter__()
        _OPEN_WORLDS.append(name)
        try:
            world = build(*on)
        except BaseException:
            _OPEN_WORLDS.pop()
            transaction.set_rollback(True)
            atomic.__exit__(*sys.exc_info())
            raise
    try:
        yield world
    finally:
        with django_db_blocker.unblock():
            _OPEN_WORLDS.remove(name)
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def refetched(world, **same):
    """A copy of a shared `world` with every model instance fetched again from the database.

    Keyword arguments name attributes to take as given instead (a nested world the test already has).
    """
    copy = object.__new__(type(world))
    for name, value in vars(world).items():
        copy.__dict__[name] = same[name] if name in same else _refetch(value)
    return copy


def _refetch(value):
    if isinstance(value, models.Model):
        return type(value)._base_manager.get(pk=value.pk)
    if isinstance(value, (list, tuple)):
        return type(value)(_refetch(item) for item in value)
    return value


@pytest.fixture(autouse=True)
def _only_the_worlds_asked_for(request):
    """Guard for the ordering above: no test runs inside a shared world it did not ask for."""
    unasked = [name for name in _OPEN_WORLDS if name not in request.fixturenames]
    if unasked or (_OPEN_WORLDS and _is_transactional(request.node)):
        pytest.fail(
            f"{request.node.nodeid} would run inside the module-wide world(s) {_OPEN_WORLDS}; "
            "tests/conftest.py orders each module's tests to prevent this.",
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty default cache: Wagtail keeps the site root paths there, and a
    value cached from a rolled-back test must not reach the next one."""
    caches["default"].clear()


@pytest.fixture(autouse=True)
def _force_login_includes_second_factor(monkeypatch):
    """`client.force_login(user)` skips the login form; for staff, editors and moderators it also
    stands for the authenticator code they enter there (see tests/second_factor.py). Tests of the
    second step itself log in through the real form or use `force_login_without_second_factor`."""
    monkeypatch.setattr(Client, "force_login", force_login_with_second_factor)


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


@pytest.fixture(scope="module")
def _tree_world(request, django_db_setup, django_db_blocker):
    yield from module_world(request, django_db_blocker, Tree)


@pytest.fixture
def tree(_tree_world, db):
    return Tree() if _tree_world is None else refetched(_tree_world)
