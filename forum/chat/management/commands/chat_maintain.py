"""Run every few minutes from cron (idempotent): tell members nobody picked up their chat, and
erase chat data past its retention period (CHAT_GROUP_RETENTION_DAYS, CHAT_DIRECT_RETENTION_DAYS)."""

from django.core.management.base import BaseCommand

from forum.chat import services


class Command(BaseCommand):
    help = "Offer another route to members whose chat nobody picked up, and enforce chat retention."

    def handle(self, *args, **options):
        told = services.offer_overdue_fallbacks()
        erased = services.retention_enforce()
        self.stdout.write(
            f"chat: {told} member(s) offered another route; erased {erased['group_messages']} group message(s) "
            f"and {erased['direct_chats']} closed 1:1 chat(s)"
        )
