import pytest
from haystack import connections

from tests.factories.forum import ForumWorld


@pytest.fixture(autouse=True)
def forum_search_index_empty():
    """The Whoosh index lives in the test run's temporary VAR_DIR; start every test with it empty."""
    connections["default"].get_backend().clear()
    yield
    connections["default"].get_backend().clear()


@pytest.fixture
def world(db, user_factory):
    return ForumWorld(user_factory)


def topic_url(topic):
    return f"/forum/forum/{topic.forum.slug}-{topic.forum_id}/topic/{topic.slug}-{topic.pk}/"


def forum_url(forum):
    return f"/forum/forum/{forum.slug}-{forum.pk}/"


def form_data(**fields):
    """What machina's post and topic forms expect besides the fields: the empty formsets."""
    data = {
        "attachment-TOTAL_FORMS": "0",
        "attachment-INITIAL_FORMS": "0",
        "attachment-MIN_NUM_FORMS": "0",
        "attachment-MAX_NUM_FORMS": "3",
        "poll-TOTAL_FORMS": "0",
        "poll-INITIAL_FORMS": "0",
        "poll-MIN_NUM_FORMS": "0",
        "poll-MAX_NUM_FORMS": "10",
    }
    data.update(fields)
    return data
