"""Site search: highlighted results, pagination, an empty state with topics, and hostile input handled calmly."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

SEARCH = reverse("search")


@pytest.fixture
def pages(tree, topic_factory, information_page_factory):
    sleep = topic_factory(name="Slapen", slug="slapen")
    information_page_factory(
        section=tree.section_a,
        title="Slaaptips voor peuters",
        intro="Een vast ritme helpt bij het slapen.",
        topics=[sleep],
    )
    information_page_factory(
        section=tree.section_b, title="Geldzorgen en hulp", intro="Waar vind je hulp bij schulden?"
    )
    information_page_factory(
        section=tree.section_a, title="Slaaptips in concept", intro="Niet gepubliceerd.", publish=False
    )
    return sleep


def test_finds_live_pages_and_highlights_terms(client, pages):
    response = client.get(SEARCH, {"q": "slaaptips"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>Slaaptips</mark> voor peuters" in html
    assert "in concept" not in html
    assert "Geldzorgen" not in html
    assert "1 resultaat" in html


def test_body_text_is_searched(client, tree, information_page_factory):
    information_page_factory(
        section=tree.section_a,
        title="Rust in huis",
        body=[{"type": "rich_text", "value": "<p>Probeer samen een ademhalingsoefening te doen.</p>"}],
    )
    assert "Rust in huis" in client.get(SEARCH, {"q": "ademhalingsoefening"}).content.decode()


def test_empty_state_suggests_topics(client, pages):
    html = client.get(SEARCH, {"q": "xyzzyonbekend"}).content.decode()
    assert "Niets gevonden voor" in html
    assert "/onderwerpen/slapen/" in html
    html = client.get(SEARCH).content.decode()
    assert "/onderwerpen/slapen/" in html


def test_results_are_paginated(client, tree, information_page_factory):
    for number in range(23):
        information_page_factory(section=tree.section_a, title=f"Puberteit deel {number}")
    first = client.get(SEARCH, {"q": "puberteit"}).content.decode()
    assert "Pagina 1 van 3" in first
    assert "q=puberteit&amp;page=2" in first
    third = client.get(SEARCH, {"q": "puberteit", "page": "3"})
    assert third.status_code == 200 and "Pagina 3 van 3" in third.content.decode()
    assert client.get(SEARCH, {"q": "puberteit", "page": "x"}).status_code == 200
    assert client.get(SEARCH, {"q": "puberteit", "page": "9999"}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "'; DROP TABLE wagtailcore_page; --",
        "slapen OR 1=1",
        "%",
        "\\",
        "a" * 10_000,
        "slapen " * 2_000,
        "😀 ouders",
    ],
)
def test_hostile_or_odd_queries_never_fail_or_reflect_html(client, pages, query):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onerror=alert" not in html or "&quot;&gt;&lt;img" in html
    if len(query) > 200:
        assert "eerste 200 tekens" in html
    # The site still works afterwards.
    assert client.get(SEARCH, {"q": "slaaptips"}).status_code == 200
