"""manage.py import_hsds: read Open Referral HSDS 3.0 services (JSON, or CSV tables in a folder or zip)."""

from django.core.management.base import BaseCommand, CommandError

from socialmap.hsds.importer import ImportFileError, import_records, read_records


class Command(BaseCommand):
    help = (
        "Import HSDS 3.0 services from a JSON file, or CSV tables in a folder or .zip. Each service is "
        "checked first; a service with a problem is skipped whole and reported with its row."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--publish", action="store_true", help="publish imported services at once")

    def handle(self, *args, **options):
        try:
            records = read_records(options["path"])
        except ImportFileError as error:
            raise CommandError(str(error))
        report = import_records(records, publish=options["publish"])
        for where, problems in report.errors:
            for problem in problems:
                self.stderr.write(f"{where}: {problem}")
        for where, warning in report.warnings:
            self.stdout.write(f"{where}: {warning}")
        self.stdout.write(f"Imported {len(report.imported)} services; {len(report.errors)} skipped with errors.")
        if report.errors:
            raise CommandError(f"{len(report.errors)} of {len(records)} services were not imported (see above).")
