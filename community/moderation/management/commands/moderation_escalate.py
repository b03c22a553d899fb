from django.core.management.base import BaseCommand

from community.moderation.services import escalate_overdue


class Command(BaseCommand):
    help = "Alert all moderators about queue items that waited too long (run every 5 minutes; idempotent)."

    def handle(self, *args, **options):
        count = escalate_overdue()
        self.stdout.write(f"{count} item(s) escalated")
