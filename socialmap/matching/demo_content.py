"""Matching's demo: helper profiles for the demo's verified professional and experience expert (idempotent)."""

from django.contrib.auth import get_user_model

from community.accounts.roles import active_verified_verifications
from community.partners.models import Neighbourhood
from socialmap.matching.models import Gender, HelperProfile
from socialmap.models import Category, Language

PROFILES = [
    # email, intro, category slugs, neighbourhoods, languages, gender, delivery, min age, max age, target group
    (
        "professional@wijkplein.example",
        "Ik ben jeugdverpleegkundige bij het CJG. Je kunt bij mij terecht met vragen over slapen, eten en huilen "
        "van jonge kinderen, en over hoe het met jou gaat.",
        ["slapen", "opvoeden", "stress"],
        [],
        ["nl", "en"],
        Gender.WOMAN,
        "both",
        0,
        12,
        "parents",
    ),
    (
        "ervaringsdeskundige@wijkplein.example",
        "Ik weet hoe het is om ouder te zijn met psychische klachten. Ik luister, zonder oordeel.",
        ["mentale-gezondheid", "stress"],
        [],
        ["nl"],
        "",
        "online",
        None,
        None,
        "parents",
    ),
]


def seed_matching_demo(stdout):
    users = {user.email: user for user in get_user_model().objects.filter(email__in=[row[0] for row in PROFILES])}
    made = 0
    for email, intro, categories, areas, languages, gender, delivery, low, high, target in PROFILES:
        user = users.get(email)
        verification = active_verified_verifications().filter(user=user).first() if user else None
        if verification is None or HelperProfile.objects.filter(user=user).exists():
            continue
        profile = HelperProfile.objects.create(
            user=user,
            partner=verification.partner,
            intro=intro,
            gender=gender,
            delivery=delivery,
            minimum_age=low,
            maximum_age=high,
            target_group=target,
        )
        profile.categories.set(Category.objects.filter(slug__in=categories))
        profile.areas_served.set(Neighbourhood.objects.filter(name__in=areas))
        profile.languages.set(Language.objects.filter(code__in=languages))
        made += 1
    if made:
        stdout.write(f"Matching: {made} helper profiles\n")
