import pytest
from haystack import connections

from tests.factories.forum import ForumWorld, moderators_group


@pytest.fixture(autouse=True)
def forum_search_index_empty():
    connections["default"].get_backend().clear()
    yield
    connections["default"].get_backend().clear()


@pytest.fixture
def world(db, user_factory):
    world = ForumWorld(user_factory)
    world.second_moderator = user_factory(pseudonym="Moderator Noor")
    world.second_moderator.groups.add(moderators_group())
    return world
