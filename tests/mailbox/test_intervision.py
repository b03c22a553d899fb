"""The intervision forum: a private forum space that holds exactly the verified professionals."""

import pytest
from django.urls import reverse

from community.accounts.models import Role
from community.accounts.services import verification_grant, verification_revoke
from socialmap.mailbox.intervision import intervision_link
from tests.factories.accounts import UserFactory
from tests.factories.partners import PartnerFactory

pytestmark = pytest.mark.django_db


def test_professionals_join_and_leave_the_intervision_forum_with_their_verification(client):
    partner = PartnerFactory()
    admin = UserFactory(is_superuser=True)
    pro, member = UserFactory(), UserFactory()
    verification = verification_grant(granted_by=admin, user=pro, role=Role.PROFESSIONAL, partner=partner)
    space = intervision_link()
    assert space is not None

    client.force_login(pro)
    assert client.get(space.url).status_code == 200
    page = client.get(reverse("mailbox:mine")).content.decode()
    assert space.url in page  # in the professional's account menu
    client.force_login(member)
    assert client.get(space.url).status_code in (403, 404)
    assert space.url not in client.get(reverse("mailbox:mine")).content.decode()

    verification_revoke(verification=verification, revoked_by=admin)
    client.force_login(pro)
    assert client.get(space.url).status_code in (403, 404)
