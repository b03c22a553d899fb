"""The forum's hook implementations: how the peer forum plugs into Wijkplein (see plugins/hookspecs.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from plugins import Count, ErasedItem, ExportSection, Link, NavItem, Panel, Plugin, RelatedItem, RetentionRule, hookimpl
from plugins.manager import wijkplein_version

PLUGIN = Plugin(
    name="forum",
    version=wijkplein_version(),
    description="Peer contact: the forum (django-machina) with badges, reports, moderation and group spaces.",
    after=("community", "selfhelp", "socialmap"),
    builtin=True,
)

KIND_FORUM = "forum"


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "forum",
            _("Forum"),
            _("Talk with other parents who know what it is like."),
            url=reverse("forum:index"),
            order=30,
            icon="chat",
        )
    ]


@hookimpl
def url_patterns():
    return [path("forum/", include("forum.urls"))]


@hookimpl
def notification_kinds():
    from community.notifications.kinds import Delivery, NotificationKind

    return [
        NotificationKind(
            "forum.reply",
            label=_("Replies in forum topics you follow"),
            title=_("There is a new reply in a forum topic you follow"),
            default_delivery=Delivery.DIGEST,
            text=_("%(actor)s replied to “%(subject)s”"),
        ),
        NotificationKind(
            "forum.new_topic",
            label=_("New topics in forums you follow"),
            title=_("There is a new topic in a forum you follow"),
            default_delivery=Delivery.DIGEST,
            text=_("%(actor)s started “%(subject)s”"),
        ),
    ]


@hookimpl
def moderation_kinds():
    """Forum posts and topics, for the safety core (reports, holds, hiding, trust)."""
    from forum.moderation import ForumPostKind, ForumTopicKind

    return [ForumPostKind(), ForumTopicKind()]


@hookimpl
def topic_link(kind, topic, label):
    """A lesson's "talk about it" block: the public forum about the topic."""
    from django.utils.translation import gettext

    from forum.links import forum_for_topic, forum_url

    if kind != KIND_FORUM:
        return None
    forum = forum_for_topic(topic)
    if forum is None:
        return None
    return Link(
        url=forum_url(forum),
        title=label or gettext("Talk about it in the forum “%(forum)s”") % {"forum": forum.name},
        text=str(getattr(forum.description, "raw", "") or ""),  # plain text; the template escapes it
    )


def _space_link(found, title):
    if not found:
        return None
    return Link(url=found["url"], title=_("Go to your group's forum “%(name)s”") % {"name": title})


@hookimpl
def discussion_space(key, title):
    """An existing private group forum called `key` (read-only)."""
    from forum.spaces import private_space_find

    return _space_link(private_space_find(key), title)


@hookimpl
def discussion_space_sync(key, title, members):
    """Create the private group forum `key` if needed and make its members exactly `members`."""
    from forum.spaces import private_space_sync

    return _space_link(private_space_sync(key, members=list(members)), title)


@hookimpl
def related_content(subject, request):
    """Up to 3 recent topics from PUBLIC forums about the subject (never a private space)."""
    from forum.links import recent_public_topics

    if KIND_FORUM in subject.exclude or not (subject.topics or subject.words):
        return []
    return [
        RelatedItem(title=row["title"], url=row["url"], kind=KIND_FORUM)
        for row in recent_public_topics(subject.topics, names=subject.words, limit=3)
    ]


@hookimpl
def profile_panels(request, member):
    """The member's public forum activity as the viewer may see it (never private spaces or held posts)."""
    from forum.selectors import public_post_counts

    posts, topics = public_post_counts(member, request.user, request)
    return [
        Panel(
            key=KIND_FORUM,
            title=_("In the forum"),
            template="peer_forum/profile_panel.html",
            context={
                "posts": posts,
                "topics": topics,
                "url": reverse("forum_member:user_posts", kwargs={"pk": member.pk}) if posts else "",
            },
            order=30,
        )
    ]


@hookimpl
def system_checks(app_configs, deploy):
    from forum.checks import check_forum_settings

    return [] if deploy else check_forum_settings(app_configs)


@hookimpl
def demo_data(stdout):
    from django.core.management import call_command

    call_command("seed_forum_demo", stdout=stdout)


@hookimpl
def aggregate_counts(since, until):
    from forum.machina_models import Post, Topic

    return [
        Count(
            "forum.topics",
            _("New forum topics"),
            Topic.objects.filter(created__gte=since, created__lt=until, approved=True).count(),
        ),
        Count(
            "forum.posts",
            _("New forum posts"),
            Post.objects.filter(created__gte=since, created__lt=until, approved=True).count(),
        ),
    ]


@hookimpl
def personal_data_export(user):
    from forum.privacy import forum_export

    data, files = forum_export(user)
    return [ExportSection("forum", _("Forum"), data, files=files)]


@hookimpl
def personal_data_erase(user, remove_texts):
    """Anonymise, never delete: machina's posts and topics cascade from their poster (forum/privacy.py)."""
    from forum.privacy import forum_erase

    return [ErasedItem(key, description, count) for key, description, count in forum_erase(user, remove_texts)]


@hookimpl
def retention_rules():
    from datetime import timedelta

    from forum.app_settings import app_settings
    from forum.privacy import read_marks_older_than

    days = app_settings.READ_MARK_RETENTION_DAYS
    return [
        RetentionRule(
            "forum.read_marks",
            _("Which forum topics you read"),
            days,
            description=ngettext_lazy(
                "Used to mark new topics and replies; deleted %(days)d day after they were last set.",
                "Used to mark new topics and replies; deleted %(days)d days after they were last set.",
                "days",
            )
            % {"days": days},
            enforce=lambda now: read_marks_older_than(now - timedelta(days=days)),
        ),
        RetentionRule(
            "forum.posts",
            _("Forum posts and topics"),
            None,
            description=_(
                "Kept while the conversation is in the forum; when you delete your account they are anonymised, "
                "or their texts are removed if you ask."
            ),
        ),
    ]
