import pytest

from forum.chat import services as chat
from tests.factories.accounts import UserFactory
from tests.factories.chat import RoomFactory
from tests.factories.forum import forum_create, topic_create


class Conversation:
    """Two members who talk to each other: in the forum (A starts, B replies) and in a group chat."""

    def __init__(self):
        # English members: the emails they get are in their own language.
        self.a = UserFactory(pseudonym="Lindeboom", email="lindeboom@example.org", language="en")
        self.b = UserFactory(pseudonym="Kastanje", email="kastanje@example.org", language="en")
        self.forum = forum_create("Slapen")
        self.topic = topic_create(
            self.forum,
            self.a,
            "Peuter slaapt slecht",
            "Onze peuter wil niet slapen, wat doen jullie?",
            replies=[(self.b, "Herkenbaar! Een vast ritueel hielp ons.")],
        )
        self.room = RoomFactory(open_now=True)
        chat.message_send(self.room, self.a, "Hallo allemaal, ik ben nieuw hier")
        chat.message_send(self.room, self.b, "Welkom! Fijn dat je er bent")


@pytest.fixture
def conversation(db):
    return Conversation()


@pytest.fixture(autouse=True)
def _english(client):
    client.cookies["django_language"] = "en"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (background tasks, emails) as the real request would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def streamed(response):
    """The body of a streaming file response, its file closed without `response.close()` (which
    would send request_finished and close the test's database connection on PostgreSQL)."""
    content = b"".join(response.streaming_content)
    for closer in getattr(response, "_resource_closers", []):
        closer()
    return content
