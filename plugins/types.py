"""What hooks return: small dataclasses, never HTML. Templates render them with autoescaping."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


def safe_url(url):
    """`url` when it is http(s) or a path on this site, else "" (no javascript:, data:, //host)."""
    url = str(url or "").strip()
    if not url:
        return ""
    if url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    return ""


@dataclass
class Plugin:
    """What a plugin module declares as `PLUGIN = Plugin(...)`."""

    name: str
    version: str = "0"
    description: str = ""
    # Supported Wijkplein versions, a PEP 440 specifier such as ">=0.1,<1".
    wijkplein: str = ""
    # A JSON Schema (draft 2020-12) for the plugin's settings; its "default"s fill what is not set.
    settings_schema: dict = field(default_factory=dict)
    # Names of plugins whose implementations run before this one's (provisioning, demo data, …).
    after: tuple = ()
    # A built-in feature: always enabled, cannot be switched off in the admin.
    builtin: bool = False


@dataclass
class NavItem:
    """A place on the site: in the main menu and the home page's offer (`navigation_items`), or in a
    signed-in member's account menu (`account_menu_items`), where `count` shows as a badge and a
    `prominent` item stays in the header bar next to the bell at every width."""

    key: str
    title: str
    description: str = ""
    url: str = ""
    order: int = 100
    in_main_menu: bool = True
    on_home: bool = True
    icon: str = ""
    count: int = 0
    prominent: bool = False

    def __post_init__(self):
        self.url = safe_url(self.url)
        try:
            self.count = max(0, int(self.count or 0))
        except (TypeError, ValueError):
            self.count = 0


@dataclass
class Link:
    url: str
    title: str = ""
    text: str = ""

    def __post_init__(self):
        self.url = safe_url(self.url)


@dataclass
class Subject:
    """What related content is asked for: kind is "topic", "service", "lesson" or "information"."""

    kind: str
    obj: Any = None
    topics: list = field(default_factory=list)
    # Extra words that describe the subject (category slugs and names), for features without topics.
    words: list = field(default_factory=list)
    # Kinds of related content the caller does not want (e.g. its own kind).
    exclude: tuple = ()


@dataclass
class RelatedItem:
    title: str
    url: str
    kind: str
    text: str = ""

    def __post_init__(self):
        self.url = safe_url(self.url)


@dataclass
class Action:
    label: str
    url: str
    icon: str = ""
    description: str = ""

    def __post_init__(self):
        self.url = safe_url(self.url)


@dataclass
class Panel:
    """A panel on a member's page: a template of the plugin, rendered with `context` (escaped)."""

    key: str
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


@dataclass
class BlockType:
    """A StreamField block a plugin offers. Stored generically: its name and a JSON value.

    `schema` (JSON Schema) validates the value editors enter; `context(value, request)` returns the
    data `template` is rendered with.
    """

    name: str
    label: str
    template: str
    schema: dict = field(default_factory=dict)
    context: Callable | None = None
    help_text: str = ""


@dataclass
class ExportSection:
    """One part of a member's data download: `data` must be JSON-serialisable. `files` are
    (name, Django `File`/`FieldFile`) pairs of the member's own uploads, added to the ZIP under
    `files/<key>/<name>`."""

    key: str
    title: str
    data: Any
    files: list = field(default_factory=list)


@dataclass
class ErasedItem:
    key: str
    description: str
    count: int = 0


@dataclass
class RetentionRule:
    """What a feature keeps and for how long (`retention_rules`). `enforce(now)` deletes or
    anonymises what is older than `days` and returns how many rows it removed; it must be
    idempotent (run daily by `manage.py enforce_retention`). `days=None`: kept while needed, with
    the reason in `description`."""

    key: str
    label: str
    days: int | None
    description: str = ""
    enforce: Callable | None = None


@dataclass
class Count:
    key: str
    label: str
    value: int


@dataclass
class ReportFigure:
    """One figure in a provider's report (`partner_report`).

    `value` is a number, a `timedelta` (shown as a duration) or a dict {label: number} (shown as a
    distribution). `people` is how many different people the figure is about: below the report's
    threshold (WIJKPLEIN_REPORT_MIN_GROUP, 10) the value is not shown, only "fewer than 10".
    """

    key: str
    label: str
    value: Any
    people: int
    help_text: str = ""
    order: int = 100
