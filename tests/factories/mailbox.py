from community.accounts.models import Verification
from tests.factories.accounts import UserFactory, VerificationFactory
from tests.factories.partners import PartnerFactory


def provider_professional(partner=None, **kwargs):
    """A verified professional of `partner` (a new partner organisation by default)."""
    partner = partner or PartnerFactory()
    user = UserFactory(**kwargs)
    VerificationFactory(user=user, role=Verification.VerifiedRole.PROFESSIONAL, partner=partner)
    return user


def provider(**kwargs):
    """A partner organisation with one verified professional: (partner, professional)."""
    partner = PartnerFactory(**kwargs)
    return partner, provider_professional(partner)
