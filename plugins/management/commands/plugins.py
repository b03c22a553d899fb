"""`manage.py plugins`: every discovered plugin, its version, where it is on, its hooks and problems."""

import datetime

from django.core.management.base import BaseCommand
from wagtail.models import Site

from plugins.manager import registry
from plugins.models import PluginSetting


class Command(BaseCommand):
    help = "List discovered plugins: version, enabled state per site and partner, hooks, problems."

    def handle(self, *args, **options):
        registry.load()
        failures = registry.failures()
        settings = {}
        for row in PluginSetting.objects.select_related("site").prefetch_related("partners"):
            settings.setdefault(row.plugin, []).append(row)
        sites = list(Site.objects.all())
        for record in sorted(registry.records.values(), key=lambda r: (not r.builtin, r.name)):
            kind = "built-in" if record.builtin else record.source
            self.stdout.write(self.style.MIGRATE_HEADING(f"{record.name} {record.version}  [{kind}]"))
            if record.description:
                self.stdout.write(f"  {record.description}")
            self.stdout.write(f"  module: {record.module_name}")
            if record.loaded:
                if record.builtin:
                    self.stdout.write("  enabled: always (built-in feature)")
                else:
                    rows = {row.site_id: row for row in settings.get(record.name, [])}
                    for site in sites:
                        row = rows.get(site.pk)
                        if row is None or not row.enabled:
                            state = "disabled"
                        else:
                            partners = [partner.name for partner in row.partners.all()]
                            state = "enabled" + (f" for {', '.join(partners)}" if partners else " for all partners")
                        self.stdout.write(f"  enabled on {site.hostname}: {state}")
                self.stdout.write(f"  hooks: {', '.join(record.hooks) or '(none)'}")
            for problem in record.problems:
                self.stdout.write(self.style.ERROR(f"  problem: {problem}"))
            failure = failures.get(record.name)
            if failure:
                when = datetime.datetime.fromtimestamp(failure["at"], tz=datetime.UTC).isoformat(timespec="seconds")
                self.stdout.write(
                    self.style.WARNING(f"  last error: in {failure['hook']} at {when}: {failure['error']}")
                )
