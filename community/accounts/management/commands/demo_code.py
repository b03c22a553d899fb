"""Prints the current two-step verification code of the demo's staff accounts (demo only)."""

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time
from django.core.management.base import BaseCommand

from community.pages.management.commands.seed_demo import DEMO_TOTP_SECRET


def demo_code():
    counter = list(yield_hotp_counters_from_time())[0]
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter))


class Command(BaseCommand):
    help = "Print the current authenticator code of the demo's staff, editor and moderator accounts."

    def handle(self, *args, **options):
        self.stdout.write(demo_code())
