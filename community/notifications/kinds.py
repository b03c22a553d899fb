"""Notification kinds, from the plugins' `notification_kinds` hook.

A kind has a key, a label members see in their settings, the title used in the bell and email
(never the sensitive content itself), and a default delivery. Digest is the calm default for
anything that is not urgent.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


class Delivery:
    IMMEDIATE = "immediate"
    DIGEST = "digest"
    OFF = "off"

    choices = [
        (IMMEDIATE, _("Email immediately")),
        (DIGEST, _("Daily digest by email")),
        (OFF, _("Only on the website")),
    ]


@dataclass(frozen=True)
class NotificationKind:
    """One kind of notification.

    `title` is content-free: it is what an email says and what the bell shows when nothing more
    is known. `text` is the specific line the member reads on the website, with the placeholders
    `%(actor)s` (who did it: a pseudonym) and `%(subject)s` (what it is about, e.g. a topic
    title); it is never put in an email or push. `urgent` kinds (someone may be in danger) are
    always emailed at once, whatever the recipient chose, and cannot be switched off.
    """

    key: str
    label: str
    title: str
    default_delivery: str = Delivery.DIGEST
    text: str = ""
    urgent: bool = False


def _all_kinds():
    """{key: (plugin name, kind)} of every loaded plugin (kinds are static: read once per process)."""
    from plugins.manager import registry

    def build():
        found = {}
        for plugin_name, result in registry.call("notification_kinds", enabled_only=False):
            for kind in result or []:
                if kind.default_delivery not in {Delivery.IMMEDIATE, Delivery.DIGEST, Delivery.OFF}:
                    raise ValueError(f"Unknown delivery {kind.default_delivery!r} for notification kind {kind.key!r}")
                found.setdefault(kind.key, (plugin_name, kind))
        return found

    return registry.static("notification_kinds", build)


def kind_get(key):
    """The kind called `key`, also of a disabled plugin (its old notifications still need a title)."""
    try:
        return _all_kinds()[key][1]
    except KeyError:
        raise LookupError(f"Notification kind {key!r} is not registered") from None


def kinds(request=None):
    """The kinds members can choose a delivery for: those of the plugins enabled on the site."""
    from plugins.state import enabled_plugins

    enabled = enabled_plugins(request=request)
    return [kind for plugin_name, kind in _all_kinds().values() if plugin_name in enabled]
