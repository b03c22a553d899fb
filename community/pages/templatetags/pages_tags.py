"""Small display helpers for pages: topic links, search highlights, the navigation features, trust links."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.navigation import account_items, features

register = template.Library()

_TOPIC_INDEX_CACHE = "_wijkplein_topic_index"


@register.simple_tag(takes_context=True)
def topic_url(context, topic):
    """The URL of a topic's page; looks the topic overview up once per request."""
    from community.pages.models import TopicIndexPage

    request = context.get("request")
    holder = request if request is not None else context
    if not hasattr(holder, _TOPIC_INDEX_CACHE):
        setattr(holder, _TOPIC_INDEX_CACHE, TopicIndexPage.objects.live().first())
    index_page = getattr(holder, _TOPIC_INDEX_CACHE)
    if index_page is None:
        return ""
    return index_page.get_url(request) + index_page.reverse_subpage("topic", args=[topic.slug])


@register.simple_tag
def trust_links():
    """The footer's links to the privacy statement, contact, about, accessibility and house rules (cached)."""
    from community.pages.models import trust_links as links

    return links()


@register.filter
def retention_period(days):
    """A retention period in words: "2 years" for whole years, otherwise "180 days" (exact, no rounding)."""
    if days is None:
        return _("As long as needed")
    days = int(days)
    if days >= 365 and days % 365 == 0:
        years = days // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


@register.simple_tag(takes_context=True)
def main_features(context):
    return features(context.get("request"))


@register.simple_tag(takes_context=True)
def account_menu(context):
    """The signed-in member's account menu items (empty for visitors, without asking the plugins)."""
    return account_items(context.get("request"))


def _terms(query):
    return [term for term in re.split(r"\s+", query or "") if len(term) >= 2][:10]


@register.filter
def highlight(text, query):
    """Escape `text`, then wrap each search term in <mark>. Safe for any user input."""
    escaped = escape(text or "")
    terms = _terms(query)
    if not terms:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(escape(term)) for term in terms), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))


@register.filter
def excerpt(text, query, length=220):
    """A piece of `text` around the first search term, so the reader sees why it matched."""
    text = text or ""
    if len(text) <= length:
        return text
    lower = text.lower()
    positions = [lower.find(term.lower()) for term in _terms(query)]
    positions = [pos for pos in positions if pos >= 0]
    start = max(0, min(positions) - length // 3) if positions else 0
    piece = text[start : start + length]
    return ("…" if start else "") + piece + ("…" if start + length < len(text) else "")
