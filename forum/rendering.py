"""Post bodies: members write Markdown; we render it and keep only safe HTML (nh3)."""

import nh3
from markdown2 import markdown

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitise(html):
    """Drop scripts, event handlers, styles and javascript: links; mark links as user content."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    )


def render_post(text, **kwargs):
    """machina's MACHINA_MARKUP_LANGUAGE callable: Markdown in, clean HTML out (stored on save)."""
    html = markdown(text or "", safe_mode="escape", extras={"break-on-newline": True})
    return sanitise(html).strip()
