"""Ranking providers for a member's answers: services of the social map and helpers of partners.

One query for the services and one for the helpers, each filtering on eligibility and scoring
the preferences in the database (see weights.py), so the answer stays fast with thousands of
services. The explanation of each result is built from the same flags the score was made of.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from socialmap.matching import weights
from socialmap.models import Delivery, HelperKind, Service, ServiceAtLocation


@dataclass(frozen=True)
class Answers:
    """What the member said; every field may be empty ("no preference")."""

    neighbourhood: object = None  # partners.Neighbourhood
    for_whom: str = ""  # "parent" | "child"
    age: int | None = None
    topic: object = None  # pages.Topic
    helper: str = ""  # "professional" | "experience_expert"
    gender: str = ""  # matching.Gender
    language: object = None  # socialmap.Language
    delivery: str = ""  # "in_person" | "online"
    free_only: bool = False


@dataclass
class Result:
    kind: str  # "service" | "helper"
    obj: object
    score: int
    updated_at: datetime
    fits: list = field(default_factory=list)
    unused: list = field(default_factory=list)
    actions: list = field(default_factory=list)

    @property
    def partner_id(self):
        if self.kind == "helper":
            return self.obj.partner_id
        return self.obj.organization.partner_id

    @property
    def public_id(self):
        return self.obj.public_id if self.kind == "helper" else self.obj.uuid

    @property
    def url_kind(self):
        """The kind as the contact URL spells it."""
        return "hulpverlener" if self.kind == "helper" else "dienst"


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _ids(queryset, column):
    """`column` of `queryset` as a subquery for `pk__in`: evaluated once per query by the database,
    not once per candidate row as a correlated EXISTS would be (10,000 services stay fast)."""
    return queryset.values(column)


def _eligible(queryset, answers, *, areas, categories, key):
    """Filters shared by services and helpers; `areas`/`categories` are their M2M through models
    (unfiltered managers) and `key` the through model's column pointing back at the provider."""
    if answers.topic is not None:
        queryset = queryset.filter(pk__in=_ids(categories.filter(category__topic=answers.topic), key))
    if answers.neighbourhood is not None:
        queryset = queryset.filter(
            ~Q(pk__in=_ids(areas.all(), key)) | Q(pk__in=_ids(areas.filter(neighbourhood=answers.neighbourhood), key))
        )
    if answers.age is not None:
        queryset = queryset.filter(
            Q(minimum_age__isnull=True) | Q(minimum_age__lte=answers.age),
            Q(maximum_age__isnull=True) | Q(maximum_age__gte=answers.age),
        )
    if answers.for_whom in weights.TARGET_GROUPS:
        queryset = queryset.filter(target_group__in=weights.TARGET_GROUPS[answers.for_whom])
    if answers.free_only:
        queryset = queryset.filter(is_free=True)
    return queryset


def _delivery_fits(answers):
    return Q(delivery__in=(answers.delivery, Delivery.BOTH))


def _score(queryset, flags):
    """Annotate one 0/1 flag per preference and the weighted sum of them as `score`."""
    queryset = queryset.annotate(**{f"fits_{name}": _flag(condition) for name, condition in flags.items()})
    if not flags:  # no preferences: every score is 0, and the newest details come first
        return queryset.annotate(score=Value(0, output_field=IntegerField())).order_by("-updated_at", "-pk")
    total = Value(0, output_field=IntegerField())
    for name in flags:
        total = total + F(f"fits_{name}") * weights.WEIGHTS[name]
    return queryset.annotate(score=total).order_by("-score", "-updated_at", "-pk")


def services_ranked(answers, limit=weights.MAX_RESULTS):
    areas = Service.areas_served.through.objects
    queryset = _eligible(
        Service.objects.published(),
        answers,
        areas=areas,
        categories=Service.categories.through.objects,
        key="service_id",
    ).select_related("organization")
    flags = {}
    if answers.neighbourhood is not None:
        located = ServiceAtLocation.objects.filter(location__neighbourhood=answers.neighbourhood)
        flags["neighbourhood"] = Q(pk__in=_ids(located, "service_id")) | Q(
            pk__in=_ids(areas.filter(neighbourhood=answers.neighbourhood), "service_id")
        )
    if answers.helper:
        flags["helper"] = Q(helper_kind__in=(answers.helper, HelperKind.BOTH))
    if answers.language is not None:
        spoken = Service.languages.through.objects.filter(language=answers.language)
        flags["language"] = Q(pk__in=_ids(spoken, "service_id"))
    if answers.delivery:
        flags["delivery"] = _delivery_fits(answers)
    return list(_score(queryset, flags)[:limit])


