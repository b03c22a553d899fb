"""A course tree on top of the core `tree`: course sections for both partners, a guided course
with three lessons and two verified coaches, and a member."""

import pytest

from community.accounts.models import Role
from community.accounts.services import verification_grant
from selfhelp.services import course_section_provision
from tests.conftest import module_world, refetched, shared
from tests.factories import CourseFactory, LessonFactory, UserFactory


class CourseTree:
    def __init__(self, tree):
        self.tree = tree
        self.course_section_a = course_section_provision(tree.partner_a)
        self.course_section_b = course_section_provision(tree.partner_b)
        self.coach = UserFactory(pseudonym="Coach Anouk")
        self.other_coach = UserFactory(pseudonym="Coach Sam")
        verification_grant(granted_by=tree.editor_a, user=self.coach, role=Role.PROFESSIONAL, partner=tree.partner_a)
        verification_grant(
            granted_by=tree.editor_a, user=self.other_coach, role=Role.EXPERIENCE_EXPERT, partner=tree.partner_a
        )
        self.course = CourseFactory(
            section=self.course_section_a, title="Rust in huis", coaches=[self.coach, self.other_coach]
        )
        self.lessons = [LessonFactory(course=self.course, title=f"Les {n}") for n in (1, 2, 3)]
        self.member = UserFactory(pseudonym="Zonnebloem")
        self.other_member = UserFactory(pseudonym="Madelief")


@pytest.fixture(scope="module")
def _courses_world(request, django_db_blocker, _tree_world):
    """Built once per module on the module's tree (see tests/conftest.py)."""
    yield from module_world(request, django_db_blocker, CourseTree, on=(_tree_world,))


@pytest.fixture
def courses(_courses_world, tree):
    world = shared(_courses_world)
    return CourseTree(tree) if world is None else refetched(world, tree=tree)
