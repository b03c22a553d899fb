"""Consent records: what a member agreed to, when, and to which version of the privacy statement."""

from django.utils import timezone

from community.accounts.models import Consent

# The version stored when no privacy statement is published (a fresh site without demo data).
NO_PRIVACY_STATEMENT = "privacy-none"


def privacy_statement_version():
    """(version, published_at) of the live privacy statement: "privacy-<page id>-rev<revision id>"
    and when that revision went live; (NO_PRIVACY_STATEMENT, None) when there is none."""
    from community.pages.models import TrustKind, TrustPage

    page = (
        TrustPage.objects.live()
        .filter(kind=TrustKind.PRIVACY)
        .only("id", "live_revision_id", "last_published_at")
        .first()
    )
    if page is None:
        return NO_PRIVACY_STATEMENT, None
    return f"privacy-{page.pk}-rev{page.live_revision_id}", page.last_published_at


def consent_record(user, purpose=Consent.Purpose.HEALTH_DATA, *, now=None):
    """Record that `user` gives consent for `purpose` now, to the live privacy statement."""
    version, published_at = privacy_statement_version()
    return Consent.objects.create(
        user=user,
        purpose=purpose,
        version=version,
        version_published_at=published_at,
        given_at=now or timezone.now(),
    )


def consents_export(user):
    """The member's consents for their data download: a JSON-serialisable list of dicts, oldest first."""
    return [
        {
            "purpose": consent.purpose,
            "description": str(consent.get_purpose_display()),
            "privacy_statement_version": consent.version,
            "privacy_statement_published_at": (
                consent.version_published_at.isoformat() if consent.version_published_at else None
            ),
            "given_at": consent.given_at.isoformat(),
        }
        for consent in Consent.objects.filter(user=user).order_by("given_at", "pk")
    ]
