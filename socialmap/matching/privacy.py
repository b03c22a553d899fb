"""Matching's part of "download my data" and "delete my account"."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from socialmap.matching.models import HelperProfile, SavedMatch


def matching_export(user):
    profile = HelperProfile.objects.filter(user=user).select_related("partner").first()
    return {
        "saved_matches": [
            {
                "summary": saved.summary,
                "answers": saved.query,
                "saved_at": timezone.localtime(saved.created_at).isoformat(),
            }
            for saved in SavedMatch.objects.filter(member=user).order_by("pk")
        ],
        "helper_profile": None
        if profile is None
        else {
            "partner": profile.partner.name,
            "introduction": profile.intro,
            "helps_with": [category.name for category in profile.categories.all()],
            "neighbourhoods": [area.name for area in profile.areas_served.all()],
            "languages": [language.name for language in profile.languages.all()],
            "gender": profile.gender,
            "delivery": profile.delivery,
        },
    }


@transaction.atomic
def matching_erase(user):
    saved = SavedMatch.objects.filter(member=user).delete()[0]
    profiles = HelperProfile.objects.filter(user=user)
    profile_count = profiles.count()
    profiles.delete()
    return [
        ("matching.saved", _("Saved searches deleted"), saved),
        ("matching.profile", _("Helper profile deleted"), profile_count),
    ]
