"""Held and hidden forum content (approved=False) is for its poster and the moderators only, on every
page that lists posts or topics.

Four cases, each on every listing page as four viewers (a visitor, another member, the poster and a
moderator), through the real URLs:

- a held first post: the whole new topic waits for a moderator (topic.approved=False);
- a held reply in a public topic;
- a reply a moderator hid;
- a topic whose first post a moderator hid, with a public reply by someone else still in it.

Where a page shows such content to its poster or a moderator, it carries the marker
(peer_forum/held_marker.html): "waiting for a moderator" or "hidden by a moderator". Search indexes
and feeds are shared outputs: they never carry it, whoever asks.
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from forum import services
from forum.machina_models import Post, Topic
from tests.factories.forum import post_add, topic_create
from tests.forum.conftest import forum_url, topic_url

pytestmark = pytest.mark.django_db

CASES = ("held topic", "held reply", "hidden reply", "hidden topic")
VIEWERS = ("anonymous", "other", "poster", "moderator")
POSTER = "Wachtende Wilg"


def case_create(name, world, user_factory, poster=None):
    """Build one case; `needles` are strings that only the held or hidden content puts on a page."""
    poster = poster or user_factory(pseudonym=POSTER)
    if name == "held topic":
        # Held from the start, as services.post_hold_if_needed does for a new member's first post.
        topic = topic_create(world.public, poster, "Vastgehouden vraag", "Tekst heldtopicwoord", approved=False)
        assert Topic.objects.get(pk=topic.pk).approved is False
        return SimpleNamespace(
            name=name,
            poster=poster,
            topic=topic,
            topic_visible=False,
            status="held",
            word="heldtopicwoord",
            title_word="Vastgehouden",
            needles=["Vastgehouden vraag", "heldtopicwoord", POSTER, f"{topic.slug}-{topic.pk}/"],
        )
    if name == "held reply":
        post_add(world.topic, poster, "Mijn heldreplywoord antwoord", approved=False)
        return SimpleNamespace(
            name=name,
            poster=poster,
            topic=world.topic,
            topic_visible=True,
            status="held",
            word="heldreplywoord",
            title_word="Peuter",
            needles=["heldreplywoord", POSTER],
        )
    if name == "hidden reply":
        post = post_add(world.topic, poster, "Mijn hiddenreplywoord antwoord")
        services.topic_subscribe(world.topic, world.other)
        services.post_hide(post, world.moderator, "test")
        return SimpleNamespace(
            name=name,
            poster=poster,
            topic=world.topic,
            topic_visible=True,
            status="hidden",
            word="hiddenreplywoord",
            title_word="Peuter",
            needles=["hiddenreplywoord", POSTER, f"?post={post.pk}"],
        )
    assert name == "hidden topic"
    topic = topic_create(
        world.public,
        poster,
        "Verborgen onderwerp over schermtijd",
        "Tekst hiddentopicwoord",
        replies=[(world.outsider, "Een openbaar antwoord met replywoordverborgen")],
    )
    services.topic_subscribe(topic, world.other)
    services.post_hide(topic.first_post, world.moderator, "test")
    assert Topic.objects.get(pk=topic.pk).approved is False
    return SimpleNamespace(
        name=name,
        poster=poster,
        topic=topic,
        topic_visible=False,
        status="hidden",
        word="replywoordverborgen",
        title_word="Verborgen",
        needles=["Verborgen onderwerp", "hiddentopicwoord", "replywoordverborgen", POSTER, f"{topic.slug}-{topic.pk}/"],
    )


@pytest.fixture
def cases(world, user_factory):
    """All four cases at once, by one poster (a page lists them side by side, as it would for real)."""
    poster = user_factory(pseudonym=POSTER)
    return [case_create(name, world, user_factory, poster=poster) for name in CASES]


def login_as(client, world, poster, viewer):
    user = {"anonymous": None, "other": world.other, "poster": poster, "moderator": world.moderator}[viewer]
    if user is not None:
        client.force_login(user)
    return user


def _to_poster_and_moderators(case, user):
    return True


def _held_topics_to_poster_and_moderators(case, user):
    return not case.topic_visible


def _followed_held_topics(case, user):
    return not case.topic_visible and case.topic.subscribers.filter(pk=user.pk).exists()


# page name -> (its url for a world and a case, which cases it shows to their poster and the moderators)
PAGES = {
    "topic page": (lambda world, case: topic_url(case.topic), _to_poster_and_moderators),
    "forum page": (lambda world, case: forum_url(world.public), _held_topics_to_poster_and_moderators),
    "forum index": (lambda world, case: "/forum/", None),
    "member posts": (lambda world, case: f"/forum/member/profile/{case.poster.pk}/posts/", _to_poster_and_moderators),
    "member forum profile": (lambda world, case: f"/forum/member/profile/{case.poster.pk}/", _to_poster_and_moderators),
    "forum search": (lambda world, case: f"/forum/search/?q={case.word}", None),
    "forum search in titles": (lambda world, case: f"/forum/search/?q={case.title_word}&search_topics=on", None),
    "site search": (lambda world, case: f"/zoeken/?q={case.word}", None),
    "feed": (lambda world, case: "/forum/feeds/topics/", None),
    "forum feed": (lambda world, case: f"/forum/feeds/forum/{world.public.slug}-{world.public.pk}/topics/", None),
    "unread topics": (lambda world, case: "/forum/tracking/unread-topics/", None),
    "followed topics": (lambda world, case: "/forum/member/subscriptions/", _followed_held_topics),
}


def _shows_held(page, case, viewer, user):
    shows = PAGES[page][1]
    return viewer in ("poster", "moderator") and shows is not None and shows(case, user)


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("page", list(PAGES))
def test_held_content_is_only_for_its_poster_and_moderators(client, world, cases, page, viewer):
    user = login_as(client, world, cases[0].poster, viewer)
    urls = {case.name: PAGES[page][0](world, case) for case in cases}
    responses = {url: client.get(url) for url in set(urls.values())}
    markers = {url: [] for url in responses}
    for case in cases:
        if _shows_held(page, case, viewer, user):
            markers[urls[case.name]].append(case.status)
    problems = []
    for case in cases:
        url = urls[case.name]
        response = responses[url]
        assert response.status_code in (200, 302, 404), url
        html = response.content.decode()
        if _shows_held(page, case, viewer, user):
            if response.status_code != 200 or case.needles[0] not in html:
                problems.append(f"{case.name}: hidden from the {viewer} ({response.status_code})")
            continue
        # Search echoes its words and a 404 page the address asked for; a member's own pages (and
        # the header, for the poster) name them, and so does held content shown on the same page.
        # Everywhere else each needle betrays the held content.
        needles = [n for n in case.needles if n not in url]
        if page.startswith("member") or viewer == "poster" or markers[url]:
            needles.remove(POSTER)
        leaked = [needle for needle in needles if needle in html]
        if leaked:
            problems.append(f"{case.name}: shown to the {viewer}: {leaked}")
    for url, statuses in markers.items():
        html = responses[url].content.decode()
        for status in ("held", "hidden"):
            found, expected = html.count(f"held-marker--{status}"), statuses.count(status)
            if found != expected:
                problems.append(f"{url}: {found} “{status}” markers for the {viewer}, expected {expected}")
    assert not problems, f"{page}: {problems}"


@pytest.mark.parametrize("viewer", ("anonymous", "other"))
def test_held_topic_urls_are_404_for_others(client, world, cases, viewer):
    login_as(client, world, cases[0].poster, viewer)
    for case in cases:
        assert client.get(topic_url(case.topic)).status_code == (200 if case.topic_visible else 404), case.name


def test_poster_sees_own_held_reply_in_the_topic_in_its_place_with_the_marker(client, world, user_factory):
    case = case_create("held reply", world, user_factory)
    case_create("hidden reply", world, user_factory, poster=case.poster)
    client.force_login(case.poster)
    html = client.get(topic_url(world.topic)).content.decode()
    # Both replies are the poster's: one waits, one was hidden; each says which.
    assert html.count("held-marker--held") == 1 and html.count("held-marker--hidden") == 1
    assert html.index("Onze peuter wil niet slapen") < html.index("heldreplywoord") < html.index("hiddenreplywoord")
    # Another member's public reply in the same topic carries no marker.
    assert html.count("held-marker--") == 2


def test_reply_in_a_hidden_topic_is_not_shown_to_its_own_poster(client, world, user_factory):
    """The outsider replied publicly before the moderator hid the topic: the topic is gone for them too."""
    case = case_create("hidden topic", world, user_factory)
    client.force_login(world.outsider)
    assert client.get(topic_url(case.topic)).status_code == 404
    html = client.get(f"/forum/member/profile/{world.outsider.pk}/posts/").content.decode()
    assert "replywoordverborgen" not in html and "Verborgen onderwerp" not in html
    reply = case.topic.posts.get(poster=world.outsider)
    assert client.get(topic_url(case.topic) + f"{reply.pk}/post/update/").status_code == 404


def test_held_reply_in_a_hidden_topic_is_only_for_the_moderators(client, world, user_factory):
    """Held twice over (the reply waits, its topic was hidden): neither poster alone may open it."""
    newcomer = user_factory(pseudonym="Nieuwkomer")
    held = post_add(world.topic, newcomer, "Wacht in een verborgen onderwerp", approved=False)
    services.post_hide(world.topic.first_post, world.moderator)
    url = topic_url(world.topic) + f"{held.pk}/post/update/"
    for member in (newcomer, world.author):
        client.force_login(member)
        assert client.get(url).status_code == 404, member
    client.force_login(newcomer)
    assert client.get(topic_url(world.topic)).status_code == 404
    html = client.get(f"/forum/member/profile/{newcomer.pk}/posts/").content.decode()
    assert "Wacht in een verborgen onderwerp" not in html
    client.force_login(world.moderator)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("viewer", VIEWERS)
def test_counts_and_last_posts_leave_held_content_out(client, world, cases, viewer):
    """The forum index (counts, last post), the topic list (replies, last post by) and the member
    card and forum profile (the poster's counts) count only what everybody sees."""
    poster = cases[0].poster
    login_as(client, world, poster, viewer)
    response = client.get("/forum/")
    node = next(node for node in response.context["forums"].visible_nodes if node.obj.pk == world.public.pk)
    assert (node.topics_count, node.posts_count) == (1, 2)
    assert node.last_post.topic_id == world.topic.pk and node.last_post.approved
    in_private_space = viewer in ("other", "moderator")  # the group's two posts count for them
    assert response.context["total_posts_count"] == (4 if in_private_space else 2)
    topics = client.get(forum_url(world.public)).context["topics"]
    topic = next(topic for topic in topics if topic.pk == world.topic.pk)
    assert topic.posts_count == 2 and topic.last_post.poster == world.other
    if viewer == "anonymous":
        return
    profile = client.get(f"/forum/member/profile/{poster.pk}/")
    assert (profile.context["posts_count"], profile.context["topics_count"]) == (0, 0)
    card = client.get(reverse("accounts:member-detail", args=[poster.pk]))
    panel = next(panel for panel in card.context["panels"] if panel["key"] == "forum")
    assert "0 berichten, 0 onderwerpen gestart" in panel["html"]


@pytest.mark.parametrize("viewer", VIEWERS)
def test_topic_hub_related_topics_leave_held_topics_out(client, world, tree, topic_factory, user_factory, viewer):
    topic_factory(name="Slapen", slug="slapen")  # the public forum "Slapen" is about it
    held = case_create("held topic", world, user_factory)
    case_create("hidden topic", world, user_factory, poster=held.poster)
    login_as(client, world, held.poster, viewer)
    html = client.get("/onderwerpen/slapen/").content.decode()
    assert "Peuter slaapt slecht" in html
    assert "Vastgehouden vraag" not in html and "Verborgen onderwerp" not in html


def test_held_marker_says_waiting_by_default_and_hidden_when_hidden():
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        assert "Waiting for a moderator" in render_to_string("peer_forum/held_marker.html", {})
        assert "held-marker--held" in render_to_string("peer_forum/held_marker.html", {"status": "held"})
        hidden = render_to_string("peer_forum/held_marker.html", {"status": "hidden"})
    assert "Hidden by a moderator" in hidden and "held-marker--hidden" in hidden


def _indexed_post_ids(topic):
    from haystack.query import SearchQuerySet

    return sorted(int(result.pk) for result in SearchQuerySet().filter(topic=topic.pk))


def test_search_index_holds_a_topics_posts_only_while_everybody_may_read_them(world, user_factory):
    topic = topic_create(world.public, world.author, "Onderwerp met antwoorden", "Begin", replies=[(world.other, "Ja")])
    first, reply = topic.first_post, topic.last_post
    assert _indexed_post_ids(topic) == sorted([first.pk, reply.pk])
    services.post_hide(first, world.moderator)  # the topic is hidden: its public reply leaves too
    assert _indexed_post_ids(topic) == []
    services.post_approve(Post.objects.get(pk=first.pk), world.moderator)  # and comes back with it
    assert _indexed_post_ids(topic) == sorted([first.pk, reply.pk])
    services.post_hide(Post.objects.get(pk=reply.pk), world.moderator)
    assert _indexed_post_ids(topic) == [first.pk]
    held = post_add(topic, world.other, "Wacht nog", approved=False)
    assert held.pk not in _indexed_post_ids(topic)


def test_search_leaves_out_held_topics_even_when_the_index_has_them(client, world, user_factory):
    """`rebuild_index` uses machina's index, which only skips unapproved posts: the public reply in
    a hidden topic goes back in. The search form leaves such topics out itself."""
    from haystack import connections

    case = case_create("hidden topic", world, user_factory)
    index = connections["default"].get_unified_index().get_index(Post)
    connections["default"].get_backend().update(index, list(Post.objects.filter(topic=case.topic)))
    assert _indexed_post_ids(case.topic)  # what a rebuilt index would hold
    for viewer in VIEWERS:
        login_as(client, world, case.poster, viewer)
        response = client.get("/forum/search/", {"q": case.word})
        assert response.context["page"].paginator.count == 0, viewer
        assert "Verborgen onderwerp" not in response.content.decode(), viewer


@pytest.mark.parametrize("viewer", VIEWERS)
def test_hidden_announcement_is_only_for_its_poster_and_moderators(client, world, user_factory, viewer):
    poster = user_factory(pseudonym=POSTER)
    announcement = topic_create(world.public, poster, "Verborgen mededeling", "Tekst")
    Topic.objects.filter(pk=announcement.pk).update(type=Topic.TOPIC_ANNOUNCE)
    services.post_hide(announcement.first_post, world.moderator)
    login_as(client, world, poster, viewer)
    html = client.get(forum_url(world.public)).content.decode()
    if viewer in ("poster", "moderator"):
        assert "Verborgen mededeling" in html and html.count("held-marker--hidden") == 1
    else:
        assert "Verborgen mededeling" not in html and "held-marker" not in html


def test_marking_held_content_costs_no_query_per_post(client, world, user_factory):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    poster = user_factory(pseudonym=POSTER)
    client.force_login(poster)
    urls = [topic_url(world.topic), f"/forum/member/profile/{poster.pk}/posts/", forum_url(world.public)]

    def counts():
        for url in urls:  # the first visit marks things read (machina's tracking): not measured
            client.get(url)
        found = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    post_add(world.topic, poster, "Eén", approved=False)
    topic_create(world.public, poster, "Eerste vastgehouden onderwerp", "Een", approved=False)
    few = counts()
    for number in range(8):
        services.post_hide(post_add(world.topic, poster, f"Verborgen {number}"), world.moderator)
        topic_create(world.public, poster, f"Vastgehouden onderwerp {number}", "Tekst", approved=False)
    assert counts() == few
