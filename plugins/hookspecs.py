"""Every hook of Wijkplein: the one seam between the core, the built-in features and outside plugins.

A hook implementation is a plain function named like the spec, marked with `@plugins.hookimpl`,
that accepts any subset of the spec's arguments. Results are data (the dataclasses in
`plugins.types`, dicts, lists), never HTML: templates keep escaping by default. Implementations
are called in the plugins' declared order (`Plugin.after`); a disabled plugin's implementations
are skipped where the hook is marked "gated", and one that raises is logged and skipped.

docs/plugins.md documents each hook; a test fails when one is missing there.
"""

import pluggy

hookspec = pluggy.HookspecMarker("wijkplein")


# --- Navigation, URLs, realtime -------------------------------------------------------------


@hookspec
def navigation_items(request):
    """Gated. Items for the main menu and the home page's offer: a list of `NavItem`."""


@hookspec
def account_menu_items(request):
    """Gated, signed-in members only. Links in the member's account menu: `NavItem`s (`count`, `prominent`)."""


@hookspec
def url_patterns():
    """Django URL patterns; an outside plugin's are mounted under /plugins/<name>/ (a built-in's at the root)."""


@hookspec
def websocket_routes():
    """Channels websocket URL routes (a list of `path()`/`re_path()` to consumers)."""


# --- Notifications ----------------------------------------------------------------------------


@hookspec
def notification_kinds():
    """The notification kinds a feature sends: a list of `NotificationKind`."""


@hookspec
def moderation_kinds():
    """What people write in a feature, for the safety core: a list of `ContentKind` (see docs/plugins.md)."""


# --- Content --------------------------------------------------------------------------------


@hookspec
def streamfield_blocks():
    """Gated. Blocks editors can add to lessons and information pages: a list of `BlockType`."""


@hookspec
def related_content(subject, request):
    """Gated. Related links for a `Subject` (a topic, service, lesson or information page): `RelatedItem`s."""


@hookspec
def topic_link(kind, topic, label):
    """Gated, first answer wins. Where a lesson's link block of `kind` points for a topic: a `Link` or None."""


@hookspec
def discussion_space(key, title):
    """Gated, first answer wins. An existing private group space for `key`: a `Link`, or None. Read-only."""


@hookspec
def discussion_space_sync(key, title, members):
    """Gated, first answer wins. Create or update the private group space `key` to hold exactly `members`."""


@hookspec
def actions(kind, obj, request):
    """Gated. Buttons on a "service", "mailbox_thread" or "chat_room": a list of `Action`."""


@hookspec
def dashboard_panels(request):
    """Gated. Panels on a member's own page (/profiel/): a list of `Panel`."""


@hookspec
def profile_panels(request, member):
    """Gated. Panels on another member's public profile: a list of `Panel` (never private data)."""


# --- Events -----------------------------------------------------------------------------------


@hookspec
def partner_provision(partner):
    """Gated per partner, in declared order. Set up what this feature needs for a new or changed partner."""


@hookspec
def verification_changed(user):
    """A verified role of `user` was granted or revoked: update what depends on it (e.g. group spaces)."""


@hookspec
def demo_data(stdout):
    """In declared order. Load this feature's part of the demo (idempotent), writing progress to `stdout`."""


# --- Operations -------------------------------------------------------------------------------


@hookspec
def system_checks(app_configs, deploy):
    """Django system checks: a list of `django.core.checks.CheckMessage` (deploy=True under --deploy)."""


@hookspec
def csp_sources(request):
    """Gated. Hosts this plugin needs in the Content-Security-Policy: {"frame-src": ["https://…"], …}."""


@hookspec
def personal_data_export(user):
    """Not gated. Everything this feature holds about `user`: a list of `ExportSection`."""


@hookspec
def personal_data_erase(user, remove_texts):
    """Not gated, own transaction. Erase or anonymise data about `user` (texts too if `remove_texts`): `ErasedItem`s."""


@hookspec
def retention_rules():
    """Not gated. How long this feature keeps what: a list of `RetentionRule` (enforced daily)."""


@hookspec
def aggregate_counts(since, until):
    """Gated. Counts for reports between two dates (never per person): a list of `Count`."""


@hookspec
def crisis_phrases():
    """Not gated. Phrases that signal acute danger (whole words, any case): a list of strings."""


@hookspec
def partner_report(partner, since, until):
    """Gated. Figures about one provider organisation in a period: a list of `ReportFigure`."""


@hookspec
def message_handoff(member, text, origin, subject):
    """Not gated. Hand a member's question to a feature that answers by message: its URL or None."""
