"""One retention table: every feature's `retention_rules`, shown to members and enforced daily.

The privacy statement and the admin's *Bewaartermijnen* show `retention_rows()`;
`manage.py enforce_retention` calls `retention_enforce()`, which runs each rule's `enforce(now)` in
its own transaction (one failing rule is reported and the others still run).
"""

import logging

from django.db import transaction
from django.utils import timezone

import plugins

logger = logging.getLogger(__name__)


def retention_rules():
    """Every plugin's `RetentionRule`s, in the plugins' declared order, keys unique (first wins)."""
    seen, rules = set(), []
    for rule in plugins.collect("retention_rules"):
        if isinstance(rule, plugins.RetentionRule) and rule.key not in seen:
            seen.add(rule.key)
            rules.append(rule)
    return rules


def retention_rows():
    """The table as data for templates: [{"key", "label", "days", "description"}]."""
    return [
        {"key": rule.key, "label": rule.label, "days": rule.days, "description": rule.description}
        for rule in retention_rules()
    ]


def retention_enforce(now=None, only=None):
    """Run every rule (or the keys in `only`); returns [(key, label, count or None, error or "")]."""
    now = now or timezone.now()
    results = []
    for rule in retention_rules():
        if rule.enforce is None or (only and rule.key not in only):
            continue
        try:
            with transaction.atomic():
                count = rule.enforce(now)
        except Exception as error:  # noqa: BLE001 - one broken rule must not stop the others
            logger.exception("Retention rule %s failed", rule.key)
            results.append((rule.key, rule.label, None, f"{type(error).__name__}: {error}"))
            continue
        results.append((rule.key, rule.label, int(count or 0), ""))
    return results
