"""The agenda's StreamField block, offered through the `streamfield_blocks` hook.

Wijkplein stores it generically (its name "agenda.week" and the JSON options), so no page
migration ever mentions this plugin. The schema validates the options editors type.
"""

from django.utils.translation import gettext_lazy as _

from plugins import BlockType

WEEK_BLOCK_SCHEMA = {
    "type": "object",
    "properties": {
        "limit": {"type": "integer", "minimum": 1, "maximum": 10, "default": 3},
        "topic": {"type": "string", "pattern": "^[a-z0-9-]+$", "description": "A topic's slug, e.g. slapen"},
        "neighbourhood": {"type": "string", "pattern": "^[a-z0-9-]+$", "description": "A neighbourhood's slug"},
    },
    "additionalProperties": False,
}


def week_block_context(options, request):
    """The next `limit` activities, optionally about one topic or in one neighbourhood."""
    from django.urls import reverse

    from wijkplein_agenda.queries import coming

    activities = coming()
    query = {}
    if options.get("topic"):
        activities = activities.filter(topic__slug=options["topic"])
        query["onderwerp"] = options["topic"]
    if options.get("neighbourhood"):
        activities = activities.filter(neighbourhood__slug=options["neighbourhood"])
        query["wijk"] = options["neighbourhood"]
    from urllib.parse import urlencode

    list_url = reverse("agenda:list") + (f"?{urlencode(query)}" if query else "")
    return {"activities": list(activities[: options.get("limit", 3)]), "list_url": list_url}


WEEK_BLOCK = BlockType(
    name="agenda.week",
    label=_("Agenda: the next activities"),
    template="wijkplein_agenda/week_block.html",
    schema=WEEK_BLOCK_SCHEMA,
    context=week_block_context,
    help_text=_('Options, e.g. {"limit": 3, "topic": "slapen"} (topic and neighbourhood are slugs).'),
)
