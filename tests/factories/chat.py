from datetime import timedelta

import factory
from django.utils import timezone

from community.accounts.models import Verification
from forum.chat.models import HelperStatus, Room, RoomSession
from tests.factories.accounts import UserFactory, VerificationFactory


def professional(on_duty=True, capacity=3, **kwargs):
    """A verified professional, on chat duty unless told otherwise."""
    user = UserFactory(**kwargs)
    VerificationFactory(user=user, role=Verification.VerifiedRole.PROFESSIONAL)
    HelperStatus.objects.create(user=user, capacity=capacity, on_duty_since=timezone.now() if on_duty else None)
    return user


def experience_expert(**kwargs):
    user = UserFactory(**kwargs)
    VerificationFactory(user=user, role=Verification.VerifiedRole.EXPERIENCE_EXPERT)
    return user


class RoomFactory(factory.django.DjangoModelFactory):
    """A group room; `open_now=True` adds a one-off session around now."""

    class Meta:
        model = Room
        skip_postgeneration_save = True

    kind = Room.Kind.GROUP
    title = factory.Sequence(lambda n: f"Praatgroep {n}")
    slug = factory.Sequence(lambda n: f"praatgroep-{n}")
    house_rules = "Wees vriendelijk."
    host = factory.LazyFunction(experience_expert)

    @factory.post_generation
    def open_now(self, create, extracted, **kwargs):
        if create and extracted:
            now = timezone.now()
            RoomSession.objects.create(room=self, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=2))
