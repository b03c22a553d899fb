"""machina wired into Wijkplein: apps, labels, search backend, theme, seed data and the private-space hook."""

import io
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command

from forum.machina_models import Forum, Post, Topic
from tests.forum.conftest import forum_url, topic_url

pytestmark = pytest.mark.django_db

THEME = Path(settings.BASE_DIR) / "theme" / "templates"


def test_machina_models_still_come_from_machina_and_our_label_is_peer_forum():
    assert Forum.__module__.startswith("machina.")
    assert Topic.__module__.startswith("machina.") and Post.__module__.startswith("machina.")
    assert apps.get_app_config("forum").name == "machina.apps.forum"
    assert apps.get_app_config("peer_forum").name == "forum"
    names = [c.name for c in apps.get_app_configs()]
    assert names.index("machina.apps.forum") < names.index("forum")
    from machina.core.loading import get_class

    assert get_class("forum.views", "IndexView").__module__ == "machina.apps.forum.views"


def test_search_uses_whoosh_in_a_temporary_directory():
    connection = settings.HAYSTACK_CONNECTIONS["default"]
    assert connection["ENGINE"] == "haystack.backends.whoosh_backend.WhooshEngine"
    assert connection["PATH"].startswith(str(settings.VAR_DIR))
    assert "wijkplein-test-" in connection["PATH"]


def test_new_posts_are_found_by_search_without_update_index(client, world):
    from tests.factories.forum import topic_create

    topic_create(world.public, world.author, "Tandjes poetsen", "Hoe krijg je een peuter aan het tandenpoetsen?")
    response = client.get("/forum/search/", {"q": "tandenpoetsen"})
    assert "Tandjes poetsen" in response.content.decode()


def test_our_forum_templates_have_no_inline_script_style_or_cdn():
    files = [
        p
        for p in THEME.rglob("*.html")
        if p.relative_to(THEME).parts[0].startswith(("forum", "peer_forum", "partials"))
    ]
    files.append(THEME / "board_base.html")
    assert len(files) > 30
    for path in files:
        text = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path
        assert "style=" not in text and "<style" not in text, path
        assert not re.search(r"(src|href)=\"(https?:)?//", text), path
        assert "bootstrap" not in text.lower() and "jquery" not in text.lower(), path


@pytest.mark.parametrize("who", ["anonymous", "member", "moderator"])
def test_forum_pages_use_the_wijkplein_theme_without_machina_assets(client, world, who):
    if who == "member":
        client.force_login(world.other)
    elif who == "moderator":
        client.force_login(world.moderator)
    urls = ["/forum/", forum_url(world.public), topic_url(world.topic), "/forum/search/?q=peuter"]
    if who != "anonymous":  # member cards are for signed-in members only
        urls.append(f"/forum/member/profile/{world.author.pk}/")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "theme/css/main.css" in html and "theme/css/forum.css" in html
        assert "machina" not in html.lower().replace("machina_", "")
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)
        assert " style=" not in html
        assert "Content-Security-Policy" in response.headers


def test_posters_show_pseudonym_and_badge_never_email(client, world, verification_factory):
    verification_factory(user=world.other, role="experience_expert")
    for url in [
        "/forum/",
        forum_url(world.public),
        topic_url(world.topic),
        f"/forum/member/profile/{world.other.pk}/",
        "/forum/search/?q=ritueel",
    ]:
        html = client.get(url).content.decode()
        assert world.other.email not in html and world.author.email not in html
    topic_page = client.get(topic_url(world.topic)).content.decode()
    assert "Kastanje" in topic_page and "badge--experience_expert" in topic_page
    assert f"/profiel/leden/{world.other.pk}/" in topic_page
    client.force_login(world.outsider)  # member cards are for signed-in members only
    profile = client.get(f"/forum/member/profile/{world.other.pk}/").content.decode()
    assert world.other.email not in profile
    assert "badge--experience_expert" in profile and f"/profiel/leden/{world.other.pk}/" in profile


def test_private_space_create_is_a_documented_hook(user_factory):
    from forum.spaces import private_space_create

    a, b, outsider = user_factory(), user_factory(), user_factory()
    url = private_space_create("Cursus Rust – groep 1", members=[a, b])
    assert url.startswith("/forum/forum/")
    # Idempotent: the same name finds the same space and adds members.
    c = user_factory()
    assert private_space_create("Cursus Rust – groep 1", members=[c]) == url
    from django.test import Client

    for user, status in [(a, 200), (c, 200), (outsider, 404)]:
        client = Client()
        client.force_login(user)
        assert client.get(url).status_code == status


def test_seed_forum_demo_is_idempotent_and_rich(django_user_model):
    call_command("seed_demo", stdout=io.StringIO())
    topics = Topic.objects.count()
    assert topics >= 30
    names = set(Forum.objects.values_list("name", flat=True))
    for name in [
        "Slapen",
        "Stress",
        "Puberteit",
        "Scheiding",
        "Social media",
        "Voor vaders",
        "Voor mantelzorgers",
        "Vraag het een ervaringsdeskundige",
        "Praatgroep Deventer-Oost",
    ]:
        assert name in names
    assert any(n.startswith("Mededelingen ") and n != "Mededelingen van partners" for n in names)
    posters = set(Post.objects.values_list("poster__email", flat=True))
    assert {
        "ouder@wijkplein.example",
        "ervaringsdeskundige@wijkplein.example",
        "professional@wijkplein.example",
    } <= posters
    call_command("seed_forum_demo", stdout=io.StringIO())
    assert Topic.objects.count() == topics


def test_announcement_forums_are_read_only_for_members(client, tree, user_factory):
    from forum import permissions
    from tests.factories.forum import forum_create, topic_create

    forum = forum_create("Mededelingen Centrum Jeugd", public=False)
    permissions.announcement_forum_open(forum, tree.partner_a.editor_group)
    topic_create(forum, tree.editor_a, "Nieuwe cursus", "Start in maart")
    assert client.get(forum_url(forum)).status_code == 200
    member = user_factory()
    client.force_login(member)
    assert client.get(forum_url(forum) + "topic/create/").status_code == 403
    client.force_login(tree.editor_a)
    assert client.get(forum_url(forum) + "topic/create/").status_code == 200


def test_anonymous_visitors_get_no_session_from_the_forum(client, world):
    from django.contrib.sessions.models import Session

    for url in ["/", "/forum/", forum_url(world.public), topic_url(world.topic)]:
        response = client.get(url)
        assert response.status_code == 200
        assert "sessionid" not in response.cookies, url
    assert not Session.objects.exists()
