"""Provider applications in "download my data" and "delete my account".

An application holds its contact person's name, email address and phone number. Once approved it
is tied to the editor account it led to (`ProviderApplication.user`): that member's export has the
application, and erasing the account blanks the contact details (the rest describes the
organisation, not the person, and stays as the record of how the partner joined). Pending and
rejected applications belong to no account; rejected ones are deleted after
PARTNERS_APPLICATION_RETENTION_DAYS (`manage.py partners_maintain`).
"""

from django.db import transaction
from django.utils import timezone

from community.partners.models import ProviderApplication


def _when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def applications_export(user):
    applications = ProviderApplication.objects.filter(user=user).prefetch_related("topics", "neighbourhoods")
    return [
        {
            "organisation": application.organisation_name,
            "kvk_number": application.kvk_number,
            "website": application.website,
            "offer": application.offer,
            "topics": [topic.name for topic in application.topics.all()],
            "neighbourhoods": [neighbourhood.name for neighbourhood in application.neighbourhoods.all()],
            "contact_name": application.contact_name,
            "contact_email": application.contact_email,
            "contact_phone": application.contact_phone,
            "status": application.status,
            "sent_at": _when(application.created_at),
            "decided_at": _when(application.reviewed_at),
            "note": application.decision_note,
        }
        for application in applications.order_by("pk")
    ]


@transaction.atomic
def applications_erase(user):
    """Blank the contact person's details on the member's applications; returns how many."""
    return ProviderApplication.objects.filter(user=user).update(contact_name="", contact_email="", contact_phone="")
