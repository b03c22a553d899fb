"""The plugin manager: discovery, validation, declared order, call-time enablement and isolation.

Built-in features (`community.hooks`, `selfhelp.hooks`, …) and outside plugins (packages with an
entry point in the group `wijkplein.plugins`) register the same way: a module with a
`PLUGIN = Plugin(...)` declaration and `@hookimpl` functions. Nothing a plugin does can take the
site down: an import error, a wrong hook signature, an unsupported Wijkplein version or invalid
settings keep the plugin out and are reported (`manage.py plugins`, the admin's Plugins screen,
the `plugins.W001` system check); an exception inside a hook is logged with the plugin's name and
the page renders without that contribution.
"""

import importlib
import importlib.metadata
import importlib.util
import logging
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

import pluggy

from plugins import hookspecs
from plugins.types import Plugin

logger = logging.getLogger("wijkplein.plugins")

PROJECT = "wijkplein"
# A plugin's name is part of its URLs (/plugins/<name>/) and of its settings: keep it plain.
PLUGIN_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
ENTRY_POINT_GROUP = "wijkplein.plugins"
hookimpl = pluggy.HookimplMarker(PROJECT)

# The built-in features, in the order they register (each declares what it comes after).
BUILTIN_MODULES = (
    "community.hooks",
    "selfhelp.hooks",
    "socialmap.hooks",
    "forum.hooks",
    "forum.chat.hooks",
    "socialmap.mailbox.hooks",
    "socialmap.matching.hooks",
)

# Hooks whose implementations are skipped when the plugin is disabled (for the site or partner).
GATED_HOOKS = frozenset(
    {
        "navigation_items",
        "account_menu_items",
        "streamfield_blocks",
        "related_content",
        "topic_link",
        "discussion_space",
        "discussion_space_sync",
        "actions",
        "dashboard_panels",
        "profile_panels",
        "partner_provision",
        "csp_sources",
        "aggregate_counts",
        "partner_report",
    }
)


def wijkplein_version():
    try:
        return importlib.metadata.version("wijkplein")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


@dataclass
class PluginRecord:
    """One discovered plugin, loaded or not."""

    name: str
    module_name: str
    source: str  # "built-in" or the distribution that provides the entry point
    info: Plugin | None = None
    module: object = None
    hooks: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    loaded: bool = False

    @property
    def builtin(self):
        return bool(self.info and self.info.builtin)

    @property
    def version(self):
        return self.info.version if self.info else "?"

    @property
    def description(self):
        return self.info.description if self.info else ""


def _entry_points():
    return sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def _blocked():
    return {name.strip() for name in os.environ.get("WIJKPLEIN_PLUGINS_BLOCKED", "").split(",") if name.strip()}


def plugin_django_apps():
    """Packages of installed outside plugins that are Django apps (have apps.py or models.py).

    Called from settings, before Django is set up: it reads entry points and looks at files, and
    imports nothing of the plugin.
    """
    found = []
    for entry_point in _entry_points():
        if entry_point.name in _blocked():
            continue
        package = entry_point.value.split(":")[0].split(".")[0]
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        locations = list(getattr(spec, "submodule_search_locations", None) or []) if spec else []
        is_app = any(
            os.path.exists(os.path.join(location, name)) for location in locations for name in ("apps.py", "models.py")
        )
        if is_app and package not in found:
            found.append(package)
    return found


