import factory
from allauth.account.models import EmailAddress

from community.accounts.models import User, Verification

PASSWORD = "een-Lang-wachtwoord-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    pseudonym = factory.Sequence(lambda n: f"Ouder {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class VerificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verification

    user = factory.SubFactory(UserFactory)
    role = Verification.VerifiedRole.PROFESSIONAL
    partner = factory.SubFactory("tests.factories.partners.PartnerFactory")
    granted_by = factory.SubFactory(UserFactory)
