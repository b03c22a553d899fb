"""URL patterns from the hooks: built-in features at the root, outside plugins under /plugins/<name>/."""

from django.urls import include, path

from plugins.manager import registry


def builtin_urlpatterns():
    patterns = []
    for record in registry.load().loaded_records():
        if record.builtin:
            for _name, result in registry.call("url_patterns", only=record.name, enabled_only=False):
                patterns.extend(result)
    return patterns


def plugin_urlpatterns():
    """Each outside plugin's patterns, namespaced by its name; the gate middleware 404s disabled ones."""
    patterns = []
    for record in registry.load().loaded_records():
        if record.builtin:
            continue
        own = []
        for _name, result in registry.call("url_patterns", only=record.name, enabled_only=False):
            own.extend(result)
        if own:
            patterns.append(path(f"plugins/{record.name}/", include((own, record.name), namespace=record.name)))
    return patterns
