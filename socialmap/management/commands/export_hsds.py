"""manage.py export_hsds: the published social map as Open Referral HSDS 3.0 (JSON or CSV tables)."""

from django.core.management.base import BaseCommand, CommandError

from socialmap.hsds.exporter import ExportInvalid, export_services, write_json, write_tables


class Command(BaseCommand):
    help = "Export published services as HSDS 3.0: a JSON file (default) or a folder of CSV tables (--csv)."

    def add_arguments(self, parser):
        parser.add_argument("output", help="JSON file to write, or a folder with --csv")
        parser.add_argument("--csv", action="store_true", help="write the HSDS CSV tables into the folder")

    def handle(self, *args, **options):
        try:
            services = export_services()
        except ExportInvalid as error:
            raise CommandError("The export does not match the HSDS 3.0 schema:\n  " + "\n  ".join(error.problems[:20]))
        if options["csv"]:
            write_tables(options["output"], services)
        else:
            write_json(options["output"], services)
        self.stdout.write(self.style.SUCCESS(f"Exported {len(services)} services to {options['output']}."))
