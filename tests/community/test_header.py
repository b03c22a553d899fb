"""The header: the bell and prominent account items in the always-visible bar, the account menu from
the plugins, and "Log in"/"Sign up" links that bring people back to the page they were on."""

import re

import pytest
from django.urls import reverse

import plugins
from community.notifications.services import notification_send
from plugins.manager import registry
from tests.plugins.test_registry import enable, plugin_module

pytestmark = pytest.mark.django_db

SEARCH = reverse("search")


def header_parts(html):
    """(the always-visible bar, the collapsible menu) of the page's header."""
    bar_start = html.index('class="site-header__bar"')
    nav_start = html.index('<nav id="site-nav"')
    assert bar_start < nav_start
    return html[bar_start:nav_start], html[nav_start : html.index("</nav>", nav_start)]


def bell(bar):
    match = re.search(r'<a class="bell"[^>]*>.*?</a>', bar, flags=re.DOTALL)
    assert match, bar
    return match.group(0)


@pytest.fixture
def account_plugin():
    """An enabled outside plugin that answers `account_menu_items`, and the requests it was asked for."""
    calls = []

    def account_menu_items(request):
        calls.append(request.path)
        return [
            plugins.NavItem("demo.review", "Nakijken", url="/nakijken/", count=3, order=30),
            plugins.NavItem("demo.moderation", "Moderatie", url="/moderatie/", count=5, prominent=True),
            plugins.NavItem("demo.quiet", "Rustig", url="/rustig/", prominent=True),
            plugins.NavItem("demo.sneaky", "<script>alert(1)</script>", url="javascript:alert(1)"),
            plugins.NavItem("demo.bold", "<b>Vet</b>", url="/vet/", order=40),
        ]

    with registry.temporarily(plugin_module("accountdemo", account_menu_items=account_menu_items)):
        enable("accountdemo")
        yield calls


def test_the_bell_with_its_unread_count_is_in_the_bar_not_in_the_collapsible_menu(client, member):
    for number in range(2):
        notification_send(member, "platform.announcement", f"/nieuws/{number}/")
    client.force_login(member)
    bar, menu = header_parts(client.get(SEARCH).content.decode())
    link = bell(bar)
    assert 'href="/meldingen/"' in link
    assert 'aria-label="Meldingen, 2 ongelezen"' in link
    assert '<span class="bell__count" aria-hidden="true">2</span>' in link
    # A real inline SVG from theme/static/theme/img/icons/bell.svg, hidden from screen readers.
    assert re.search(r'<span class="icon icon--bell" aria-hidden="true"><svg [^>]*viewBox="0 0 24 24"', link)
    assert "<path" in link
    assert "🔔" not in link and "<img" not in link and "style=" not in link
    assert "bell" not in menu
    # The menu button comes after the bell, in the same bar.
    assert bar.index('class="bell"') < bar.index("data-nav-toggle")


def test_without_unread_notifications_the_bell_shows_no_count(client, member):
    client.force_login(member)
    link = bell(header_parts(client.get(SEARCH).content.decode())[0])
    assert 'aria-label="Meldingen, 0 ongelezen"' in link
    assert "bell__count" not in link and "<svg" in link


def test_in_english_the_bell_keeps_its_label(client, member):
    client.cookies["django_language"] = "en"
    notification_send(member, "platform.announcement", "/news/")
    client.force_login(member)
    link = bell(header_parts(client.get(SEARCH).content.decode())[0])
    assert 'aria-label="Notifications, 1 unread"' in link


def test_visitors_get_no_bell_and_the_plugins_are_not_asked(client, account_plugin):
    bar, menu = header_parts(client.get(SEARCH).content.decode())
    assert "bell" not in bar and "Moderatie" not in bar
    assert "Nakijken" not in menu
    assert account_plugin == []


def test_account_menu_items_with_count_and_prominent(client, member, account_plugin):
    client.force_login(member)
    html = client.get(SEARCH).content.decode()
    bar, menu = header_parts(html)
    # Prominent items stay in the bar, next to the bell, with their count as a visible badge.
    assert re.search(
        r'<a class="header-item" href="/moderatie/" data-account-item="demo.moderation">Moderatie '
        r'<span class="count-badge">5</span></a>',
        bar,
    )
    assert '<a class="header-item" href="/rustig/" data-account-item="demo.quiet">Rustig</a>' in bar
    assert bar.index("Moderatie") < bar.index('class="bell"')
    assert "Moderatie" not in menu and "Rustig" not in menu
    # The others are in the collapsible menu, after "My profile", in their order.
    review = re.search(
        r'<a href="/nakijken/" data-account-item="demo.review">Nakijken <span class="count-badge">3</span>', menu
    )
    assert review
    assert menu.index("Mijn profiel") < review.start() < menu.index("&lt;b&gt;Vet&lt;/b&gt;")
    assert "Nakijken" not in bar
    # Plugin text is escaped; an unsafe URL never reaches an href (the item is left out).
    assert "<b>Vet</b>" not in html and "javascript:" not in html and "<script>alert" not in html
    assert account_plugin == [SEARCH]


def test_the_profile_shows_the_account_items_and_asks_the_plugins_once(client, member, account_plugin):
    client.force_login(member)
    html = client.get(reverse("accounts:profile")).content.decode()
    actions = html[html.index('<p class="actions">') :]
    actions = actions[: actions.index("</p>")]
    assert 'href="/nakijken/" data-account-item="demo.review">Nakijken <span class="count-badge">3</span>' in actions
    assert 'href="/moderatie/" data-account-item="demo.moderation">Moderatie' in actions
    assert f'href="{reverse("welcome")}"' in html
    assert account_plugin == [reverse("accounts:profile")]  # the header and the page share one answer


def test_a_disabled_plugin_adds_nothing_to_the_account_menu(client, member, account_plugin):
    enable("accountdemo", enabled=False)
    client.force_login(member)
    html = client.get(SEARCH).content.decode()
    assert "Moderatie" not in html and "Nakijken" not in html
    assert account_plugin == []


def test_count_must_be_a_whole_number_of_zero_or_more():
    assert plugins.NavItem("a", "A", count=-2).count == 0
    assert plugins.NavItem("a", "A", count="x").count == 0
    assert plugins.NavItem("a", "A", count="4").count == 4
    assert plugins.NavItem("a", "A").prominent is False


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/zoeken/?q=slapen", "?next=/zoeken/%3Fq%3Dslapen"),
        ("/sociale-kaart/", "?next=/sociale-kaart/"),
    ],
)
def test_log_in_and_sign_up_links_carry_the_current_page(client, path, expected):
    html = client.get(path).content.decode()
    _bar, menu = header_parts(html)
    assert f'href="{reverse("account_login")}{expected}"' in menu
    assert f'href="{reverse("account_signup")}{expected}"' in menu


@pytest.mark.parametrize("name", ["account_login", "account_signup", "account_reset_password"])
def test_the_account_pages_themselves_carry_no_next(client, name):
    _bar, menu = header_parts(client.get(reverse(name)).content.decode())
    assert f'href="{reverse("account_login")}"' in menu
    assert "?next=" not in menu


def test_a_path_that_looks_like_another_host_is_never_offered_as_next(client):
    response = client.get("//evil.example/x/")
    html = response.content.decode()
    assert "next=//" not in html and "next=%2F%2F" not in html
