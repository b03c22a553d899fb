"""Publishing: partner editors work on their own organisation's courses only, through the real admin URLs,
and courses pass the approval workflow."""

import pytest
from wagtail.models import Page, WorkflowState

from selfhelp.models import CourseIndexPage, CoursePage, CoursePartnerSectionPage
from selfhelp.services import catalogue_setup, course_section_provision

pytestmark = pytest.mark.django_db


def course_form(**changes):
    data = {
        "title": "Nieuwe cursus",
        "slug": "nieuwe-cursus",
        "intro": "Over rust.",
        "learning_goals": "Je vindt rust.",
        "audience": "parents",
        "duration_weeks": "3",
        "minutes_per_week": "30",
        "last_reviewed": "2026-11-01",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_section_provision_is_idempotent_and_uses_the_workflow(tree):
    first = course_section_provision(tree.partner_a)
    again = course_section_provision(tree.partner_a)
    assert first.pk == again.pk
    assert CoursePartnerSectionPage.objects.filter(partner=tree.partner_a).count() == 1
    catalogue = catalogue_setup()
    assert CourseIndexPage.objects.count() == 1
    assert catalogue.get_workflow().name == "Goedkeuring platformredactie"


def test_editor_submits_a_course_in_own_section_for_approval(client, courses):
    client.force_login(courses.tree.editor_a)
    url = f"/admin/pages/add/selfhelp/coursepage/{courses.course_section_a.pk}/"
    response = client.post(url, course_form(**{"action-submit": "1", "coaches": [courses.coach.pk]}))
    assert response.status_code == 302, response.content.decode()[:3000]
    course = CoursePage.objects.get(slug="nieuwe-cursus")
    assert not course.live
    assert course.partner == courses.tree.partner_a
    assert WorkflowState.objects.filter(object_id=str(course.pk), status="in_progress").exists()
    client.post(f"/admin/pages/{course.pk}/edit/", course_form(**{"action-publish": "1"}))
    assert not CoursePage.objects.get(pk=course.pk).live


def test_editor_cannot_add_or_edit_courses_of_another_partner(client, courses, course_factory):
    other = course_factory(section=courses.course_section_b, title="Cursus van B")
    client.force_login(courses.tree.editor_a)
    assert client.get(f"/admin/pages/add/selfhelp/coursepage/{courses.course_section_b.pk}/").status_code in (302, 403)
    client.post(f"/admin/pages/add/selfhelp/coursepage/{courses.course_section_b.pk}/", course_form(slug="ingebroken"))
    assert not CoursePage.objects.filter(slug="ingebroken").exists()
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code in (302, 403)
    client.post(f"/admin/pages/{other.pk}/edit/", course_form(title="Overgenomen", slug=other.slug))
    assert Page.objects.get(pk=other.pk).title == "Cursus van B"
    assert client.get(f"/admin/pages/add/selfhelp/lessonpage/{other.pk}/").status_code in (302, 403)
    client.post(f"/admin/pages/{other.pk}/delete/")
    assert Page.objects.filter(pk=other.pk).exists()
    # Their own course is fine.
    assert client.get(f"/admin/pages/{courses.course.pk}/edit/").status_code == 200


def test_editor_explorer_does_not_list_another_partners_courses(client, courses, course_factory):
    course_factory(section=courses.course_section_b, title="Geheime cursus van B")
    client.force_login(courses.tree.editor_a)
    response = client.get(f"/admin/pages/{courses.course_section_b.pk}/")
    assert response.status_code in (302, 403) or "Geheime cursus van B" not in response.content.decode()


def test_only_verified_people_can_be_chosen_as_coach(client, courses, user_factory):
    plain = user_factory(pseudonym="Gewoon lid")
    client.force_login(courses.tree.editor_a)
    page = client.get(f"/admin/pages/{courses.course.pk}/edit/").content.decode()
    assert "Coach Anouk" in page and "Gewoon lid" not in page
    response = client.post(
        f"/admin/pages/{courses.course.pk}/edit/",
        course_form(title=courses.course.title, slug=courses.course.slug, coaches=[plain.pk]),
    )
    assert response.status_code == 200  # the form comes back with an error
    assert not CoursePage.objects.get(pk=courses.course.pk).get_latest_revision().content.get("coaches") == [plain.pk]


def test_new_partner_from_the_admin_gets_a_course_section(client, courses, user_factory):
    admin = user_factory(pseudonym="Beheer", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        "/admin/snippets/partners/partnerorganisation/add/",
        {
            "name": "Nieuwe Partner",
            "slug": "nieuwe-partner",
            "description": "",
            "website": "",
            "email": "",
            "phone": "",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
            "memberships-MIN_NUM_FORMS": "0",
            "memberships-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert CoursePartnerSectionPage.objects.filter(partner__slug="nieuwe-partner").exists()


def test_editor_cannot_move_own_course_section_to_another_partner(client, courses):
    section = courses.course_section_a
    client.force_login(courses.tree.editor_a)
    assert client.get(f"/admin/pages/{section.pk}/edit/").status_code == 200
    response = client.post(
        f"/admin/pages/{section.pk}/edit/",
        {
            "title": section.title,
            "slug": section.slug,
            "intro": "Nieuw",
            "partner": courses.tree.partner_b.pk,
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    section.refresh_from_db()
    assert section.partner == courses.tree.partner_a
    latest = section.get_latest_revision().as_object()
    assert latest.partner_id == courses.tree.partner_a.pk and latest.intro == "Nieuw"
