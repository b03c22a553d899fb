"""Daily housekeeping of provider applications: delete rejected applications decided longer ago than
PARTNERS_APPLICATION_RETENTION_DAYS (with the contact person's details). Idempotent; run it from
cron (docs/operators.md)."""

from django.core.management.base import BaseCommand

from community.partners import services


class Command(BaseCommand):
    help = "Delete rejected provider applications decided longer ago than PARTNERS_APPLICATION_RETENTION_DAYS."

    def handle(self, *args, **options):
        deleted = services.applications_prune()
        self.stdout.write(f"partners: {deleted} rejected application(s) deleted")
