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
