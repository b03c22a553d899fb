"""Daily housekeeping of the private mailbox: delete conversations closed longer ago than
MAILBOX_RETENTION_DAYS (with their attachment files). Idempotent; run it from cron (docs/operators.md)."""

from django.core.management.base import BaseCommand

from socialmap.mailbox import services


class Command(BaseCommand):
    help = "Delete mailbox conversations closed longer ago than MAILBOX_RETENTION_DAYS."

    def handle(self, *args, **options):
        deleted = services.retention_enforce()
        self.stdout.write(f"mailbox: {deleted} closed conversation(s) deleted")
