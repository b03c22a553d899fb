"""The catalogue, course and lesson pages; group mode; the seams for the forum and the social map."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

import plugins
from plugins.manager import registry
from selfhelp import cohorts
from selfhelp.models import Cohort, LessonPage
from selfhelp.services import answer_save, cohort_create, enrolment_create
from tests.factories.selfhelp import REFLECTION_ID

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(courses, course_factory, topic_factory):
    stress = topic_factory(name="Stress", slug="stress")
    sleep = topic_factory(name="Slapen", slug="slapen")
    courses.course.topics = [stress]
    courses.course.save_revision().publish()
    course_factory(
        section=courses.course_section_b,
        title="Beter slapen alleen",
        topics=[sleep],
        guided=False,
        duration_weeks=8,
        audience="parents_teens",
        lessons=2,
    )
    return courses


def titles(response):
    return [course.title for course in response.context["courses"].object_list]


def test_catalogue_lists_and_filters_without_javascript(client, catalogue):
    url = catalogue.course.get_parent().get_parent().url
    assert titles(client.get(url)) == ["Beter slapen alleen", "Rust in huis"]
    assert titles(client.get(url, {"onderwerp": "stress"})) == ["Rust in huis"]
    assert titles(client.get(url, {"begeleiding": "nee"})) == ["Beter slapen alleen"]
    assert titles(client.get(url, {"begeleiding": "ja"})) == ["Rust in huis"]
    assert titles(client.get(url, {"duur": "lang"})) == ["Beter slapen alleen"]
    assert titles(client.get(url, {"duur": "middel"})) == ["Rust in huis"]
    assert titles(client.get(url, {"voor": "parents_teens"})) == ["Beter slapen alleen"]
    assert titles(client.get(url, {"partner": "ggd-test"})) == ["Beter slapen alleen"]
    page = client.get(url).content.decode()
    assert '<form method="get"' in page and "Toon cursussen" in page
    assert "3 lessen" in page and "2 lessen" in page


def test_catalogue_ignores_nonsense_filters(client, catalogue):
    url = catalogue.course.get_parent().get_parent().url
    response = client.get(url, {"onderwerp": "bestaat-niet", "duur": "eeuwig", "page": "x"})
    assert response.status_code == 200


def test_catalogue_feature_link_redirects(client, courses):
    response = client.get(reverse("selfhelp:index"))
    assert response.status_code == 302 and response["Location"] == courses.course.get_parent().get_parent().url
    home = client.get("/").content.decode()
    assert reverse("selfhelp:index") in home


def test_course_page_shows_partner_review_date_lessons_and_coaches(client, courses):
    page = client.get(courses.course.url).content.decode()
    assert "Centrum Jeugd" in page
    assert "Laatst gecontroleerd" in page
    assert "3 lessen" in page
    assert "Coach Anouk" in page and "Professional" in page
    assert "Je herkent stress." in page
    for lesson in courses.lessons:
        assert lesson.title in page


def test_lesson_has_previous_next_and_overview(client, courses):
    client.force_login(courses.member)
    page = client.get(courses.lessons[1].url).content.decode()
    assert f'rel="prev" href="{courses.lessons[0].url}"' in page
    assert f'rel="next" href="{courses.lessons[2].url}"' in page
    assert "Les 2 van 3" in page


def test_unpublished_lesson_is_not_reachable(client, courses):
    lesson = courses.lessons[2]
    lesson.unpublish()
    client.force_login(courses.member)
    assert client.get("/zelfhulp/centrum-jeugd/rust-in-huis/les-3/").status_code == 404
    assert "Les 3" not in client.get(courses.course.url).content.decode()


def test_group_mode_unlocks_a_lesson_per_week(client, courses):
    course = courses.course
    course.group_mode = True
    course.save_revision().publish()
    cohort = cohort_create(course=course, name="Najaar", start_date=timezone.localdate() - timedelta(days=8))
    client.force_login(courses.member)
    page = client.get(reverse("selfhelp:enrol", args=[course.pk])).content.decode()
    assert "Groep Najaar" in page
    client.post(reverse("selfhelp:enrol", args=[course.pk]), {"cohort": cohort.pk})
    assert cohort.members.get() == courses.member
    assert client.get(courses.lessons[1].url).status_code == 200
    locked = client.get(courses.lessons[2].url).content.decode()
    assert "Deze les gaat voor jouw groep open op" in locked
    assert "Wat geeft jou rust?" not in locked
    response = client.post(
        reverse("selfhelp:answer", args=[courses.lessons[2].pk, REFLECTION_ID]),
        {"kind": "reflection", "text": "Te vroeg"},
    )
    assert response.status_code == 400
    assert "Deze les is nog niet open voor jouw groep." in response.content.decode()


def test_cohort_of_another_course_is_refused(courses, course_factory):
    other = course_factory(section=courses.course_section_a, title="Groepscursus", group_mode=True)
    cohort = Cohort.objects.create(course=other, name="Andere", start_date=timezone.localdate())
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        enrolment_create(user=courses.member, course=courses.course, cohort=cohort)


class FakeSpaces:
    """A stand-in group-space provider: the seam works with any plugin, not only the forum."""

    PLUGIN = plugins.Plugin(name="fake-spaces", builtin=True)

    def __init__(self):
        self.synced = {}

    @plugins.hookimpl
    def discussion_space(self, key, title):
        return plugins.Link(url=self.synced[key], title="Naar jullie groepsforum") if key in self.synced else None

    @plugins.hookimpl
    def discussion_space_sync(self, key, title, members):
        self.synced[key] = f"/forum/groep-{len(self.synced) + 1}/"
        return self.discussion_space(key, title)


def test_cohort_space_comes_from_the_registry_and_is_synced_on_events_only(client, courses):
    course = courses.course
    course.group_mode = True
    course.save_revision().publish()
    with registry.without("forum"):
        cohort = cohort_create(course=course, name="Najaar", start_date=timezone.localdate())
        assert cohorts.cohort_forum_space(cohort) is None
        enrolment_create(user=courses.member, course=course, cohort=cohort)
        client.force_login(courses.member)
        assert "eigen gespreksruimte van je groep" in client.get(course.url).content.decode()
        fake = FakeSpaces()
        with registry.temporarily(fake):
            # A page view only reads: the space is not created by looking at the course.
            client.get(course.url)
            assert fake.synced == {}
            cohorts.cohort_space_sync(cohort)  # what enrolment, leaving and coach changes do
            page = client.get(course.url).content.decode()
            assert 'href="/forum/groep-1/"' in page and "Naar jullie groepsforum" in page


class FakeForum:
    PLUGIN = plugins.Plugin(name="fake-forum", builtin=True)

    @plugins.hookimpl
    def topic_link(self, kind, topic, label):
        return plugins.Link(url=f"/forum/{topic.slug}/", text="12 gesprekken") if kind == "forum" else None


def test_community_link_is_plain_until_a_plugin_answers(client, courses, lesson_factory, topic_factory):
    topic = topic_factory(name="Stress", slug="stress")
    lesson = lesson_factory(
        course=courses.course,
        title="Les met link",
        body=[
            {
                "type": "community_link",
                "value": {"kind": "forum", "topic": topic.pk, "label": "Praat erover", "text": ""},
            }
        ],
    )
    enrolment_create(user=courses.member, course=courses.course)
    client.force_login(courses.member)
    with registry.without("forum"):
        page = client.get(lesson.url).content.decode()
        assert 'href="/onderwerpen/stress/"' in page and "Praat erover" in page
        with registry.temporarily(FakeForum()):
            page = client.get(lesson.url).content.decode()
            assert 'href="/forum/stress/"' in page and "12 gesprekken" in page


def test_a_lesson_view_does_not_write(client, courses):
    """Opening a lesson records nothing; answering it does (the "go on" link follows the work)."""
    enrolment = enrolment_create(user=courses.member, course=courses.course)
    client.force_login(courses.member)
    client.get(courses.lessons[1].url)
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id is None
    answer_save(user=courses.member, lesson=courses.lessons[1], block_id=REFLECTION_ID, text="Iets")
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == courses.lessons[1].pk


def test_lesson_search_does_not_leak_answers(client, courses):
    enrolment_create(user=courses.member, course=courses.course)
    answer_save(user=courses.member, lesson=courses.lessons[0], block_id=REFLECTION_ID, text="Mijn geheim antwoord")
    page = client.get("/zoeken/", {"q": "geheim"}).content.decode()
    assert "Mijn geheim antwoord" not in page
    assert LessonPage.objects.count() == 3
