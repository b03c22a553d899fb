"""Where a lesson's "talk about it / find help" block points, resolved through a small registry.

A lesson can point to a forum or to a social-map category before those apps exist. The block
stores a kind ("forum", "socialmap" or "topic"), an optional Topic and a label. Until an app
registers a resolver for its kind, the link goes to the topic's page (or nowhere, and the block
shows only its text). When the forum or social map arrives it calls, in its AppConfig.ready()::

    from selfhelp.links import resolver_register
    resolver_register("forum", lambda topic, label: {"url": ..., "title": ..., "text": ...})

A resolver returns a dict with at least "url" (and optionally "title" and "text" that replace
the block's own) or None when it has nothing for this topic; the plain fallback is used then.
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

_RESOLVERS = {}


def resolver_register(kind, fn):
    """Make `fn(topic, label)` resolve links of `kind`; a later registration replaces an earlier one."""
    _RESOLVERS[kind] = fn
    return fn


def resolver_unregister(kind):
    _RESOLVERS.pop(kind, None)


def link_resolve(kind, topic, label, *, topic_url=""):
    """The link a block of `kind` shows: a registered resolver's answer, or the topic's own page."""
    resolver = _RESOLVERS.get(kind)
    if resolver is not None:
        resolved = resolver(topic, label)
        if resolved and resolved.get("url"):
            return {"title": label, "text": "", "rich": True, **resolved}
    return {
        "url": topic_url if topic else "",
        "title": label or (topic.name if topic else ""),
        "text": "",
        "rich": False,
    }
