"""Small display helpers for course templates."""

from django import template

from community.pages.templatetags.pages_tags import topic_url
from selfhelp.links import link_resolve

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`mapping[key]` in a template (exercise state by block id); an empty dict when missing."""
    if not mapping:
        return {}
    return mapping.get(key, {})


@register.simple_tag(takes_context=True)
def community_link(context, value):
    """The link a "forum or social map" block shows, through selfhelp.links' resolver registry."""
    topic = value.get("topic")
    url = topic_url(context, topic) if topic else ""
    return link_resolve(value.get("kind"), topic, value.get("label"), topic_url=url)
