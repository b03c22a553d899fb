"""Served scenario: the private mailbox with 1,000 threads of 100 messages (issue 12's performance rule).

    .venv/bin/python bench/served.py mailbox --seconds 10 [--server asgi] [--threads N --messages N]

On top of the demo, the demo's CJG Deventer gets N threads (default 1,000) of M messages each
(default 100: the welcome message, then the member and a professional taking turns), all with
bulk_create. The members are made in bulk too, 50 threads each. Four in five threads are open; of
those a third is unassigned, a third assigned to the demo professional and a third to a colleague;
the demo professional has read about half of them.

Measured next to the bare view: signed in as the demo professional (professional@wijkplein.example,
a verified professional of CJG Deventer) the shared inbox (unassigned, and ?tab=all) and one open
thread with M messages (which also marks it read: a write per request); signed in as the first
member, their own list of 50 conversations. Target (issue 12): the inbox and a thread keep a
constant query count with 1,000 threads and 100 messages per thread — compare the queries column
of a run with --threads 100.
"""

import random
import sys
import uuid
from datetime import timedelta
from pathlib import Path

if __name__ == "__main__":  # run as a script: this folder off sys.path (it would hide the stdlib's mailbox)
    _here = Path(__file__).resolve().parent
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _here]
    sys.path.insert(0, str(_here.parent))

from bench.served import Scenario, Target  # noqa: E402

PARTNER = "cjg-deventer"
PROFESSIONAL = "professional@wijkplein.example"
MEMBER_EMAIL = "bench-member-{}@example.org"
COLLEAGUE_EMAIL = "bench-colleague-{}@example.org"
THREADS_PER_MEMBER = 50
SUBJECT_PREFIX = "Bench gesprek "

MEMBER_TEXT = (
    "Hallo, mijn zoon van vier slaapt slecht en wordt 's nachts vaak huilend wakker. Overdag is hij moe en "
    "boos, en ik merk dat ik zelf ook geen geduld meer heb. Wat kan ik doen? Bericht {n}."
)
PROFESSIONAL_TEXT = (
    "Dank je voor je bericht. Een vast ritme helpt vaak: elke avond dezelfde volgorde, een kwartier rust "
    "zonder scherm en een lampje aan als hij bang is. Hoe gaat het bij jullie 's avonds? Bericht {n}."
)


def add_arguments(parser):
    parser.add_argument("--threads", type=int, default=1_000, help="threads of CJG Deventer (default 1,000)")
    parser.add_argument("--messages", type=int, default=100, help="messages per thread (default 100)")


def _auto_now_add_off(*models):
    """bulk_create would stamp every row with the same moment: let the builder choose the times."""
    fields = [model._meta.get_field("created_at") for model in models]
    for field in fields:
        field.auto_now_add = False
    return fields


