"""The private mailbox's hook implementations (see plugins/hookspecs.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from plugins import Action, Count, ErasedItem, ExportSection, NavItem, Plugin, RetentionRule, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="mailbox",
    version=wijkplein_version(),
    description="Private mailbox: a member writes to a provider organisation, its professionals answer.",
    after=("community", "socialmap"),
    builtin=True,
)


@hookimpl
def account_menu_items(request):
    """Members: their conversations with unread answers. Professionals: the shared inbox with the
    number of open, unassigned conversations."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Exists, OuterRef, Q, Subquery
    from django.db.models.functions import Coalesce

    from socialmap.mailbox import services
    from socialmap.mailbox.models import ReadMark, Thread

    user = request.user
    if not user.is_authenticated:
        return []
    # One query for a member: their unread conversations and whether they answer a provider's mailbox.
    read = ReadMark.objects.filter(
        thread=OuterRef("pk"), user=OuterRef(OuterRef("pk")), read_at__gte=OuterRef("last_message_at")
    )
    unread = (
        Thread.objects.filter(member=OuterRef("pk"))
        .exclude(Exists(read))
        .order_by()
        .values("member")
        .annotate(total=Count("pk"))
        .values("total")[:1]
    )
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            unread=Coalesce(Subquery(unread), 0),
            answers=Exists(services.professional_verifications().filter(user=OuterRef("pk"))),
        )
        .values("unread", "answers")
        .first()
    )
    if row is None:
        return []
    items = []
    count = row["unread"]
    items.append(
        NavItem(
            "mailbox",
            _("Messages"),
            _("Your conversations with organisations."),
            url=reverse("mailbox:mine"),
            count=count,
            prominent=bool(count),
            order=30,
        )
    )
    if row["answers"]:
        partners = services.professional_verifications().filter(user=user).values("partner_id")
        waiting = Thread.objects.open().filter(Q(assigned_to=None) | Q(assigned_to=user), partner_id__in=partners)
        waiting = waiting.count()
        items.append(
            NavItem(
                "mailbox-inbox",
                _("Inbox"),
                _("Messages to your organisation."),
                url=reverse("mailbox:inbox"),
                count=waiting,
                prominent=bool(waiting),
                order=25,
            )
        )
        from socialmap.mailbox.intervision import intervision_link

        space = intervision_link()
        if space is not None:
            items.append(
                NavItem(
                    "intervision",
                    _("Intervision"),
                    _("The private forum of the verified professionals."),
                    url=space.url,
                    order=26,
                )
            )
    return items


@hookimpl
def url_patterns():
    from django.urls import include

    return [path("berichten/", include("socialmap.mailbox.urls"))]


@hookimpl
def actions(kind, obj, request):
    """ "Send a message" on a service of a provider that answers its mailbox (`service`), to a
    professional found by matching (`helper`), or to the platform's helpdesk (`helpdesk`)."""
    from urllib.parse import urlencode

    from socialmap.mailbox import services

    def writable(partner_id):
        # A page of results asks for many services of the same few providers: once per request each.
        memo = request.__dict__.setdefault("_mailbox_writable", {}) if request is not None else {}
        if partner_id not in memo:
            memo[partner_id] = services.writable_partner_slug(partner_id)
        return memo[partner_id]

    private = _("Private: only you and the organisation.")
    if kind == "service":
        organization = getattr(obj, "organization", None)
        slug = writable(getattr(organization, "partner_id", None))
        if slug is None:
            return []
        url = reverse("mailbox:start", args=[slug]) + f"?dienst={obj.uuid}"
        return [Action(_("Send a message"), url, icon="mail", description=private)]
    if kind == "helper":
        slug = writable(getattr(obj, "partner_id", None))
        if slug is None:
            return []
        url = reverse("mailbox:start", args=[slug]) + "?" + urlencode({"aan": obj.user.pseudonym})
        return [Action(_("Send a message"), url, icon="mail", description=private)]
    if kind == "helpdesk":
        slug = services.helpdesk_partner_slug()
        if slug is None:
            return []
        return [
            Action(
                _("Ask the Wijkplein helpdesk"),
                reverse("mailbox:start", args=[slug]),
                icon="mail",
                description=_("Write what you are looking for. A professional helps you find the right help."),
            )
        ]
    return []


