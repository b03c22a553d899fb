"""factory_boy factories, exposed as fixtures in tests/conftest.py."""

from tests.factories.accounts import UserFactory, VerificationFactory
from tests.factories.pages import InformationPageFactory, TopicFactory, TrustPageFactory
from tests.factories.partners import PartnerFactory
from tests.factories.selfhelp import CourseFactory, LessonFactory
from tests.factories.socialmap import CategoryFactory, LocationFactory, OrganizationFactory, ServiceFactory

__all__ = [
    "UserFactory",
    "VerificationFactory",
    "PartnerFactory",
    "TopicFactory",
    "InformationPageFactory",
    "TrustPageFactory",
    "CourseFactory",
    "LessonFactory",
    "OrganizationFactory",
    "LocationFactory",
    "ServiceFactory",
    "CategoryFactory",
]
