"""The chat's hook implementations: how live chat plugs into Wijkplein (see plugins/hookspecs.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, ErasedItem, ExportSection, NavItem, Plugin, RetentionRule, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="chat",
    version=wijkplein_version(),
    description="Live chat: hosted group rooms and a 1:1 chat with a professional (Django Channels).",
    after=("community", "forum"),
    builtin=True,
)


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "chat",
            _("Chat"),
            _("Chat live with an experience expert or a professional."),
            url=reverse("chat:index"),
            order=40,
            icon="bubble",
        )
    ]


@hookimpl
def account_menu_items(request):
    """Professionals: the chat queue with the number waiting. Members: their open 1:1 chat. One
    query for a member (two for a professional: the queue count)."""
    from django.contrib.auth import get_user_model
    from django.db.models import Exists, OuterRef, Subquery

    from community.accounts.models import Role
    from community.accounts.roles import active_verified_verifications
    from forum.chat.models import Room

    user = request.user
    if not user.is_authenticated:
        return []
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            helper=Exists(active_verified_verifications().filter(role=Role.PROFESSIONAL, user=OuterRef("pk"))),
            open_chat=Subquery(
                Room.objects.direct()
                .filter(member=OuterRef("pk"))
                .exclude(status=Room.Status.CLOSED)
                .order_by("-pk")
                .values("public_id")[:1]
            ),
        )
        .values("helper", "open_chat")
        .first()
    )
    if row is None:
        return []
    items = []
    if row["helper"]:
        waiting = Room.objects.waiting().count()
        items.append(
            NavItem(
                "chat-queue",
                _("Chat duty"),
                _("Members waiting for a chat with a professional."),
                url=reverse("chat:queue"),
                count=waiting,
                prominent=bool(waiting),
                order=20,
            )
        )
    if row["open_chat"]:
        items.append(
            NavItem(
                "chat-mine",
                _("Your chat"),
                _("Your chat with a professional."),
                url=reverse("chat:direct", args=[row["open_chat"]]),
                prominent=True,
                order=15,
            )
        )
    return items


@hookimpl
def url_patterns():
    from django.urls import include

    return [path("chat/", include("forum.chat.urls"))]


@hookimpl
def websocket_routes():
    from forum.chat.consumers import ChatConsumer

    return [path("ws/chat/", ChatConsumer.as_asgi())]


@hookimpl
def notification_kinds():
    from community.notifications.kinds import Delivery, NotificationKind

    immediate = Delivery.IMMEDIATE
    return [
        NotificationKind(
            "chat.message",
            label=_("New messages in your chat with a professional"),
            title=_("There is a new message in your chat on Wijkplein"),
            default_delivery=immediate,
            text=_("%(actor)s wrote in your chat"),
        ),
        NotificationKind(
            "chat.picked_up",
            label=_("A professional picks up your chat"),
            title=_("A professional is ready for your chat"),
            default_delivery=immediate,
            text=_("%(actor)s is ready for your chat"),
        ),
        NotificationKind(
            "chat.no_pickup",
            label=_("Nobody could pick up your chat yet"),
            title=_("Nobody could pick up your chat yet: choose how we get back to you"),
            default_delivery=immediate,
        ),
        NotificationKind(
            "chat.closed",
            label=_("Your chat was closed"),
            title=_("Your chat has been closed"),
            default_delivery=Delivery.OFF,
            text=_("%(actor)s closed the chat"),
        ),
        NotificationKind(
            "chat.handoff",
            label=_("A host offers you a chat with a professional"),
            title=_("You can chat with a professional"),
            default_delivery=immediate,
            text=_("The host of “%(subject)s” offers you a chat with a professional"),
        ),
        NotificationKind(
            "chat.measure",
            label=_("A host mutes or removes you in a chat room"),
            title=_("A host has taken a measure in a chat room"),
            default_delivery=Delivery.OFF,
            text=_("Message from the host of “%(subject)s”"),
        ),
        NotificationKind(
            "chat.waiting",
            label=_("Members waiting for a chat (professionals)"),
            title=_("A member is waiting for a chat"),
            default_delivery=immediate,
        ),
        NotificationKind(
            "chat.transfer",
            label=_("A colleague transfers a chat to you (professionals)"),
            title=_("A chat has been transferred to you"),
            default_delivery=immediate,
            text=_("%(actor)s transferred a chat to you"),
        ),
        NotificationKind(
            "chat.report",
            label=_("Reports about messages in your room (hosts)"),
            title=_("A message in your chat room was reported"),
            default_delivery=immediate,
            text=_("A message in “%(subject)s” was reported"),
        ),
        NotificationKind(
            "chat.crisis",
            label=_("Someone in a chat may need help now"),
            title=_("Someone in a chat may need help now"),
            default_delivery=immediate,
            urgent=True,
        ),
        NotificationKind(
            "chat.danger",
            label=_("A member in the chat queue says they are in danger"),
            title=_("A member in the chat queue says they are in danger now"),
            default_delivery=immediate,
            urgent=True,
        ),
    ]


@hookimpl
def moderation_kinds():
    from forum.chat.moderation import ChatMessageKind

    return [ChatMessageKind()]


@hookimpl
def personal_data_export(user):
    from forum.chat.privacy import chat_export

    return [ExportSection("chat", _("Chat"), chat_export(user))]


@hookimpl
def personal_data_erase(user, remove_texts):
    from forum.chat.privacy import chat_erase

    return [ErasedItem(key, description, count) for key, description, count in chat_erase(user, remove_texts)]


@hookimpl
def retention_rules():
    from forum.chat import services
    from forum.chat.app_settings import app_settings

    return [
        RetentionRule(
            "chat.group_messages",
            _("Messages in group chat rooms"),
            app_settings.GROUP_RETENTION_DAYS,
            enforce=services.group_messages_prune,
        ),
        RetentionRule(
            "chat.direct_chats",
            _("Chats with a professional, after they were closed"),
            app_settings.DIRECT_RETENTION_DAYS,
            _("A member can save a transcript first; it is kept until they delete it or their account."),
            enforce=services.direct_chats_prune,
        ),
    ]


@hookimpl
def aggregate_counts(since, until):
    from forum.chat.models import Message, Room

    direct = Room.objects.direct().filter(created_at__gte=since, created_at__lt=until)
    messages = Message.objects.filter(created_at__gte=since, created_at__lt=until, kind=Message.Kind.TEXT)
    return [
        Count("chat.direct_chats", _("Chats with a professional"), direct.count()),
        Count(
            "chat.direct_picked_up", _("Chats picked up by a professional"), direct.exclude(picked_up_at=None).count()
        ),
        Count("chat.group_messages", _("Messages in group rooms"), messages.filter(room__kind=Room.Kind.GROUP).count()),
    ]


@hookimpl
def demo_data(stdout):
    from forum.chat.demo_content import seed_chat_demo

    seed_chat_demo(stdout)


@hookimpl
def system_checks(app_configs, deploy):
    from forum.chat.checks import check_chat_settings

    return check_chat_settings()


@hookimpl
def crisis_phrases():
    """The chat's crisis list (administrators edit it under Settings → Chat) for the whole safety core."""
    from forum.chat.services import crisis_words

    return crisis_words()
