"""What the platform offers: the main menu and the home page's offer, from the registry.

Every feature (and every enabled outside plugin) answers the `navigation_items` hook with
`plugins.NavItem`s. An item without a URL is shown as "coming soon"; when two plugins give the
same key, one with a URL replaces one without (so a feature can fill in a placeholder).
"""

import plugins


def features(request=None):
    merged = {}
    for item in plugins.collect("navigation_items", request=request):
        if not isinstance(item, plugins.NavItem):
            continue
        current = merged.get(item.key)
        if current is None or (item.url and not current.url):
            merged[item.key] = item
    return sorted(merged.values(), key=lambda item: (item.order, item.key))


def home_features(request=None):
    return [item for item in features(request) if item.on_home]
