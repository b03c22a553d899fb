"""Coming back where you were after logging in, and the welcome page for a new member."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from plugins.manager import registry
from tests.community.accounts.test_signup import GOOD

pytestmark = pytest.mark.django_db

LOGIN = reverse("account_login")
SIGNUP = reverse("account_signup")
WELCOME = reverse("welcome")


def header_link(html, url_start):
    """The href of the header's link that starts with `url_start` (unescaped)."""
    menu = html[html.index('<nav id="site-nav"') :]
    match = re.search(r'href="(%s[^"]*)"' % re.escape(url_start), menu)
    assert match, menu[:2000]
    return match.group(1).replace("&amp;", "&")


def confirmation_path(message):
    link = re.search(r"https?://\S+/account/confirm-email/\S+/", message.body).group(0)
    return link.split("testserver", 1)[1]


def test_logging_in_from_the_header_brings_you_back_to_the_page(
    client, tree, information_page_factory, member, password
):
    page = information_page_factory(section=tree.section_a, title="Goed slapen")
    assert page.url.startswith("/informatie/")
    login_url = header_link(client.get(page.url).content.decode(), LOGIN)
    assert login_url == f"{LOGIN}?next={page.url}"
    form = client.get(login_url)
    assert form.status_code == 200
    response = client.post(login_url, {"login": member.email, "password": password})
    assert response.status_code == 302
    assert response["Location"] == page.url
    html = client.get(page.url).content.decode()
    assert "Goed slapen" in html and 'class="bell"' in html


def test_a_later_login_without_next_goes_to_the_profile(client, member, password):
    client.post(LOGIN, {"login": member.email, "password": password})  # the first login
    client.logout()
    response = client.post(LOGIN, {"login": member.email, "password": password})
    assert response["Location"] == reverse("accounts:profile")


def test_a_foreign_next_is_ignored(client, member, password):
    client.post(LOGIN, {"login": member.email, "password": password})
    client.logout()
    response = client.post(f"{LOGIN}?next=https://evil.example/", {"login": member.email, "password": password})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")


def test_sign_up_and_confirm_lands_on_the_welcome_page(client):
    response = client.post(SIGNUP, GOOD)
    assert response.status_code == 302
    response = client.post(confirmation_path(mail.outbox[-1]))
    assert response.status_code == 302
    assert response["Location"] == WELCOME
    html = client.get(WELCOME).content.decode()
    assert "Nachtuil" in html
    steps = re.findall(r'data-step="([a-z]+)"', html)
    assert steps == ["information", "forum", "socialmap"]
    assert f'href="{reverse("information-index")}"' in html
    assert f'href="{reverse("forum:index")}"' in html
    assert f'href="{reverse("socialmap:service-list")}"' in html


def test_a_next_given_at_sign_up_wins_over_the_welcome_page(client):
    signup_url = f"{SIGNUP}?next=/informatie/centrum-jeugd/"
    assert client.post(signup_url, GOOD).status_code == 302
    response = client.post(confirmation_path(mail.outbox[-1]))
    assert response["Location"] == "/informatie/centrum-jeugd/"


def test_the_header_sign_up_link_carries_next_through_to_after_confirmation(client):
    signup_url = header_link(client.get(reverse("search") + "?q=slapen").content.decode(), SIGNUP)
    assert signup_url == f"{SIGNUP}?next=/zoeken/%3Fq%3Dslapen"
    assert client.post(signup_url, GOOD).status_code == 302
    response = client.post(confirmation_path(mail.outbox[-1]))
    assert response["Location"] == "/zoeken/?q=slapen"


def test_confirming_in_another_browser_then_logging_in_the_first_time_welcomes_you(client):
    client.post(SIGNUP, GOOD)
    other_browser = Client()
    response = other_browser.post(confirmation_path(mail.outbox[-1]))
    assert response["Location"].startswith(LOGIN)  # not signed in there: log in first
    response = other_browser.post(LOGIN, {"login": GOOD["email"], "password": GOOD["password1"]})
    assert response["Location"] == WELCOME
    other_browser.logout()
    response = other_browser.post(LOGIN, {"login": GOOD["email"], "password": GOOD["password1"]})
    assert response["Location"] == reverse("accounts:profile")


def test_a_switched_off_feature_drops_out_of_the_welcome_steps(client, member):
    client.force_login(member)
    with registry.without("forum"):
        html = client.get(WELCOME).content.decode()
    assert re.findall(r'data-step="([a-z]+)"', html) == ["information", "socialmap"]
    assert "/forum/" not in html[html.index('class="main"') :]


def test_the_welcome_page_is_for_signed_in_members_only(client, member):
    response = client.get(WELCOME)
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN}?next={WELCOME}"
    client.force_login(member)
    html = client.get(WELCOME).content.decode()
    assert "Welkom" in html or "Welcome" in html
    assert f'href="{reverse("accounts:profile-edit")}"' in html


def test_the_welcome_page_escapes_the_pseudonym(client, member):
    member.pseudonym = "<b>Uil</b>"
    member.save(update_fields=["pseudonym"])
    client.force_login(member)
    html = client.get(WELCOME).content.decode()
    assert "<b>Uil</b>" not in html and "&lt;b&gt;Uil&lt;/b&gt;" in html
