"""Home, information pages, topics: they render, carry their metadata and keep query counts flat."""

import pytest
from django.urls import reverse

from community.pages.models import InformationPage

pytestmark = pytest.mark.django_db


def test_home_lists_features_partners_and_search(client, tree):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert tree.home.title in html
    assert "Centrum Jeugd" in html and "GGD Test" in html
    assert reverse("search") in html
    # Every feature on the home page is a link now (the chat was the last one "coming soon").
    assert reverse("information-index") in html
    assert reverse("chat:index") in html
    assert "Binnenkort" not in html


def test_information_page_shows_partner_reading_time_review_date_and_topics(
    client, tree, topic_factory, information_page_factory
):
    sleep = topic_factory(name="Slapen", slug="slapen")
    words = " ".join(["woord"] * 450)
    page = information_page_factory(
        section=tree.section_a,
        title="Goed slapen",
        topics=[sleep],
        body=[{"type": "rich_text", "value": f"<p>{words}</p>"}],
    )
    assert page.partner == tree.partner_a
    assert page.reading_time == 3  # 450+ words at 200 words a minute
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Centrum Jeugd" in html
    assert "3 minuten lezen" in html
    assert "Laatst gecontroleerd" in html
    assert "/onderwerpen/slapen/" in html


def test_topic_page_lists_only_its_live_pages(client, tree, topic_factory, information_page_factory):
    sleep = topic_factory(name="Slapen", slug="slapen")
    stress = topic_factory(name="Stress", slug="stress")
    information_page_factory(section=tree.section_a, title="Slaaptips", topics=[sleep])
    information_page_factory(section=tree.section_b, title="Rust bij stress", topics=[stress])
    information_page_factory(section=tree.section_a, title="Concept over slapen", topics=[sleep], publish=False)
    html = client.get("/onderwerpen/slapen/").content.decode()
    assert "Slaaptips" in html
    assert "Rust bij stress" not in html
    assert "Concept over slapen" not in html
    assert client.get("/onderwerpen/bestaat-niet/").status_code == 404


def test_related_pages_fall_back_to_same_topic(client, tree, topic_factory, information_page_factory):
    sleep = topic_factory(name="Slapen", slug="slapen")
    first = information_page_factory(section=tree.section_a, title="Slaaptips", topics=[sleep])
    information_page_factory(section=tree.section_b, title="Slapen en schermen", topics=[sleep])
    html = client.get(first.url).content.decode()
    assert "Slapen en schermen" in html


def test_video_block_loads_nothing_third_party_before_a_click(client, tree, information_page_factory):
    page = information_page_factory(
        section=tree.section_a,
        body=[
            {
                "type": "video",
                "value": {"url": "https://www.youtube.com/watch?v=abcdefghijk", "title": "Uitleg", "transcript": ""},
            }
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<iframe" not in html
    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/abcdefghijk"' in html


def test_information_index_filters_by_topic_and_paginates(client, tree, topic_factory, information_page_factory):
    sleep = topic_factory(name="Slapen", slug="slapen")
    for number in range(14):
        information_page_factory(
            section=tree.section_a, title=f"Pagina {number:02d}", topics=[sleep] if number < 2 else []
        )
    index_url = tree.section_a.get_parent().url
    first = client.get(index_url).content.decode()
    assert "Pagina 1 van 2" in first
    filtered = client.get(index_url + "?onderwerp=slapen").content.decode()
    assert "Pagina 00" in filtered and "Pagina 05" not in filtered
    assert client.get(index_url + "?page=999").status_code == 200
    assert client.get(index_url + "?page=abc").status_code == 200


@pytest.mark.parametrize("count", [10, 200])
def test_query_counts_stay_flat_as_pages_grow(
    client, tree, topic_factory, information_page_factory, django_assert_max_num_queries, count
):
    topic = topic_factory(name="Stress", slug="stress")
    pages = [
        information_page_factory(
            section=tree.section_a if n % 2 else tree.section_b, title=f"Stress en rust {n}", topics=[topic]
        )
        for n in range(count)
    ]
    InformationPage.objects.update()  # nothing pending
    with django_assert_max_num_queries(20):
        assert client.get("/").status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(pages[0].url).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(tree.section_a.get_parent().url).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get("/onderwerpen/stress/").status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(reverse("search"), {"q": "stress"}).status_code == 200


def test_header_links_topics_and_shows_manage_only_to_admin_users(client, tree, member):
    html = client.get("/").content.decode()
    assert reverse("topic-index") in html
    assert client.get(reverse("topic-index"))["Location"] == "/onderwerpen/"
    client.force_login(member)
    assert 'href="/admin/"' not in client.get("/").content.decode()
    client.force_login(tree.editor_a)
    assert 'href="/admin/"' in client.get("/").content.decode()
