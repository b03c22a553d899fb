"""A course cohort's private forum space, provided by the forum app through selfhelp.cohorts."""

import pytest
from django.utils import timezone

from community.accounts.models import Role
from community.accounts.services import verification_revoke
from selfhelp.cohorts import cohort_forum_space, cohort_members
from selfhelp.models import Enrolment
from selfhelp.services import cohort_create, enrolment_create, enrolment_leave
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(courses):
    course = courses.course
    course.group_mode = True
    course.save_revision().publish()
    cohort = cohort_create(course=course, name="Najaar", start_date=timezone.localdate())
    enrolment_create(user=courses.member, course=course, cohort=cohort)
    return cohort


def space_link(client, user, course):
    client.force_login(user)
    response = client.get(course.url)
    assert response.status_code == 200
    space = response.context["cohort_space"]
    assert space and space.url.startswith("/forum/forum/")
    assert f'href="{space.url}"' in response.content.decode()
    return space


def test_course_page_links_to_the_private_space_that_only_members_open(client, courses, group):
    space = space_link(client, courses.member, courses.course)
    assert "Najaar" in space.title and "groepsforum" in space.title
    assert client.get(space.url).status_code == 200
    client.force_login(courses.coach)  # the course's coaches are members too
    assert client.get(space.url).status_code == 200
    client.force_login(courses.other_member)  # not in this group
    assert client.get(space.url).status_code == 404
    client.logout()
    assert client.get(space.url).status_code in (302, 404)
    assert "Najaar" not in client.get("/forum/").content.decode()


def test_the_space_is_created_once(client, courses, group):
    first = cohort_forum_space(group)
    second = space_link(client, courses.member, courses.course)
    assert first.url == second.url


def test_a_new_participant_joins_the_space_at_once_and_leaves_it_when_stopping(client, courses, group):
    url = cohort_forum_space(group).url
    client.force_login(courses.other_member)
    assert client.get(url).status_code == 404
    enrolment_create(user=courses.other_member, course=courses.course, cohort=group)
    assert client.get(url).status_code == 200  # without visiting the course page first
    enrolment_leave(enrolment=Enrolment.objects.get(user=courses.other_member, course=courses.course))
    assert client.get(url).status_code == 404


def test_two_cohorts_with_the_same_name_get_separate_spaces(client, courses, group, course_factory):
    other_course = course_factory(section=courses.course_section_b, title="Rust in huis", group_mode=True)
    other = cohort_create(course=other_course, name="Najaar", start_date=timezone.localdate())
    stranger = UserFactory(pseudonym="Vreemde")
    enrolment_create(user=stranger, course=other_course, cohort=other)
    assert cohort_forum_space(other).url != cohort_forum_space(group).url
    client.force_login(stranger)
    assert client.get(cohort_forum_space(group).url).status_code == 404


def test_cohort_members_are_participants_and_current_coaches(courses, group):
    assert set(cohort_members(group)) == {courses.member, courses.coach, courses.other_coach}
    verification = courses.coach.verifications.get(role=Role.PROFESSIONAL)
    verification_revoke(revoked_by=courses.tree.editor_a, verification=verification)
    assert set(cohort_members(group)) == {courses.member, courses.other_coach}
    url = cohort_forum_space(group).url
    from django.test import Client

    revoked = Client()
    revoked.force_login(courses.coach)
    assert revoked.get(url).status_code == 404  # a revoked coach loses the space on the next sync


def test_course_page_query_count_stays_small_with_a_space(client, courses, group, django_assert_max_num_queries):
    space_link(client, courses.member, courses.course)
    with django_assert_max_num_queries(40) as counted:
        client.get(courses.course.url)
    for number in range(30):
        enrolment_create(user=UserFactory(pseudonym=f"Deelnemer {number}"), course=courses.course, cohort=group)
    with django_assert_max_num_queries(len(counted.captured_queries)):
        client.get(courses.course.url)
    print(f"course page with a group space: {len(counted.captured_queries)} queries")
