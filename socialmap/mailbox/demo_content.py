"""The mailbox's demo: Zonnebloem's conversation with CJG Deventer, answered by Anouk, and the CJG as
the platform's helpdesk (idempotent)."""

from django.contrib.auth import get_user_model
from django.utils import translation

from community.partners.models import PartnerOrganisation
from socialmap.mailbox import services
from socialmap.mailbox.models import ProviderMailbox, Thread


def seed_mailbox_demo(stdout):
    users = {user.email: user for user in get_user_model().objects.all()}
    member = users.get("ouder@wijkplein.example")
    professional = users.get("professional@wijkplein.example")
    partner = PartnerOrganisation.objects.filter(slug="cjg-deventer").first()
    if partner is not None and not ProviderMailbox.objects.filter(helpdesk=True).exists():
        # The CJG is the demo's helpdesk: matching offers it when nothing fits, the chat when nobody is on duty.
        ProviderMailbox.objects.update_or_create(partner=partner, defaults={"helpdesk": True})
    if not (member and professional and partner) or Thread.objects.filter(member=member, partner=partner).exists():
        return
    if not services.is_staff_of(professional, partner.pk):
        return
    with translation.override("nl"):
        thread = services.thread_start(
            member,
            partner,
            "Hallo, mijn dochter van 3 wil 's avonds niet naar bed en huilt dan lang. Ik word er zelf ook "
            "onrustig van. Hebben jullie tips of kan ik ergens terecht?",
            subject="Bedtijd met een peuter",
        )
        services.reply(
            professional,
            thread,
            "Dag Zonnebloem, fijn dat je schrijft. Veel ouders herkennen dit. Een vast ritueel van een kwartier "
            "helpt vaak: badje, boekje, liedje, licht uit. Wil je vertellen hoe jullie avond er nu uitziet? Dan "
            "denk ik met je mee. Je kunt ook langskomen op ons inloopspreekuur.",
        )
    stdout.write("Mailbox: a demo conversation between Zonnebloem and CJG Deventer\n")
