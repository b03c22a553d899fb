"""Daily: erase accounts whose grace period is over, then enforce every retention rule.

Idempotent (a second run the same day erases nothing more); run it from cron or a systemd timer
(docs/operators.md). Exit status 1 when a rule or an erase failed, so the operator's monitoring sees it.
"""

from django.core.management.base import BaseCommand, CommandError

from community.privacy.models import ErasureRequest
from community.privacy.retention import retention_enforce
from community.privacy.services import erasures_process


class Command(BaseCommand):
    help = "Erase accounts past their grace period and delete what is older than the retention table allows."

    def add_arguments(self, parser):
        parser.add_argument("--only", nargs="*", default=None, help="Only these rule keys (see the admin's table).")

    def handle(self, *args, only=None, **options):
        erased = erasures_process() if not only else 0
        self.stdout.write(f"accounts.erased: {erased}")
        failures = ErasureRequest.objects.filter(status=ErasureRequest.Status.FAILED).exclude(user=None).count()
        for key, _label, count, error in retention_enforce(only=only):
            if error:
                self.stderr.write(f"{key}: FAILED {error}")
                failures += 1
            else:
                self.stdout.write(f"{key}: {count}")
        if failures:
            raise CommandError(f"{failures} rule(s) or erase(s) failed; see the log")
