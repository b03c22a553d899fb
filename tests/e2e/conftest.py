"""Browser journeys: Playwright's sync API driving Debian's Chromium against pytest-django's live server.

Run them alone with ``pytest -m e2e``. No browser is downloaded: ``make test`` installs Debian's
chromium package, and Playwright's bundled driver launches that binary.
"""

import io
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# For every action, navigation and `expect(...)` assertion. Generous, because the live server
# shares the machine with the browser and often with other work (a page that takes a second alone
# can take ten on two busy cores); a passing test never waits for it, only a failing one does.
DEFAULT_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module; the async-safety switch is on only while it runs.

    Playwright's sync API runs an asyncio event loop in the test thread; without the switch,
    Django ORM calls from that thread (fixtures, the flush at teardown) raise SynchronousOnlyOperation.
    """
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield from _launch_browser()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _launch_browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Debian's Chromium is missing at {CHROMIUM}. Run `make test` (or `make system-test-deps`), "
            "which installs it with apt; the browser journeys never download a browser."
        )
    from playwright.sync_api import expect, sync_playwright

    # `expect` has its own default of 5 seconds; the contexts' default timeouts do not reach it.
    expect.set_options(timeout=DEFAULT_TIMEOUT_MS)
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except Exception:
        playwright.stop()
        raise
    yield browser
    browser.close()
    playwright.stop()


class PageProblems:
    """What went wrong in the browser during one test: checked right after the test body runs
    (so it counts as a test failure) and again at teardown for anything that came later."""

    def __init__(self):
        self.console_errors = []
        self.page_errors = []
        self.foreign_requests = []
        self.reported = ""

    def report(self):
        lines = []
        csp = [text for text in self.console_errors if "Content Security Policy" in text]
        if csp:
            lines.append("Content-Security-Policy violations in the console:")
            lines += [f"  - {text}" for text in csp]
        if self.page_errors:
            lines.append("Uncaught errors in the page:")
            lines += [f"  - {text}" for text in self.page_errors]
        if self.foreign_requests:
            lines.append("Requests to a host other than the live server (aborted):")
            lines += [f"  - {url}" for url in self.foreign_requests]
        return "\n".join(lines)


def _new_page(browser, live_server, problems, **context_options):
    options = {"viewport": {"width": 1280, "height": 900}, "locale": "en-US", **context_options}
    context = browser.new_context(base_url=live_server.url, **options)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)
    own_origin = live_server.url.rstrip("/") + "/"

    def only_the_live_server(route):
        url = route.request.url
        if url.startswith(own_origin) or url == own_origin.rstrip("/") or url.startswith("data:"):
            route.continue_()
        else:
            problems.foreign_requests.append(url)
            route.abort()

    context.route("**/*", only_the_live_server)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and problems.console_errors.append(message.text))
    page.on("pageerror", lambda error: problems.page_errors.append(str(error)))
    return context, page


@pytest.fixture
def page_problems():
    return PageProblems()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail the test itself (not only its teardown) when the browser saw CSP errors, page errors
    or requests to other hosts."""
    result = yield
    problems = item.funcargs.get("page_problems") if hasattr(item, "funcargs") else None
    if problems is not None:
        report = problems.report()
        if report:
            problems.reported = report
            raise AssertionError("The browser reported problems:\n" + report)
    return result


@pytest.fixture
def page(browser, live_server, page_problems):
    """A fresh context per test (1280x900, an English browser: the site must still speak Dutch)."""
    context, page = _new_page(browser, live_server, page_problems)
    yield page
    context.close()
    report = page_problems.report()
    if report and report != page_problems.reported:
        pytest.fail("The browser reported problems:\n" + report, pytrace=False)


@pytest.fixture
def demo(transactional_db, django_db_serialized_rollback):
    """The Deventer demo data, committed so the live server thread sees it.

    Serialized rollback puts back what the migrations created (Wagtail's root page and default
    site, the groups) after the transactional flush, so later tests still find it.
    """
    from django.core.management import call_command

    call_command("seed_demo", stdout=io.StringIO())


# --- An ASGI live server (HTTP and websockets) ------------------------------------------------------


