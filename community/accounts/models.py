"""The member (custom user from the first migration) and partner-attested role verification."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from community.accounts.validators import PSEUDONYM_MAX_LENGTH, validate_pseudonym


class Role(models.TextChoices):
    """Roles a member can hold. Only the verified ones show a badge."""

    MEMBER = "member", _("Member")
    EXPERIENCE_EXPERT = "experience_expert", _("Experience expert")
    PROFESSIONAL = "professional", _("Professional")
    PARTNER_EDITOR = "partner_editor", _("Partner editor")
    MODERATOR = "moderator", _("Moderator")
    ADMINISTRATOR = "administrator", _("Administrator")


# Who holds which role (moderators, verified members, coaches): community/accounts/roles.py.
PLATFORM_EDITORS_GROUP = "Platform editors"


# Where badges_prefetch() puts a member's active verifications (read by User.active_verifications).
BADGES_ATTR = "active_verifications_prefetched"


def badges_prefetch(through=""):
    """What the badge (`{% member_name %}`) needs, as one Prefetch: the active verifications with
    their partner, so a whole list of people costs one extra query, not one per person.

    `through` is the path from the queryset's model to the member (`"poster"`, `"coach"`); leave
    it empty for a queryset of members. For people already loaded, use
    `prefetch_related_objects(users, badges_prefetch())`.
    """
    return models.Prefetch(
        f"{through}__verifications" if through else "verifications",
        queryset=Verification.objects.active(timezone.now()).select_related("partner"),
        to_attr=BADGES_ATTR,
    )


class UserQuerySet(models.QuerySet):
    def with_badges(self):
        """These members with their badges prefetched (see badges_prefetch)."""
        return self.prefetch_related(badges_prefetch())


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required")
        email = self.normalize_email(email)
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


def avatar_upload_to(instance, filename):
    # The form re-encodes avatars under a random name; never keep a name a member chose.
    return f"avatars/{filename}"


class User(AbstractUser):
    """A member. Logs in with email; other members only ever see the pseudonym."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    pseudonym = models.CharField(
        _("pseudonym"),
        max_length=PSEUDONYM_MAX_LENGTH,
        validators=[validate_pseudonym],
        help_text=_("The only name other members see. No real name, email address or phone number."),
    )
    avatar = models.ImageField(_("avatar"), upload_to=avatar_upload_to, blank=True)
    bio = models.TextField(_("about me"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE)
    # Raised to sign the member out on every device at once (e.g. when they ask to delete their
    # account: logging in again is how they cancel, so no old session may linger).
    session_epoch = models.PositiveIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["pseudonym"]

    objects = UserManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(Lower("pseudonym"), name="accounts_user_pseudonym_ci_unique"),
        ]

    def __str__(self):
        return self.pseudonym

    def get_full_name(self):
        return self.pseudonym

    def _get_session_auth_hash(self, secret=None):
        if not self.session_epoch:
            return super()._get_session_auth_hash(secret=secret)
        key_salt = "community.accounts.User.session_auth_hash"
        return salted_hmac(
            key_salt, f"{self.password}:{self.session_epoch}", secret=secret, algorithm="sha256"
        ).hexdigest()

    def sign_out_everywhere(self):
        """End every session of this member (each device's next request is signed out)."""
        type(self).objects.filter(pk=self.pk).update(session_epoch=models.F("session_epoch") + 1)
        self.refresh_from_db(fields=["session_epoch"])

    def get_short_name(self):
        return self.pseudonym

    @cached_property
    def active_verifications(self):
        if hasattr(self, BADGES_ATTR):
            return getattr(self, BADGES_ATTR)
        return list(self.verifications.active().select_related("partner"))

    @property
    def verified_roles(self):
        """Distinct verified roles, professional first."""
        roles = {v.role for v in self.active_verifications}
        return [role for role in (Role.PROFESSIONAL, Role.EXPERIENCE_EXPERT) if role in roles]

    def has_verified_role(self, role):
        return role in self.verified_roles


class VerificationQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )

    def granted_by_partners_of(self, user):
        """What an administrator may see and manage: verifications of the partners they administer."""
        if user.is_superuser:
            return self
        return self.filter(partner__memberships__user=user, partner__memberships__is_admin=True)


class Verification(models.Model):
    """A partner's attestation that a member is an experience expert or a professional."""

    class VerifiedRole(models.TextChoices):
        EXPERIENCE_EXPERT = Role.EXPERIENCE_EXPERT.value, Role.EXPERIENCE_EXPERT.label
        PROFESSIONAL = Role.PROFESSIONAL.value, Role.PROFESSIONAL.label

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="verifications", verbose_name=_("member")
    )
    role = models.CharField(_("role"), max_length=32, choices=VerifiedRole.choices)
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        on_delete=models.PROTECT,
        related_name="verifications",
        verbose_name=_("partner organisation"),
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="verifications_granted",
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verifications_revoked",
        verbose_name=_("revoked by"),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    objects = VerificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("verification")
        verbose_name_plural = _("verifications")
        ordering = ["-granted_at"]
        indexes = [models.Index(fields=["user", "revoked_at"])]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} ({self.partner})"

    @property
    def is_active(self):
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class Consent(models.Model):
    """Explicit consent a member gave, and to which version of the privacy statement.

    Health-related data (GDPR art. 9) needs explicit consent: what parents write here can say
    something about their (mental) health or their children's. Recorded at sign-up; kept with the
    account (deleted with it) and part of the member's data download.
    """

    class Purpose(models.TextChoices):
        HEALTH_DATA = "health_data", _("Processing of health-related data (GDPR art. 9)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents", verbose_name=_("member")
    )
    purpose = models.CharField(_("purpose"), max_length=32, choices=Purpose.choices)
    version = models.CharField(
        _("version"),
        max_length=64,
        help_text=_("The privacy statement the member agreed to: privacy-<page id>-rev<revision id>."),
    )
    version_published_at = models.DateTimeField(
        _("version published at"),
        null=True,
        blank=True,
        help_text=_("When that version of the privacy statement was published."),
    )
    given_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]
        indexes = [models.Index(fields=["user", "purpose"])]

    def __str__(self):
        return f"{self.user} – {self.get_purpose_display()} ({self.version})"
