"""A small social map on top of the `tree` fixture: partner A and B each with an organisation."""

import pytest

from socialmap.models import Location
from tests.conftest import module_world, refetched, shared
from tests.factories import CategoryFactory, LocationFactory, OrganizationFactory, ServiceFactory


class SocialMap:
    def __init__(self, tree, organization_factory, location_factory, service_factory, category_factory):
        self.tree = tree
        self.org_a = organization_factory(name="Centrum Jeugd Deventer", partner=tree.partner_a)
        self.org_b = organization_factory(name="GGD Test Deventer", partner=tree.partner_b)
        self.stress = category_factory(name="Stress en spanning", slug="stress")
        self.money = category_factory(name="Geld en schulden", slug="geldzorgen")
        self.location_a = location_factory(
            organization=self.org_a,
            name="Huis A",
            address_1="Brink 12",
            postal_code="7411 BR",
            latitude="52.254760",
            longitude="6.159840",
        )
        self.location_b = location_factory(
            organization=self.org_b,
            name="Huis B",
            address_1="Lindelaan 5",
            postal_code="7423 AB",
            latitude="52.251620",
            longitude="6.229350",
        )
        self.service_a = service_factory(
            organization=self.org_a,
            name="Opvoedspreekuur",
            location=self.location_a,
            categories=[self.stress],
            minimum_age=0,
            maximum_age=18,
        )
        self.service_b = service_factory(
            organization=self.org_b,
            name="Geldspreekuur",
            location=self.location_b,
            categories=[self.money],
            minimum_age=18,
            is_free=False,
        )
        self.hidden = service_factory(
            organization=self.org_a, name="Geheim concept", location=self.location_a, published=False
        )


def social_map(tree):
    return SocialMap(tree, OrganizationFactory, LocationFactory, ServiceFactory, CategoryFactory)


@pytest.fixture(scope="module")
def _smap_world(request, django_db_blocker, _tree_world):
    """Built once per module on the module's tree (see tests/conftest.py)."""
    yield from module_world(request, django_db_blocker, social_map, on=(_tree_world,))


@pytest.fixture
def smap(_smap_world, tree):
    world = shared(_smap_world)
    return social_map(tree) if world is None else refetched(world, tree=tree)


@pytest.fixture
def pending_location(smap):
    return Location.objects.create(
        organization=smap.org_a, name="Nieuw", address_1="Onbekendelaan 1", postal_code="1234 AB"
    )
