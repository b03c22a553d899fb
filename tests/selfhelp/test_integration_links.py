"""A lesson's "talk about it / find help" block resolved by the forum and the social map (their ready())."""

import html

import pytest

from forum.machina_models import Forum
from selfhelp.services import enrolment_create
from tests.factories.forum import forum_create

pytestmark = pytest.mark.django_db


def link_lesson(lesson_factory, course, kind, topic, label=""):
    return lesson_factory(
        course=course,
        title=f"Les over {kind}",
        body=[{"type": "community_link", "value": {"kind": kind, "topic": topic.pk, "label": label, "text": ""}}],
    )


@pytest.fixture
def stress(topic_factory):
    return topic_factory(name="Stress", slug="stress")


def lesson_html(client, courses, lesson):
    enrolment_create(user=courses.member, course=courses.course)
    client.force_login(courses.member)
    response = client.get(lesson.url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_forum_block_links_to_the_public_forum_of_the_topic(client, courses, lesson_factory, stress):
    category = forum_create("Onderwerpen", category=True)
    forum = forum_create("Stress", parent=category)
    Forum.objects.filter(pk=forum.pk).update(description="Praat erover met ouders die het kennen.")
    lesson = link_lesson(lesson_factory, courses.course, "forum", stress)
    page = lesson_html(client, courses, lesson)
    forum_url = f"/forum/forum/{forum.slug}-{forum.pk}/"
    assert f'href="{forum_url}"' in page
    assert "Talk about it in the forum" not in page  # translated
    assert "Praat erover in het forum “Stress”" in page
    assert "Praat erover met ouders die het kennen." in page
    assert client.get(forum_url).status_code == 200  # the link works for the member


def test_forum_block_keeps_its_own_label(client, courses, lesson_factory, stress):
    forum_create("Stress", parent=forum_create("Onderwerpen", category=True))
    lesson = link_lesson(lesson_factory, courses.course, "forum", stress, label="Deel je ervaring")
    page = lesson_html(client, courses, lesson)
    assert "Deel je ervaring →" in page


def test_forum_block_never_points_to_a_private_forum(client, courses, lesson_factory, stress):
    from forum.spaces import private_space_create

    private_space_create("Stress", members=[courses.coach])  # same name as the topic, but private
    lesson = link_lesson(lesson_factory, courses.course, "forum", stress, label="Praat erover")
    page = lesson_html(client, courses, lesson)
    assert "/forum/forum/" not in page
    assert 'href="/onderwerpen/stress/"' in page  # the plain fallback: the topic page


def test_forum_block_falls_back_to_the_topic_page_without_a_forum(client, courses, lesson_factory, stress):
    lesson = link_lesson(lesson_factory, courses.course, "forum", stress, label="Praat erover")
    page = lesson_html(client, courses, lesson)
    assert 'href="/onderwerpen/stress/"' in page


def test_socialmap_block_links_to_the_filtered_list(client, courses, lesson_factory, stress, category_factory):
    category = category_factory(
        name="Stress en spanning", slug="spanning", topic=stress, description="Hulp bij spanning."
    )
    lesson = link_lesson(lesson_factory, courses.course, "socialmap", stress)
    page = lesson_html(client, courses, lesson)
    assert f'class="lesson-link" href="/sociale-kaart/?category={category.slug}"' in page
    assert "Zoek hulp bij “Stress en spanning” op de sociale kaart" in page
    assert "Hulp bij spanning." in page
    listing = client.get("/sociale-kaart/", {"category": category.slug})
    assert listing.status_code == 200 and listing.context["form"].cleaned_data["category"] == category


def test_socialmap_block_matches_a_category_by_slug_when_no_category_names_the_topic(
    client, courses, lesson_factory, stress, category_factory
):
    category_factory(name="Stress", slug="stress")
    lesson = link_lesson(lesson_factory, courses.course, "socialmap", stress, label="Hulp in de buurt")
    page = lesson_html(client, courses, lesson)
    assert "?category=stress" in page and "Hulp in de buurt →" in page


def test_the_forum_and_social_map_answer_only_their_own_kind(stress, category_factory):
    """Each plugin answers the `topic_link` hook for its kind only; the first answer wins."""
    import plugins

    category_factory(name="Stress", slug="stress")
    answers = {name: result for name, result in plugins.call("topic_link", kind="socialmap", topic=stress, label="")}
    assert list(answers) == ["socialmap"] and "?category=stress" in answers["socialmap"].url
