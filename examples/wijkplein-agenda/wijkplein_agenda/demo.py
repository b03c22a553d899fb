"""A handful of believable Deventer activities for the demo partners (idempotent; the core's demo first)."""

import datetime

from django.db import transaction
from django.utils import timezone

from community.pages.models import Topic
from community.partners.models import Neighbourhood, PartnerOrganisation
from wijkplein_agenda.models import Activity, week_start
from wijkplein_agenda.services import partner_permissions_grant

# (partner slug, title, description, weekday (0 = Monday), week offset, start "HH:MM", minutes,
#  location, neighbourhood, topic slug, online)
DEMO_ACTIVITIES = [
    (
        "cjg-deventer",
        "Inloopspreekuur opvoeden",
        "Heb je een vraag over slapen, eten, driftbuien of iets anders? Loop binnen bij de "
        "jeugdverpleegkundige. Je hoeft geen afspraak te maken. Kinderen mogen mee.",
        1,
        0,
        "09:30",
        90,
        "CJG Deventer, Stromarkt 22",
        "Binnenstad",
        "opvoeden",
        False,
    ),
    (
        "cjg-deventer",
        "Ouderavond: goed slapen voor kinderen",
        "Een avond over bedtijd, rituelen en wakker worden 's nachts. Een jeugdverpleegkundige vertelt "
        "wat helpt, en je hoort hoe andere ouders het doen. Aanmelden hoeft niet.",
        3,
        1,
        "19:30",
        90,
        "Wijkcentrum De Kribbe, Kribbestraat 4",
        "Rivierenwijk",
        "slapen",
        False,
    ),
    (
        "ggd-ijsselland",
        "Online vragenuur: stress en slapen",
        "Stel je vraag anoniem in de chat van het vragenuur. Een GGD-verpleegkundige geeft antwoord.",
        2,
        0,
        "20:00",
        60,
        "",
        None,
        "stress",
        True,
    ),
    (
        "bibliotheek-deventer",
        "Voorleesochtend voor peuters",
        "Samen voorlezen, zingen en boekjes kiezen. Voor kinderen van 2 tot 4 jaar met hun ouder of opa of oma.",
        5,
        0,
        "10:30",
        45,
        "Bibliotheek Keizerslanden, Keizer Karelplein 2",
        "Keizerslanden",
        "opvoeden",
        False,
    ),
    (
        "oudervereniging-samen-sterk",
        "Koffieochtend voor ouders",
        "Even bijpraten met andere ouders uit de wijk. Met koffie, thee en iets lekkers. Je kinderen spelen in de hoek.",
        4,
        0,
        "09:00",
        120,
        "Buurthuis Het Knooppunt, Zandweerdstraat 11",
        "Zandweerd",
        None,
        False,
    ),
    (
        "herstelacademie-deventer",
        "Herstelgroep: omgaan met spanning",
        "Een groep van en voor mensen die spanning of somberheid kennen, geleid door ervaringsdeskundigen. "
        "Zes bijeenkomsten; je mag de eerste keer vrijblijvend komen kijken.",
        0,
        1,
        "14:00",
        120,
        "Herstelacademie, Brink 14",
        "Binnenstad",
        "mentale-gezondheid",
        False,
    ),
    (
        "ggd-ijsselland",
        "Puberspreekuur in de wijk",
        "Vragen over je puber en social media, school of vrienden? Loop binnen bij de jeugdarts.",
        2,
        2,
        "15:30",
        90,
        "Wijkpunt Colmschate, Oerdijk 150",
        "Colmschate",
        "puberteit",
        False,
    ),
]


def _moment(weeks, weekday, clock, now):
    hour, minute = (int(part) for part in clock.split(":"))
    day = timezone.localtime(week_start(now)).date() + datetime.timedelta(weeks=weeks, days=weekday)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@transaction.atomic
def agenda_demo_load(stdout, now=None):
    """Create or update the demo activities, dated this week and the next two, relative to `now`."""
    now = now or timezone.now()
    partners = {partner.slug: partner for partner in PartnerOrganisation.objects.all()}
    count = 0
    for slug, title, text, weekday, weeks, clock, minutes, location, wijk, topic, online in DEMO_ACTIVITIES:
        partner = partners.get(slug)
        if partner is None:
            continue
        starts_at = _moment(weeks, weekday, clock, now)
        if starts_at < now:  # an activity earlier this week moves to next week
            starts_at += datetime.timedelta(weeks=1)
        Activity.objects.update_or_create(
            partner=partner,
            title=title,
            defaults={
                "description": text,
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(minutes=minutes),
                "location": location,
                "neighbourhood": Neighbourhood.objects.filter(name=wijk).first() if wijk else None,
                "topic": Topic.objects.filter(slug=topic).first() if topic else None,
                "online_url": "https://meet.example.nl/ggd-vragenuur" if online else "",
                "is_free": True,
                "published": True,
            },
        )
        partner_permissions_grant(partner)
        count += 1
    stdout.write(f"Agenda demo ready: {count} activities.")
