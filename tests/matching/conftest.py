"""A small, fixed world for matching: one topic with services that do and do not fit a parent in
Colmschate with a child of 3 who prefers a professional woman speaking Turkish, in person."""

from types import SimpleNamespace

import pytest

from community.partners.models import Neighbourhood
from socialmap.models import Language
from tests.factories.accounts import UserFactory
from tests.factories.pages import TopicFactory
from tests.factories.socialmap import (
    CategoryFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    helper_profile,
)


def service(name, *, categories, location=None, areas=(), languages=(), **fields):
    kwargs = {"location": location} if location is not None else {"location__skip": True}
    made = ServiceFactory(name=name, categories=categories, **kwargs, **fields)
    made.areas_served.set(areas)
    made.languages.set(languages)
    made.save()
    return made


@pytest.fixture
def world(db):
    stress_topic = TopicFactory(name="Stress", slug="stress")
    sleep_topic = TopicFactory(name="Slapen", slug="slapen")
    stress = CategoryFactory(name="Stress en spanning", slug="stress", topic=stress_topic)
    sleep = CategoryFactory(name="Slapen", slug="slapen", topic=sleep_topic)
    colmschate = Neighbourhood.objects.create(name="Colmschate", slug="colmschate")
    zandweerd = Neighbourhood.objects.create(name="Zandweerd", slug="zandweerd")
    dutch = Language.objects.create(code="nl", name="Nederlands")
    turkish = Language.objects.create(code="tr", name="Turks")
    organisation = OrganizationFactory(name="Buurtteam")
    in_colmschate = LocationFactory(organization=organisation, neighbourhood=colmschate, postal_code="7422 AA")
    elsewhere = LocationFactory(organization=organisation, neighbourhood=zandweerd, postal_code="7415 AD")
    w = SimpleNamespace(stress_topic=stress_topic, sleep_topic=sleep_topic, colmschate=colmschate, zandweerd=zandweerd,
                        dutch=dutch, turkish=turkish)  # fmt: skip
    w.spreekuur = service(
        "Stress-spreekuur Colmschate", categories=[stress], location=in_colmschate, languages=[dutch, turkish],
        minimum_age=0, maximum_age=4, target_group="parents", delivery="in_person", helper_kind="professional",
    )  # fmt: skip
    w.maatje = service(
        "Stressmaatje online", categories=[stress], languages=[dutch], delivery="online", helper_kind="experience_expert",
    )  # fmt: skip
    w.paid = service(
        "Betaalde stresscoach", categories=[stress], location=elsewhere, languages=[dutch], is_free=False,
        delivery="in_person", helper_kind="professional",
    )  # fmt: skip
    # Not eligible: another neighbourhood only, another topic, another age, for children only, unpublished.
    w.zandweerd_only = service("Stress in Zandweerd", categories=[stress], areas=[zandweerd])
    w.sleep = service("Slaapcursus", categories=[sleep], maximum_age=12)
    w.teens = service("Tienerstress", categories=[stress], minimum_age=12, maximum_age=18)
    w.children = service("Kinderstress", categories=[stress], target_group="children")
    w.hidden = service("Verborgen stresshulp", categories=[stress], published=False)
    w.anouk = helper_profile(
        user=UserFactory(pseudonym="Anouk"), categories=[stress], languages=[turkish], gender="woman",
        delivery="online", intro="Ik help bij stress.",
    )  # fmt: skip
    return w


@pytest.fixture
def answers(world):
    from socialmap.matching.engine import Answers

    return Answers(
        neighbourhood=world.colmschate, for_whom="parent", age=3, topic=world.stress_topic, helper="professional",
        gender="woman", language=world.turkish, delivery="in_person",
    )  # fmt: skip
