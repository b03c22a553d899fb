"""The ASGI application (Channels' router) serves the site over HTTP; chat adds websocket routes later."""

import gc

import pytest
from asgiref.sync import async_to_sync
from channels.testing import HttpCommunicator

from community.asgi import application


@pytest.mark.django_db(transaction=True)
# asgiref runs part of the request in an executor thread whose PostgreSQL connection is only
# garbage-collected after the test; that is test plumbing, not a leak of the application.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_http_through_asgi(tree):
    async def fetch():
        communicator = HttpCommunicator(application, "GET", "/zoeken/?q=test", headers=[(b"host", b"testserver")])
        return await communicator.get_response(timeout=10)

    response = async_to_sync(fetch)()
    gc.collect()  # let that thread's connection go now, under this test's warning filter
    assert response["status"] == 200
    assert "Direct hulp nodig?".encode() in response["body"]
