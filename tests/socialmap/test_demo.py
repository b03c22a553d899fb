"""The social map demo: 40+ services across Deventer's neighbourhoods, idempotent, linked to partners."""

import io

from django.core.management import call_command

from socialmap.models import Location, Organization, Schedule, Service


def test_seed_is_idempotent_and_links_partners(tree, partner_factory):
    cjg = partner_factory(name="Centrum voor Jeugd en Gezin Deventer", slug="cjg-deventer")
    call_command("seed_socialmap_demo", stdout=io.StringIO())
    counts = (Service.objects.count(), Location.objects.count(), Schedule.objects.count(), Organization.objects.count())
    call_command("seed_socialmap_demo", stdout=io.StringIO())
    assert (
        Service.objects.count(),
        Location.objects.count(),
        Schedule.objects.count(),
        Organization.objects.count(),
    ) == counts
    assert Service.objects.published().count() >= 40
    neighbourhoods = set(Location.objects.values_list("neighbourhood__name", flat=True))
    assert {
        "Binnenstad",
        "Keizerslanden",
        "Colmschate",
        "Rivierenwijk",
        "Zandweerd",
        "Voorstad",
        "Borgele",
        "Platvoet",
    } <= neighbourhoods
    assert Organization.objects.get(partner=cjg).services.count() >= 5
    assert not Location.objects.filter(latitude__isnull=True).exists()
    assert Schedule.objects.filter(service__name="Luisterlijn dag en nacht").count() == 7