class AsgiLiveServer:
    """`community.asgi:application` served by uvicorn on a free loopback port, in a thread of the
    test process (see the `asgi_live_server` fixture)."""

    def __init__(self):
        import socket

        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = None
        self.thread = None
        self.error = None

    def __str__(self):
        return self.url

    def start(self):
        import threading

        import uvicorn
        from channels.layers import channel_layers
        from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler
        from django.db import connections

        from community.asgi import application

        # The in-memory channel layer binds its queues to the event loop that first used them: every
        # server gets a fresh one, so nothing from an earlier test's loop is left in it.
        channel_layers.backends.pop("default", None)
        # An in-memory SQLite test database exists only on this connection: lend it to the server,
        # as pytest-django's live server does. Other databases get their own connection there.
        shared = {}
        for connection in connections.all():
            if connection.vendor == "sqlite" and connection.is_in_memory_db():
                connection.inc_thread_sharing()
                shared[connection.alias] = connection
        self.shared = shared

        class WholeStaticFilesHandler(ASGIStaticFilesHandler):
            # A static file streamed from an open file is closed only when the response has been
            # sent in full; a page the browser leaves mid-download (or a server stopping under it)
            # leaves it open until Python collects it, an unraisable ResourceWarning in a later
            # test. Read the file whole and close it here instead: static files are small.
            def serve(self, request):
                from django.http import HttpResponse

                response = super().serve(request)
                if not response.streaming:
                    return response
                try:
                    body = b"".join(response.streaming_content)
                finally:
                    response.close()
                whole = HttpResponse(body, status=response.status_code)
                for header, value in response.headers.items():
                    whole.headers[header] = value
                whole.headers["Content-Length"] = str(len(body))
                return whole

        config = uvicorn.Config(
            # Static files from the apps' static folders (the finders), like the WSGI live server.
            WholeStaticFilesHandler(application),
            lifespan="off",
            ws="websockets-sansio",
            log_level="warning",
            access_log=False,
        )
        self.server = uvicorn.Server(config)
        started = threading.Event()

        def run():
            from asgiref.sync import async_to_sync

            for alias, connection in shared.items():
                connections[alias] = connection
            try:
                # Under async_to_sync, every sync part of the server (views, the consumer's database
                # calls) runs in this one thread, one after the other, on the connection above.
                async_to_sync(self._serve)(started)
            except BaseException as error:  # pragma: no cover - reported by stop()
                self.error = error
                started.set()
            finally:
                for alias in connections:
                    if alias not in shared:
                        connections[alias].close()

        self.thread = threading.Thread(target=run, name="asgi-live-server", daemon=True)
        self.thread.start()
        if not started.wait(30) or self.error is not None:
            raise RuntimeError(f"The ASGI live server did not start: {self.error!r}")

    async def _serve(self, started):
        import asyncio

        task = asyncio.ensure_future(self.server.serve(sockets=[self.socket]))
        while not self.server.started and not task.done():
            await asyncio.sleep(0.02)
        started.set()
        await task

    def stop(self):
        if self.server is not None:
            self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(30)
        self.socket.close()
        for connection in self.shared.values():
            connection.dec_thread_sharing()
        from channels.layers import channel_layers

        channel_layers.backends.pop("default", None)
        if self.error is not None:
            raise self.error


@pytest.fixture
def asgi_live_server(transactional_db):
    """A live server that speaks websockets too: pytest-django's `live_server` is WSGI only.

    It runs `community.asgi:application` (HTTP through Django, /ws/ through Channels) with
    uvicorn's `Server` in a background thread of the test process, on a free loopback port, so it
    sees the test database as pytest-django's live server does: `transactional_db` commits what
    the test writes, and an in-memory SQLite database is shared through the test's own connection.
    All of the server's synchronous work (views, the consumer's database calls) runs in that one
    thread, one request at a time. Static files come from the apps' static folders through
    Django's ASGIStaticFilesHandler, like the WSGI live server's StaticFilesHandler; the channel
    layer is the in-memory one, fresh per server. Use `.url` as the base URL (the `asgi_page`
    fixture does), and do not call code that broadcasts to the channel layer from the test
    thread: act through the browser, as a person would.
    """
    server = AsgiLiveServer()
    server.start()
    yield server
    server.stop()


def _contexts(browser, server, page_problems):
    """Yields `open_page(**options)`: a browser context per person (own cookies) against `server`;
    all are closed afterwards, and the browser's problems fail the test."""
    contexts = []

    def open_page(**options):
        context, page = _new_page(browser, server, page_problems, **options)
        contexts.append(context)
        return page

    yield open_page
    for context in contexts:
        context.close()
    report = page_problems.report()
    if report and report != page_problems.reported:
        pytest.fail("The browser reported problems:\n" + report, pytrace=False)


@pytest.fixture
def browser_context(browser, live_server, page_problems):
    """Opens browser contexts against the live server, each with its own cookies (a second person)."""
    yield from _contexts(browser, live_server, page_problems)


@pytest.fixture
def asgi_browser_context(browser, asgi_live_server, page_problems):
    """Opens browser contexts against the ASGI live server, each with its own cookies (a second
    person); all are closed after the test. Call it with Playwright context options."""
    yield from _contexts(browser, asgi_live_server, page_problems)
