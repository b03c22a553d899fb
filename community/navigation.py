"""What the platform offers: the main menu, the home page's offer and the account menu, from the registry.

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


ACCOUNT_ITEMS_ATTRIBUTE = "_wijkplein_account_items"


def account_items(request):
    """The signed-in member's account menu: the plugins' `account_menu_items`, by order and key.

    Anonymous visitors have no account menu: the hook is not called for them, so it costs them
    nothing. The answer is kept on the request, so the header and the profile page ask once.
    Items without a (safe) URL are left out: a menu entry must lead somewhere.
    """
    user = getattr(request, "user", None)
    if request is None or user is None or not user.is_authenticated:
        return []
    cached = getattr(request, ACCOUNT_ITEMS_ATTRIBUTE, None)
    if cached is not None:
        return cached
    items = [
        item
        for item in plugins.collect("account_menu_items", request=request)
        if isinstance(item, plugins.NavItem) and item.url
    ]
    items.sort(key=lambda item: (item.order, item.key))
    setattr(request, ACCOUNT_ITEMS_ATTRIBUTE, items)
    return items