@hookimpl
def notification_kinds():
    from community.notifications.kinds import Delivery, NotificationKind

    immediate = Delivery.IMMEDIATE
    title = _("You have a new message on Wijkplein")
    return [
        NotificationKind("mailbox.answer", label=_("An organisation answers your message"), title=title,
                         default_delivery=immediate),
        NotificationKind("mailbox.closed", label=_("An organisation closes your conversation (with the survey)"),
                         title=_("Your conversation on Wijkplein was closed"), default_delivery=immediate),
        NotificationKind("mailbox.new", label=_("A member writes to your organisation (professionals)"),
                         title=title, default_delivery=immediate),
        NotificationKind("mailbox.message", label=_("A member answers in a conversation (professionals)"),
                         title=title, default_delivery=immediate),
        NotificationKind("mailbox.crisis", label=_("A member's message may ask for help now (professionals)"),
                         title=_("A member on Wijkplein may need help now"), default_delivery=immediate, urgent=True),
        NotificationKind("mailbox.assigned", label=_("A colleague gives you a conversation (professionals)"),
                         title=_("A conversation on Wijkplein was given to you"), default_delivery=immediate,
                         text=_("%(actor)s gave you a conversation")),
    ]  # fmt: skip


@hookimpl
def moderation_kinds():
    from socialmap.mailbox.moderation import MailboxMessageKind

    return [MailboxMessageKind()]


@hookimpl
def personal_data_export(user):
    from socialmap.mailbox.privacy import mailbox_export, mailbox_export_files

    return [ExportSection("mailbox", _("Private mailbox"), mailbox_export(user), files=mailbox_export_files(user))]


@hookimpl
def personal_data_erase(user):
    from socialmap.mailbox.privacy import mailbox_erase

    return [ErasedItem(key, description, count) for key, description, count in mailbox_erase(user)]


@hookimpl
def retention_rules():
    from socialmap.mailbox import services
    from socialmap.mailbox.app_settings import app_settings

    return [
        RetentionRule(
            "mailbox.threads",
            _("Conversations in the private mailbox, after they were closed"),
            app_settings.RETENTION_DAYS,
            _("With their attachments. Survey answers stay, but without a link to the conversation."),
            enforce=services.retention_enforce,
        )
    ]


@hookimpl
def aggregate_counts(since, until):
    from socialmap.mailbox.models import Thread

    threads = Thread.objects.filter(created_at__gte=since, created_at__lt=until)
    return [
        Count("mailbox.threads", _("Mailbox conversations started"), threads.count()),
        Count("mailbox.closed", _("Mailbox conversations closed"), threads.closed().count()),
    ]


@hookimpl
def demo_data(stdout):
    from socialmap.mailbox.demo_content import seed_mailbox_demo

    seed_mailbox_demo(stdout)
    from socialmap.mailbox.intervision import intervision_sync

    intervision_sync()


@hookimpl
def verification_changed(user):
    """A professional verified or revoked joins or leaves the intervision forum."""
    from socialmap.mailbox.intervision import intervision_sync

    intervision_sync()


@hookimpl
def partner_report(partner, since, until):
    from socialmap.mailbox.reports import mailbox_report

    return mailbox_report(partner, since, until)


@hookimpl
def message_handoff(member, text, origin, subject):
    """Another feature (the chat when nobody is on duty) hands a member's question to the
    platform's helpdesk mailbox; the member continues there. Returns the conversation's URL."""
    from socialmap.mailbox import services

    return services.helpdesk_handoff(member, text, origin=origin, subject=subject)