def build(args):
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from community.accounts.models import Verification
    from community.partners.models import PartnerOrganisation
    from socialmap.mailbox.models import Message, ReadMark, Thread
    from socialmap.mailbox.services import welcome_text

    User = get_user_model()
    partner = PartnerOrganisation.objects.get(slug=PARTNER)
    professional = User.objects.get(email=PROFESSIONAL)
    existing = Thread.objects.filter(partner=partner, subject__startswith=SUBJECT_PREFIX).count()
    if existing >= args.threads:
        return
    rng = random.Random(2026)
    with transaction.atomic():
        colleagues = []
        for n in range(2):
            colleague, created = User.objects.get_or_create(
                email=COLLEAGUE_EMAIL.format(n), defaults={"pseudonym": f"Bench collega {n}", "password": "!"}
            )
            if created:
                Verification.objects.create(user=colleague, role="professional", partner=partner, note="bench")
            colleagues.append(colleague)
        member_count = -(-args.threads // THREADS_PER_MEMBER)
        have = set(User.objects.filter(email__startswith="bench-member-").values_list("email", flat=True))
        User.objects.bulk_create(
            [
                User(email=MEMBER_EMAIL.format(n), pseudonym=f"Bench ouder {n}", password="!")
                for n in range(member_count)
                if MEMBER_EMAIL.format(n) not in have
            ],
            batch_size=1000,
        )
        members = {user.email: user for user in User.objects.filter(email__startswith="bench-member-")}
        members = [members[MEMBER_EMAIL.format(n)] for n in range(member_count)]

        fields = _auto_now_add_off(Thread, Message)
        try:
            now = timezone.now()
            numbers = range(existing, args.threads)
            threads = []
            for n in numbers:
                started = now - timedelta(days=60) + timedelta(minutes=80 * n)
                last = started + timedelta(minutes=10 * (args.messages - 1))
                closed = n % 5 == 4
                assigned = [None, professional, colleagues[n % 2]][n % 3]
                threads.append(
                    Thread(
                        public_id=uuid.uuid4(),
                        partner=partner,
                        member=members[n // THREADS_PER_MEMBER],
                        origin=Thread.Origin.MATCH if n % 2 else Thread.Origin.DIRECT,
                        subject=f"{SUBJECT_PREFIX}{n}",
                        status=Thread.Status.CLOSED if closed else Thread.Status.OPEN,
                        assigned_to=assigned,
                        created_at=started,
                        last_message_at=last,
                        first_response_at=started + timedelta(minutes=20) if args.messages > 2 else None,
                        closed_at=last if closed else None,
                        closed_by=assigned or professional if closed else None,
                    )
                )
            Thread.objects.bulk_create(threads, batch_size=1000)
            threads = list(
                Thread.objects.filter(partner=partner, subject__startswith=SUBJECT_PREFIX)
                .select_related("member", "assigned_to")
                .order_by("pk")
            )[existing:]
            welcome = welcome_text(partner)
            batch = []
            for thread in threads:
                answerer = thread.assigned_to or professional
                for k in range(args.messages):
                    at = thread.created_at + timedelta(minutes=10 * k)
                    if k == 0:
                        batch.append(
                            Message(
                                thread=thread,
                                kind=Message.Kind.WELCOME,
                                from_provider=True,
                                text=welcome,
                                created_at=at,
                            )
                        )
                    elif k % 2:
                        batch.append(
                            Message(thread=thread, author=thread.member, text=MEMBER_TEXT.format(n=k), created_at=at)
                        )
                    else:
                        batch.append(
                            Message(
                                thread=thread,
                                author=answerer,
                                from_provider=True,
                                text=PROFESSIONAL_TEXT.format(n=k),
                                created_at=at,
                            )
                        )
                if len(batch) >= 20_000:
                    Message.objects.bulk_create(batch, batch_size=5000)
                    batch = []
            Message.objects.bulk_create(batch, batch_size=5000)
        finally:
            for field in fields:
                field.auto_now_add = True
        ReadMark.objects.bulk_create(
            [
                ReadMark(
                    thread=thread,
                    user=professional,
                    read_at=thread.last_message_at - timedelta(minutes=rng.choice([0, 30])),
                )
                for thread in threads
                if rng.random() < 0.5
            ]
            + [ReadMark(thread=thread, user=thread.member, read_at=thread.last_message_at) for thread in threads],
            batch_size=2000,
        )


def _measured_thread():
    """An open thread of the first member, assigned to the demo professional (with M messages)."""
    from socialmap.mailbox.models import Thread

    thread = (
        Thread.objects.filter(
            partner__slug=PARTNER,
            subject__startswith=SUBJECT_PREFIX,
            status=Thread.Status.OPEN,
            assigned_to__email=PROFESSIONAL,
        )
        .order_by("pk")
        .first()
    )
    if thread is None:
        raise SystemExit("the mailbox scenario has no open thread assigned to the demo professional (--threads ≥ 2)")
    return thread


def targets(args):
    thread = _measured_thread()
    return [
        Target("/berichten/inbox/", PROFESSIONAL, "inbox, unassigned"),
        Target("/berichten/inbox/?tab=all", PROFESSIONAL, "inbox, all"),
        Target(f"/berichten/{thread.public_id}/", PROFESSIONAL, "one thread"),
        Target("/berichten/", MEMBER_EMAIL.format(0), "a member's conversations"),
    ]


def describe(args):
    from socialmap.mailbox.models import Message, Thread

    threads = Thread.objects.filter(partner__slug=PARTNER)
    thread = _measured_thread()
    return (
        f"{threads.count():,} threads of CJG Deventer ({threads.open().count():,} open), "
        f"{Message.objects.filter(thread__partner__slug=PARTNER).count():,} messages, "
        f"{thread.messages.count()} in the measured thread, "
        f"{Thread.objects.filter(member__email=MEMBER_EMAIL.format(0)).count()} threads of the member"
    )


SCENARIO = Scenario(name="mailbox", build=build, targets=targets, describe=describe, add_arguments=add_arguments)

if __name__ == "__main__":
    from bench.served import main

    main(["mailbox", *sys.argv[1:]])
