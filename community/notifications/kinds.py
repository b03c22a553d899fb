"""The registry of notification kinds. Features register theirs in AppConfig.ready().

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
    key: str
    label: str
    title: str
    default_delivery: str = Delivery.DIGEST


_KINDS: dict[str, NotificationKind] = {}


def kind_register(key, *, label, title, default_delivery=Delivery.DIGEST):
    if default_delivery not in {Delivery.IMMEDIATE, Delivery.DIGEST, Delivery.OFF}:
        raise ValueError(f"Unknown delivery {default_delivery!r} for notification kind {key!r}")
    kind = NotificationKind(key, label, title, default_delivery)
    _KINDS[key] = kind
    return kind


def kind_get(key):
    try:
        return _KINDS[key]
    except KeyError:
        raise LookupError(f"Notification kind {key!r} is not registered") from None


def kinds():
    return list(_KINDS.values())


def register_core_kinds():
    kind_register(
        "account.verification",
        label=_("Changes to your verified role"),
        title=_("Your verified role has changed"),
        default_delivery=Delivery.IMMEDIATE,
    )
    kind_register(
        "platform.announcement",
        label=_("News from Wijkplein"),
        title=_("There is news on Wijkplein"),
        default_delivery=Delivery.DIGEST,
    )