def helpers_ranked(answers, limit=weights.MAX_RESULTS):
    from community.accounts.models import Verification
    from socialmap.matching.models import HelperProfile

    verified = Verification.objects.active().filter(user=OuterRef("user"), partner=OuterRef("partner"))
    areas = HelperProfile.areas_served.through.objects
    queryset = HelperProfile.objects.filter(active=True, user__is_active=True).filter(Exists(verified))
    # The badge shows the person's verified role ("experience_expert" sorts before "professional").
    queryset = queryset.annotate(role=Subquery(verified.order_by("role").values("role")[:1]))
    queryset = _eligible(
        queryset, answers, areas=areas, categories=HelperProfile.categories.through.objects, key="helperprofile_id"
    ).select_related("user", "partner")
    flags = {}
    if answers.neighbourhood is not None:
        flags["neighbourhood"] = Q(pk__in=_ids(areas.filter(neighbourhood=answers.neighbourhood), "helperprofile_id"))
    if answers.helper:
        flags["helper"] = Q(Exists(verified.filter(role=answers.helper)))
    if answers.language is not None:
        spoken = HelperProfile.languages.through.objects.filter(language=answers.language)
        flags["language"] = Q(pk__in=_ids(spoken, "helperprofile_id"))
    if answers.delivery:
        flags["delivery"] = _delivery_fits(answers)
    if answers.gender:
        flags["gender"] = Q(gender=answers.gender)
    return list(_score(queryset, flags)[:limit])


def rank(answers, limit=weights.MAX_RESULTS):
    """Services and helpers that fit, best first, as `Result`s with their explanation."""
    results = [Result("service", obj, obj.score, obj.updated_at) for obj in services_ranked(answers, limit)]
    results += [Result("helper", obj, obj.score, obj.updated_at) for obj in helpers_ranked(answers, limit)]
    results.sort(key=lambda result: (-result.score, -result.updated_at.timestamp(), result.kind, -result.obj.pk))
    return results[:limit]


# --- Explanations --------------------------------------------------------------------------------


def _age_text(obj):
    low, high = obj.minimum_age, obj.maximum_age
    if low is None and high is None:
        return _("every age")
    if high is None:
        return _("from %(low)s years") % {"low": low}
    return _("%(low)s–%(high)s years") % {"low": low or 0, "high": high}


def explain(result, answers):
    """Fill `result.fits` ("fits: stress, 0–4 years, Colmschate") and `result.unused`
    ("not used: preference woman — unknown"), from the flags the score was made of."""
    from socialmap.matching.models import Gender

    obj, fits, unused = result.obj, [], []
    if answers.topic is not None:
        fits.append(answers.topic.name)
    if answers.age is not None:
        fits.append(_age_text(obj))
    if answers.for_whom:
        fits.append(obj.get_target_group_display().lower())
    if answers.neighbourhood is not None:
        if obj.fits_neighbourhood:
            fits.append(answers.neighbourhood.name)
        elif result.kind == "service":
            unused.append(
                _("nearby in %(place)s — its locations are elsewhere") % {"place": answers.neighbourhood.name}
            )
        else:
            fits.append(_("the whole municipality"))
    if answers.helper:
        wanted = HelperKind(answers.helper).label.lower()
        if obj.fits_helper:
            fits.append(wanted)
        else:
            unused.append(_("preference %(wanted)s — other helpers") % {"wanted": wanted})
    if answers.gender:
        wanted = Gender(answers.gender).label.lower()
        if getattr(obj, "fits_gender", 0):
            fits.append(wanted)
        else:
            known = result.kind == "helper" and obj.gender
            unused.append(
                _("preference %(wanted)s — %(actual)s")
                % {"wanted": wanted, "actual": obj.get_gender_display().lower() if known else _("unknown")}
            )
    if answers.language is not None:
        if obj.fits_language:
            fits.append(answers.language.name)
        else:
            unused.append(_("preference %(wanted)s — not offered") % {"wanted": answers.language.name})
    if answers.delivery:
        wanted = Delivery(answers.delivery).label.lower()
        if obj.fits_delivery:
            fits.append(wanted)
        else:
            unused.append(
                _("preference %(wanted)s — %(actual)s")
                % {"wanted": wanted, "actual": obj.get_delivery_display().lower()}
            )
    if answers.free_only:
        fits.append(_("free"))
    result.fits, result.unused = fits, unused
    return result


def freshness(updated_at, now=None):
    """How long ago the provider's data was updated, in one unit ("3 weeks"); "" for today."""
    now = now or timezone.now()
    if now - updated_at < timedelta(days=1):
        return ""
    return timesince(updated_at, now, depth=1)
