"""Shared fixtures: factories as fixtures and a Wagtail page tree with two partners.

Worlds built once per module
----------------------------
Building the page tree (and the course tree and social map on top of it) costs far more than most
tests that read it. `tree`, `courses` and `smap` therefore hand out a world that is built once per
test module, inside a transaction that is rolled back after the module's last test that uses it;
every test still runs in its own transaction (a savepoint) that is rolled back after it, so what a
test writes never reaches the next one. Each test gets its own copy of the world's model instances,
fetched again from the database, so changing one in memory does not leak either.

Every test sees exactly the data it asked for, as before:

* pytest-django runs all non-transactional database tests first, then the transactional ones, then
  the rest. Within one module's run of non-transactional tests, those that ask for fewer worlds run
  first (`pytest_collection_modifyitems`), so no test runs while a world it did not ask for is in
  the database;
* a world is shared only when every test after the first one that asks for it asks for it too;
  otherwise it is built per test, as before. Transactional tests always build their own;
* a guard fails any test that would still run inside a world it did not ask for.
"""

import time
from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal import auth as totp_auth
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
_RUN = pytest.StashKey[tuple]()  # on each test: (number of its run, names of the worlds shared in it)
_OPEN_WORLDS = []  # the ModuleWorlds whose transaction is open, outermost first
_CURRENT_TEST = [None]


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences") or marker.args[:1] == (True,)
    ):
        return True
    names = getattr(item, "fixturenames", ())
    return any(name in names for name in ("transactional_db", "live_server", "django_db_reset_sequences"))


def _db_group(item):
    """pytest-django's order: non-transactional database tests (0), transactional (1), the rest (2)."""
    if _is_transactional(item):
        return 1
    return 0 if item.get_closest_marker("django_db") or "db" in getattr(item, "fixturenames", ()) else 2


def _worlds_of(item):
    return frozenset(
        name for name in getattr(item, "fixturenames", ()) if name.startswith("_") and name.endswith("_world")
    )


def _world_order(item):
    worlds = _worlds_of(item)
    return (len(worlds), sorted(worlds))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Order each module's run of non-transactional database tests so that shared worlds are built
    once (see the module docstring); pytest-django has already grouped the tests (tryfirst)."""
    runs = []
    for item in items:
        key = (item.getparent(pytest.Module), _db_group(item))
        if runs and runs[-1][0] == key:
            runs[-1][1].append(item)
        else:
            runs.append((key, [item]))
    ordered = []
    for number, ((_module, group), run) in enumerate(runs):
        shared = set()
        if group == 0:
            run.sort(key=_world_order)  # stable: the file's order among tests asking for the same worlds
            for name in set().union(*(_worlds_of(item) for item in run)):
                first = next(index for index, item in enumerate(run) if name in _worlds_of(item))
                if all(name in _worlds_of(item) for item in run[first:]):
                    shared.add(name)
        for item in run:
            item.stash[_RUN] = (number, frozenset(shared))
        ordered.extend(run)
    items[:] = ordered


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _CURRENT_TEST[0] = item


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last test of a run, roll back the worlds still open (the module's fixtures end only
    when the next test is in another module; its transactional tests may come right after)."""
    try:
        return (yield)
    finally:
        run = item.stash.get(_RUN, (None,))[0]
        if _OPEN_WORLDS and (nextitem is None or nextitem.stash.get(_RUN, (None,))[0] != run):
            for world in reversed(list(_OPEN_WORLDS)):
                world.close()


class ModuleWorld:
    """A world built once for a module, inside a transaction that `close` rolls back."""

    def __init__(self, name, django_db_blocker, build, on):
        self.name, self.blocker, self.open = name, django_db_blocker, True
        with django_db_blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic._from_testcase = True  # like TestCase's class-wide transaction: durable blocks nest
            self.atomic.__enter__()
            _OPEN_WORLDS.append(self)
            try:
                self.world = build(*(world.world for world in on))
            except BaseException:
                self.close()
                raise

    def close(self):
        if self.open:
            self.open = False
            _OPEN_WORLDS.remove(self)
            with self.blocker.unblock():
                transaction.set_rollback(True)
                self.atomic.__exit__(None, None, None)


def module_world(request, django_db_blocker, build, *, on=()):
    """Yield a ModuleWorld built once for the requesting module, rolled back after its last user.

    `on` lists the ModuleWorlds this one is built on. Yields None, and builds nothing, where the
    world is not shared (the test fixture then builds it per test as before) or a world it is built
    on is not, or when asked for from inside a test's own transaction.
    """
    test = _CURRENT_TEST[0]
    share = test is not None and request.fixturename in test.stash.get(_RUN, (None, ()))[1]
    share = share and all(world is not None and world.open for world in on)
    if share:
        with django_db_blocker.unblock():
            # Only on top of other module worlds, never inside a test's transaction.
            share = len(transaction.get_connection().atomic_blocks) == len(_OPEN_WORLDS)
    if not share:
        yield None
        return
    world = ModuleWorld(request.fixturename, django_db_blocker, build, on)
    try:
        yield world
    finally:
        world.close()


def shared(holder):
    """The world a ModuleWorld fixture built, or None where the test must build its own."""
    return holder.world if holder is not None and holder.open else None


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
    names = [world.name for world in _OPEN_WORLDS]
    if any(name not in request.fixturenames for name in names) or (names and _is_transactional(request.node)):
        pytest.fail(
            f"{request.node.nodeid} would run inside the module-wide world(s) {names}; "
            "tests/conftest.py orders each module's tests to prevent this.",
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty default cache: Wagtail keeps the site root paths there, and a
    value cached from a rolled-back test must not reach the next one."""
    caches["default"].clear()
    # The chat's per-process message payloads: ids of a rolled-back test come back in the next one.
    from forum.chat.consumers import payload_cache

    payload_cache.clear()


@pytest.fixture(autouse=True)
def _totp_clock(monkeypatch):
    """Pin the clock of allauth's authenticator codes to the middle of the current 30-second step.

    A test (or a browser journey) computes a code and the server checks it a moment later; allauth
    accepts only the current step, so a code made just before a step ends used to be refused when
    the check fell in the next one (more often on a busy machine). Both now read the same time.
    """
    period = totp_auth.app_settings.TOTP_PERIOD
    pinned = int(time.time()) // period * period + period // 2
    monkeypatch.setattr(totp_auth, "time", SimpleNamespace(time=lambda: pinned))


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
    world = shared(_tree_world)
    return Tree() if world is None else refetched(world)
