"""Where a lesson's "talk about it / find help" block points, resolved through the plugin registry.

The block stores a kind ("forum", "socialmap" or "topic"), an optional Topic and a label. The
enabled plugins answer the `topic_link` hook (the forum for "forum", the social map for
"socialmap"); the first `Link` wins. Without an answer the link goes to the topic's page (or
nowhere, and the block shows only its text).
"""

from django.utils.translation import gettext_lazy as _

KIND_FORUM = "forum"
KIND_SOCIALMAP = "socialmap"
KIND_TOPIC = "topic"
KIND_CHOICES = [
    (KIND_FORUM, _("A forum about this topic")),
    (KIND_SOCIALMAP, _("Help nearby on the social map")),
    (KIND_TOPIC, _("Everything about this topic")),
]


def link_resolve(kind, topic, label, *, topic_url=""):
    """The link a block of `kind` shows: a plugin's answer, or the topic's own page."""
    import plugins

    if topic is not None:
        resolved = plugins.first("topic_link", kind=kind, topic=topic, label=label)
        if resolved is not None and resolved.url:
            return {"url": resolved.url, "title": resolved.title or label, "text": resolved.text, "rich": True}
    return {
        "url": topic_url if topic else "",
        "title": label or (topic.name if topic else ""),
        "text": "",
        "rich": False,
    }
