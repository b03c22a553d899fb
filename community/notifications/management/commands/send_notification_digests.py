"""Run once a day (cron or a scheduler) to send the daily digest emails."""

from django.core.management.base import BaseCommand

from community.notifications.tasks import notification_digest_send


class Command(BaseCommand):
    help = "Send the daily digest of notifications to members who chose it."

    def handle(self, *args, **options):
        result = notification_digest_send.enqueue()
        self.stdout.write(f"Digest task enqueued ({result.status}).")
