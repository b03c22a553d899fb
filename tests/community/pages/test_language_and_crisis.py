"""Dutch first with an English switch; crisis help on every page type."""

import pytest
from django.urls import reverse

from community.pages.models import CrisisHelpSettings

pytestmark = pytest.mark.django_db


def test_dutch_by_default_even_for_an_english_browser(client, tree):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="nl">' in html
    assert "Inloggen" in html


def test_language_switch_sets_english_and_back(client, tree):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html and "Log in" in html and "Chat live with an experience expert" in html
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    assert '<html lang="nl">' in client.get("/").content.decode()


def test_unknown_language_is_ignored(client, tree):
    client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    client.cookies["django_language"] = "xx"
    assert '<html lang="nl">' in client.get("/").content.decode()


def test_language_switch_does_not_redirect_elsewhere(client, tree):
    response = client.post(reverse("set_language"), {"language": "en", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_profile_language_is_applied_at_login(client, tree, user_factory, password):
    user = user_factory(email="engels@example.org", language="en")
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.cookies["django_language"].value == "en"
    assert '<html lang="en">' in client.get("/").content.decode()


def crisis_pages(tree, information_page_factory, topic_factory, member):
    topic = topic_factory(name="Stress", slug="stress")
    info = information_page_factory(section=tree.section_a, topics=[topic])
    return [
        ("/", None),
        (info.get_parent().get_parent().url, None),  # information overview
        (info.get_parent().url, None),  # partner section
        (info.url, None),  # information page
        ("/onderwerpen/", None),
        ("/onderwerpen/stress/", None),
        (reverse("search") + "?q=stress", None),
        (reverse("account_login"), None),
        (reverse("account_signup"), None),
        (reverse("account_reset_password"), None),
        ("/bestaat-niet/", None),
        (reverse("accounts:profile"), member),
        (reverse("accounts:profile-edit"), member),
        (reverse("accounts:member-detail", args=[member.pk]), member),
        (reverse("notifications:list"), member),
        (reverse("notifications:preferences"), member),
    ]


def test_crisis_help_on_every_page_type(client, tree, information_page_factory, topic_factory, member):
    for url, as_user in crisis_pages(tree, information_page_factory, topic_factory, member):
        if as_user:
            client.force_login(as_user)
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code in (200, 404), url
        assert "Direct hulp nodig?" in html, url
        assert 'href="tel:08000113"' in html, url
        client.logout()


def test_crisis_text_is_editable_in_site_settings(client, tree):
    settings = CrisisHelpSettings.load()
    settings.title = "Hulp nodig? Nu!"
    settings.short_text = '<p>Bel <a href="tel:0570123456">de crisisdienst</a>.</p>'
    settings.save()
    html = client.get("/").content.decode()
    assert "Hulp nodig? Nu!" in html and "tel:0570123456" in html
