"""The small interface a feature implements so its content can be reported, held and moderated.

A feature returns instances of a `ContentKind` subclass from the `moderation_kinds` plugin hook
(see forum/moderation.py for the forum's posts and topics). The core asks it:

* `load(ids)`: what the content is — title, a short plain-text excerpt, its URL, who wrote it,
  where it lives — for a batch of ids at once, so the queue's queries stay flat;
* `visible_to(user, object_id)`: may this member see (and so report) it;
* `hide(object_id)` / `restore(object_id)`: take it out of view, or show it again;
* `published(object_id)`: held content was approved and is out for the first time;
* `reported(report)`: a member reported it (route it further, e.g. to a chat room's host);
* `may_moderate(user, content)`: who may handle it (the core's moderators by default);
* `approved_count(user)`: how many of the member's texts are approved (for trust).
"""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from community.accounts.roles import is_moderator


def int_ids(object_ids):
    """The ids among `object_ids` (strings from URLs and the queue) that are whole numbers a database
    integer can hold; anything else is dropped. For kinds whose content has integer primary keys."""
    return [int(i) for i in object_ids if str(i).isascii() and str(i).isdigit() and len(str(i)) < 19]


@dataclass
class Content:
    kind: str
    object_id: str
    title: str
    excerpt: str
    url: str
    author: Any = None
    place: str = ""
    place_label: str = ""
    hidden: bool = False


class ContentKind:
    key = ""
    label = ""

    def load(self, object_ids):
        """{object_id (str): Content} for those of `object_ids` that still exist."""
        raise NotImplementedError

    def get(self, object_id):
        return self.load([str(object_id)]).get(str(object_id))

    def visible_to(self, user, object_id):
        """The Content if `user` may see it (and so report it), else None."""
        raise NotImplementedError

    def hide(self, object_id):
        raise NotImplementedError

    def restore(self, object_id):
        raise NotImplementedError

    def published(self, object_id):
        """Held content was approved and is shown for the first time (tell followers, index it)."""
        return None

    def reported(self, report):
        """A member reported it (or made the report urgent): tell whoever else the feature routes
        reports to (a chat room's host). The core has already alerted the moderators on duty."""
        return None

    def may_moderate(self, user, content):
        return is_moderator(user)

    def approved_count(self, user):
        return 0


class UnknownKind(ContentKind):
    """Content of a feature that is no longer installed: its queue items and log stay readable."""

    label = _("Content of a removed feature")

    def __init__(self, key):
        self.key = key

    def load(self, object_ids):
        return {}

    def visible_to(self, user, object_id):
        return None

    def hide(self, object_id):
        return None

    def restore(self, object_id):
        return None


def content_kinds():
    """{key: ContentKind} of every loaded feature (kinds are static: read once per process)."""
    from plugins.manager import registry

    def build():
        found = {}
        for _plugin, result in registry.call("moderation_kinds", enabled_only=False):
            for kind in result or []:
                if not isinstance(kind, ContentKind) or not kind.key:
                    raise TypeError(f"moderation_kinds must return ContentKind instances with a key, not {kind!r}")
                found.setdefault(kind.key, kind)
        return found

    return registry.static("moderation_kinds", build)


def content_kind(key):
    return content_kinds().get(key) or UnknownKind(key)
