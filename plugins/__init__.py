"""Wijkplein's plugin registry: the one seam between the core, the built-in features and plugins.

A plugin (built-in or outside) is a module with `PLUGIN = Plugin(...)` and functions marked
`@hookimpl`, named after the hooks in `plugins.hookspecs`. Features call hooks through
`collect()`, `first()` or `call()`; nothing but this package imports pluggy. See docs/plugins.md.
"""

from plugins.manager import hookimpl, registry
from plugins.types import (
    Action,
    BlockType,
    Count,
    ErasedItem,
    ExportSection,
    Link,
    NavItem,
    Panel,
    Plugin,
    RelatedItem,
    ReportFigure,
    RetentionRule,
    Subject,
    safe_url,
)

__all__ = [
    "Action",
    "BlockType",
    "Count",
    "ErasedItem",
    "ExportSection",
    "Link",
    "NavItem",
    "Panel",
    "Plugin",
    "RelatedItem",
    "ReportFigure",
    "RetentionRule",
    "Subject",
    "call",
    "collect",
    "first",
    "hookimpl",
    "is_enabled",
    "registry",
    "safe_url",
    "settings_for",
    "settings_errors",
]


def call(hook_name, **kwargs):
    """[(plugin name, result)] of every implementation that answered; see `Registry.call`."""
    return registry.call(hook_name, **kwargs)


def collect(hook_name, **kwargs):
    """All implementations' lists joined into one list, in the plugins' declared order."""
    return registry.collect(hook_name, **kwargs)


def first(hook_name, **kwargs):
    """The first answer that is not None, in the plugins' declared order."""
    return registry.first(hook_name, **kwargs)


def is_enabled(name, request=None, partner=None):
    """Whether plugin `name` contributes for the request's site (and `partner`, when given)."""
    from plugins.state import is_enabled as enabled

    return enabled(name, request=request, partner=partner)


def settings_errors(name, value):
    """Plain messages for what is wrong with `value` as plugin `name`'s settings (empty when valid)."""
    record = registry.load().record(name)
    schema = record.info.settings_schema if record and record.info else {}
    if not schema:
        return [] if not value else ["This plugin has no settings."]
    from jsonschema import Draft202012Validator

    errors = sorted(Draft202012Validator(schema).iter_errors(value), key=lambda error: list(error.path))
    return [f"{'/'.join(str(part) for part in error.path) or '(settings)'}: {error.message}" for error in errors]


def settings_for(name, request=None):
    """Plugin `name`'s settings for the request's site: the stored values over the schema's defaults.

    Stored values that no longer fit the schema (an upgraded plugin) are ignored and logged: the
    plugin then runs on its defaults rather than crashing.
    """
    from plugins.state import stored_settings

    record = registry.load().record(name)
    schema = record.info.settings_schema if record and record.info else {}
    defaults = {key: spec["default"] for key, spec in schema.get("properties", {}).items() if "default" in spec}
    stored = stored_settings(name, request)
    if stored and settings_errors(name, stored):
        import logging

        logging.getLogger("wijkplein.plugins").warning("Stored settings of plugin %s are invalid; using defaults", name)
        return defaults
    return {**defaults, **stored}
