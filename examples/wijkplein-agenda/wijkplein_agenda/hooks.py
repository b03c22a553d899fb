"""The agenda's hook implementations: everything Wijkplein knows about this plugin comes from here.

The entry point `[project.entry-points."wijkplein.plugins"] agenda = "wijkplein_agenda.hooks"`
points at this module. Each function is named after a hook in Wijkplein's `plugins/hookspecs.py`
and takes only the arguments it needs. Imports of models and views stay inside the functions:
this module is imported while the registry loads, and must stay cheap and import-safe.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from plugins import Count, ErasedItem, ExportSection, NavItem, Panel, Plugin, RelatedItem, hookimpl
from wijkplein_agenda import __version__
from wijkplein_agenda.blocks import WEEK_BLOCK

NAME = "agenda"
# The kind of related content this plugin gives (the core's templates label it "Activiteit:").
KIND = "activity"

SETTINGS_SCHEMA = {
    "type": "object",
    "properties": {
        "embed_host": {
            "type": "string",
            # Empty (the default: link, never embed) or one https host, nothing that could end a
            # CSP directive.
            "pattern": "^(https://[a-z0-9.-]+)?$",
            "default": "",
            "description": "The online-meeting host whose rooms may be embedded, e.g. https://meet.example.nl",
        }
    },
    "additionalProperties": False,
}

PLUGIN = Plugin(
    name=NAME,
    version=__version__,
    description="Wijkagenda: group meetings and walk-in hours of partner organisations, this week and next.",
    wijkplein=">=0.1,<1",
    settings_schema=SETTINGS_SCHEMA,
    # Partner provisioning needs the editor group the core creates, so the core goes first.
    after=("community",),
)


@hookimpl
def navigation_items(request):
    return [
        NavItem(
            "agenda",
            _("Agenda"),
            _("Meetings and walk-in hours in your neighbourhood, this week and next."),
            url=reverse("agenda:list"),
            order=45,
            icon="calendar",
        )
    ]


@hookimpl
def url_patterns():
    from wijkplein_agenda.urls import urlpatterns

    return urlpatterns


@hookimpl
def streamfield_blocks():
    return [WEEK_BLOCK]


@hookimpl
def dashboard_panels(request):
    """ "This week in the neighbourhood" on the member's own page, what they said they'd come to first."""
    from wijkplein_agenda.queries import this_week_for

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    going, others = this_week_for(user)
    return [
        Panel(
            key="agenda.this_week",
            title=_("This week in the neighbourhood"),
            template="wijkplein_agenda/dashboard_panel.html",
            context={"going": going, "activities": others, "list_url": reverse("agenda:list")},
            order=50,
        )
    ]


@hookimpl
def related_content(subject, request):
    """Up to 3 coming activities about the subject's topics."""
    from wijkplein_agenda.queries import coming

    if KIND in subject.exclude or not subject.topics:
        return []
    activities = coming().filter(topic__in=subject.topics)[:3]
    return [
        RelatedItem(
            title=activity.title,
            url=reverse("agenda:detail", kwargs={"pk": activity.pk}),
            kind=KIND,
            text=activity.partner.name,
        )
        for activity in activities
    ]


@hookimpl
def partner_provision(partner):
    """The partner's editor group may manage activities (the admin limits them to their own)."""
    from wijkplein_agenda.services import partner_permissions_grant

    partner_permissions_grant(partner)


@hookimpl
def demo_data(stdout):
    from wijkplein_agenda.demo import agenda_demo_load

    agenda_demo_load(stdout)


@hookimpl
def csp_sources(request):
    """The meeting host may be framed, only when an administrator named one in the settings."""
    import plugins

    host = plugins.settings_for(NAME, request).get("embed_host")
    return {"frame-src": [host]} if host else None


@hookimpl
def aggregate_counts(since, until):
    from wijkplein_agenda.models import Activity, Attendance

    activities = Activity.objects.published().between(since, until)
    return [
        Count("agenda.activities", _("Activities in the agenda"), activities.count()),
        Count(
            "agenda.attendances",
            _("“I'm coming” for activities in the agenda"),
            Attendance.objects.filter(activity__in=activities).count(),
        ),
    ]


@hookimpl
def personal_data_export(user):
    from wijkplein_agenda.models import Attendance

    rows = Attendance.objects.filter(user=user).select_related("activity", "activity__partner").order_by("created_at")
    return [
        ExportSection(
            "agenda.attendances",
            _("Activities you said you would come to"),
            [
                {
                    "activity": row.activity.title,
                    "partner": row.activity.partner.name,
                    "starts_at": row.activity.starts_at.isoformat(),
                    "said_at": row.created_at.isoformat(),
                }
                for row in rows
            ],
        )
    ]


@hookimpl
def personal_data_erase(user):
    from wijkplein_agenda.services import attendances_erase

    count = attendances_erase(user)
    return [ErasedItem("agenda.attendances", _("“I'm coming” for activities in the agenda"), count)]