class Registry:
    def __init__(self):
        self.pm = None
        self.records = {}
        self.order = []
        self._loaded = False
        # Per-process caches of static hook results (notification kinds, moderation kinds),
        # dropped whenever the set of plugins changes.
        self.static_results = {}
        # Plugins left out of every call for a while (tests: "as if the forum were not installed").
        self.suspended = set()

    # --- loading --------------------------------------------------------------------------

    def load(self, builtin_modules=None, entry_points=None):
        """Discover and register every plugin once (idempotent unless `reset()` was called)."""
        if self._loaded:
            return self
        from django.apps import apps

        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.records = {}
        for module_name in builtin_modules if builtin_modules is not None else BUILTIN_MODULES:
            app = module_name.rsplit(".", 1)[0]
            if app != "community" and not apps.is_installed(app):
                continue
            self._load_module(module_name, source="built-in")
        blocked = _blocked()
        for entry_point in entry_points if entry_points is not None else _entry_points():
            if entry_point.name in blocked:
                logger.info("Plugin %s is blocked by WIJKPLEIN_PLUGINS_BLOCKED", entry_point.name)
                continue
            dist = getattr(getattr(entry_point, "dist", None), "name", None) or "?"
            self._load_module(entry_point.value, source=dist, entry_name=entry_point.name)
        self.order = self._declared_order()
        self._loaded = True
        return self

    def reset(self):
        self._loaded = False
        self.static_results = {}
        self.pm = None
        self.records = {}
        self.order = []

    def _load_module(self, module_name, source, entry_name=None):
        record = PluginRecord(name=entry_name or module_name, module_name=module_name, source=source)
        try:
            module = importlib.import_module(module_name.split(":")[0])
        except Exception as error:  # noqa: BLE001 - a broken plugin must not take the site down
            record.problems.append(f"import failed: {type(error).__name__}: {error}")
            logger.exception("Plugin %s failed to import", record.name)
            self.records[record.name] = record
            return
        self._load_object(module, source, record)

    def _load_object(self, module, source, record=None):
        if record is None:
            name = getattr(module, "__name__", None) or type(module).__name__
            record = PluginRecord(name=name, module_name=name, source=source)
        info = getattr(module, "PLUGIN", None)
        if not isinstance(info, Plugin):
            record.problems.append("the module declares no PLUGIN = Plugin(...)")
            self.records[record.name] = record
            return
        entry_name = record.name if record.module_name != record.name else None
        record.name, record.info, record.module = info.name, info, module
        if not PLUGIN_NAME.match(info.name):
            record.problems.append(f"invalid name {info.name!r}: use lowercase letters, digits, - and _")
            self.records[f"{record.module_name}"] = record
            return
        if entry_name is not None and entry_name != info.name:
            record.problems.append(f"the entry point is called {entry_name!r} but the plugin {info.name!r}")
            self.records[record.name] = record
            return
        if record.name in self.records and self.records[record.name].loaded:
            record.problems.append(f"a plugin named {record.name!r} is already registered")
            self.records[f"{record.name} ({record.module_name})"] = record
            return
        problem = self._version_problem(info)
        if problem:
            record.problems.append(problem)
            self.records[record.name] = record
            return
        problem = self._schema_problem(info)
        if problem:
            record.problems.append(problem)
            self.records[record.name] = record
            return
        try:
            self.pm.register(module, name=record.name)
        except Exception as error:  # noqa: BLE001 - pluggy's validation of signatures
            record.problems.append(f"hook validation failed: {error}")
            self.records[record.name] = record
            return
        unknown = self._unknown_impls(record.name)
        if unknown:
            self.pm.unregister(name=record.name)
            record.problems.append(f"implements hooks that do not exist: {', '.join(sorted(unknown))}")
            self.records[record.name] = record
            return
        record.hooks = sorted(
            hook_name for hook_name in self.hook_names() if self._impl_of(hook_name, record.name) is not None
        )
        record.loaded = True
        self.records[record.name] = record

    @staticmethod
    def _version_problem(info):
        if not info.wijkplein:
            return None
        from packaging.specifiers import InvalidSpecifier, SpecifierSet

        try:
            supported = SpecifierSet(info.wijkplein)
        except InvalidSpecifier:
            return f"invalid Wijkplein version specifier {info.wijkplein!r}"
        if not supported.contains(wijkplein_version(), prereleases=True):
            return f"supports Wijkplein {info.wijkplein}, this is {wijkplein_version()}"
        return None

    @staticmethod
    def _schema_problem(info):
        if not info.settings_schema:
            return None
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import SchemaError

        try:
            Draft202012Validator.check_schema(info.settings_schema)
        except SchemaError as error:
            return f"invalid settings schema: {error.message}"
        return None

    def _unknown_impls(self, name):
        plugin = self.pm.get_plugin(name)
        known = set(self.hook_names())
        unknown = []
        for attr in dir(plugin):
            function = getattr(plugin, attr, None)
            if callable(function) and self.pm.parse_hookimpl_opts(plugin, attr) is not None and attr not in known:
                unknown.append(attr)
        return unknown

    def _impl_of(self, hook_name, plugin_name):
        for impl in getattr(self.pm.hook, hook_name).get_hookimpls():
            if impl.plugin_name == plugin_name:
                return impl
        return None

    def _declared_order(self):
        """Plugin names in dependency order (`after`), ties in registration order; cycles are reported."""
        loaded = [record for record in self.records.values() if record.loaded]
        names = [record.name for record in loaded]
        after = {record.name: [name for name in record.info.after if name in names] for record in loaded}
        order, visiting = [], set()

        def visit(name, path):
            if name in order:
                return
            if name in visiting:
                self.records[name].problems.append(f"circular 'after': {' → '.join([*path, name])}")
                return
            visiting.add(name)
            for dependency in after[name]:
                visit(dependency, [*path, name])
            visiting.discard(name)
            order.append(name)

        for name in names:
            visit(name, [])
        return order

    def register_module(self, module, source="test"):
        """Register a module or object with `PLUGIN` and hook implementations (discovery does this)."""
        self.load()
        self._load_object(module, source)
        self.order = self._declared_order()
        self.static_results = {}
        return next((record for record in self.records.values() if record.module is module), None)

    def unregister(self, name):
        if self.pm.get_plugin(name) is not None:
            self.pm.unregister(name=name)
        self.records.pop(name, None)
        self.order = self._declared_order()
        self.static_results = {}

    @contextmanager
    def temporarily(self, module):
        """Register `module` for the duration of a `with` block (tests, and plugin authors' tests)."""
        before = set(self.records)
        record = self.register_module(module)
        try:
            yield record
        finally:
            for key in set(self.records) - before:
                self.unregister(key)

    @contextmanager
    def without(self, *names):
        """Leave plugins `names` out of every call for the duration of a `with` block."""
        before = set(self.suspended)
        self.suspended |= set(names)
        self.static_results = {}
        try:
            yield
        finally:
            self.suspended = before
            self.static_results = {}

    def static(self, name, build):
        """`build()`, computed once per process until the set of plugins changes (for hooks whose
        answers do not change while the site runs, such as notification kinds)."""
        if name not in self.static_results:
            self.static_results[name] = build()
        return self.static_results[name]

    # --- what is there --------------------------------------------------------------------

    def hook_names(self):
        return sorted(name for name in dir(hookspecs) if hasattr(getattr(hookspecs, name), f"{PROJECT}_spec"))

    def loaded_records(self):
        return [self.records[name] for name in self.order]

    def record(self, name):
        return self.records.get(name)

    def impls(self, hook_name):
        """(plugin name, function) per implementation, in the declared order."""
        by_plugin = {impl.plugin_name: impl for impl in getattr(self.pm.hook, hook_name).get_hookimpls()}
        return [(name, by_plugin[name]) for name in self.order if name in by_plugin]

    # --- calling --------------------------------------------------------------------------

    def call(
        self, hook_name, *, request=None, partner=None, enabled_only=None, only=None, raise_errors=False, **kwargs
    ):
        """[(plugin name, result)] for every implementation that answered (not None).

        Gated hooks skip plugins that are disabled for the request's site (or the default site),
        or for `partner` when given. `only` limits the call to one plugin. `raise_errors` is for
        commands that must stop on a failure (the demo loader), never for pages.
        """
        self.load()
        gated = hook_name in GATED_HOOKS if enabled_only is None else enabled_only
        impls = self.impls(hook_name)
        enabled = None
        # Built-in features are always on: the state is read only when an outside plugin answers.
        if gated and any(not self.records[plugin_name].builtin for plugin_name, _impl in impls):
            from plugins.state import enabled_plugins

            enabled = enabled_plugins(request=request, partner=partner)
        arguments = {"request": request, "partner": partner, **kwargs}
        results = []
        for plugin_name, impl in impls:
            if (only is not None and plugin_name != only) or plugin_name in self.suspended:
                continue
            if enabled is not None and plugin_name not in enabled:
                continue
            try:
                result = impl.function(**{arg: arguments.get(arg) for arg in impl.argnames})
            except Exception as error:  # noqa: BLE001 - isolation: log, report, render without it
                if raise_errors:
                    raise
                self.failure(plugin_name, hook_name, error)
                continue
            if result is not None:
                results.append((plugin_name, result))
        return results

    def collect(self, hook_name, **kwargs):
        """Every list the implementations returned, joined into one list."""
        items = []
        for _name, result in self.call(hook_name, **kwargs):
            items.extend(result if isinstance(result, (list, tuple)) else [result])
        return items

    def first(self, hook_name, **kwargs):
        """The first answer that is not None, in declared order (or None)."""
        for _name, result in self.call(hook_name, **kwargs):
            return result
        return None

    # --- problems at run time -------------------------------------------------------------

    def failure(self, plugin_name, hook_name, error):
        logger.exception("Plugin %s raised in hook %s", plugin_name, hook_name, exc_info=error)
        from django.core.cache import cache

        try:
            failures = cache.get(FAILURES_KEY) or {}
            failures[plugin_name] = {
                "hook": hook_name,
                "error": f"{type(error).__name__}: {error}"[:300],
                "at": time.time(),
            }
            cache.set(FAILURES_KEY, failures, 7 * 24 * 3600)
        except Exception:  # noqa: BLE001 - reporting must not fail the page either
            logger.exception("Could not record the failure of plugin %s", plugin_name)

    def failures(self):
        from django.core.cache import cache

        try:
            return cache.get(FAILURES_KEY) or {}
        except Exception:  # noqa: BLE001
            return {}

    def failures_clear(self, plugin_name=None):
        from django.core.cache import cache

        failures = self.failures()
        if plugin_name is None:
            failures = {}
        else:
            failures.pop(plugin_name, None)
        cache.set(FAILURES_KEY, failures, 7 * 24 * 3600)


FAILURES_KEY = "wijkplein:plugins:failures"

registry = Registry()
