"""Demo chat: two group rooms with history and opening hours that include "now", and the demo
professional on duty. Idempotent: a second run changes nothing."""

from datetime import time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from forum.chat.models import HelperStatus, Message, OpeningHour, Room, RoomSession

ROOMS = [
    {
        "slug": "praatgroep-stress",
        "title": "Praatgroep: even stoom afblazen",
        "topic": "Stress",
        "host": "ervaringsdeskundige@wijkplein.example",
        "weekdays": [0, 3],
        "description": "Een avondje praten met ouders die weten hoe het is als het even te veel wordt. "
        "Onder leiding van ervaringsdeskundige Sam.",
        "history": [
            ("ervaringsdeskundige@wijkplein.example", "Welkom allemaal! Hoe was jullie week?"),
            ("ouder@wijkplein.example", "Zwaar. Mijn zoon slaapt slecht en ik ben op."),
            ("lindenblad@ouders.wijkplein.example", "Herkenbaar. Wat helpt jou om even op te laden?"),
            ("ervaringsdeskundige@wijkplein.example", "Goed dat je het zegt. Je bent hier niet de enige."),
        ],
    },
    {
        "slug": "vaders-praten",
        "title": "Vaders praten",
        "topic": "Voor vaders",
        "host": "professional@wijkplein.example",
        "weekdays": [1],
        "description": "Voor vaders, door vaders: over opvoeden, werk en alles ertussen.",
        "history": [
            ("professional@wijkplein.example", "Fijn dat jullie er zijn. Waar lopen jullie tegenaan?"),
            ("vadervandrie@ouders.wijkplein.example", "Hoe combineren jullie werk met de zorg voor drie kinderen?"),
        ],
    },
]

HOUSE_RULES = (
    "1. Wees vriendelijk en respectvol.\n"
    "2. Deel geen namen, adressen of telefoonnummers.\n"
    "3. Wat hier gezegd wordt, blijft hier.\n"
    "4. Gaat het echt niet goed? Bel 113 (0800-0113) of bij direct gevaar 112."
)


def seed_chat_demo(stdout):
    from community.pages.models import Topic

    users = {user.email: user for user in get_user_model().objects.all()}
    now = timezone.localtime()
    for spec in ROOMS:
        host = users.get(spec["host"])
        room, created = Room.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "kind": Room.Kind.GROUP,
                "title": spec["title"],
                "description": spec["description"],
                "house_rules": HOUSE_RULES,
                "host": host,
                "topic": Topic.objects.filter(name=spec["topic"]).first(),
            },
        )
        if not created:
            continue
        # Weekly evenings as a real room has them, and a one-off session around the moment the demo
        # is loaded, so the rooms are open "now" when `make run` starts.
        for weekday in spec["weekdays"]:
            OpeningHour.objects.create(room=room, weekday=weekday, starts=time(19, 0), ends=time(21, 0))
        RoomSession.objects.create(
            room=room, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=4), note="Demo-sessie"
        )
        for index, (email, text) in enumerate(spec["history"]):
            author = users.get(email)
            if author is not None:
                Message.objects.create(
                    room=room, author=author, text=text, created_at=now - timedelta(minutes=30 - index * 5)
                )
    professional = users.get("professional@wijkplein.example")
    if professional is not None:
        HelperStatus.objects.update_or_create(user=professional, defaults={"on_duty_since": now, "capacity": 3})
    stdout.write("  chat: 2 group rooms, the demo professional on duty")
