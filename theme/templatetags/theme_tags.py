"""Icons as real inline SVG: no extra request, styled by the theme's CSS (no style attributes, so CSP holds)."""

import functools
import re

from django import template
from django.contrib.staticfiles import finders
from django.utils.safestring import mark_safe

register = template.Library()

ICON_NAME = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
ICON_PATH = "theme/img/icons/{name}.svg"


@functools.cache
def icon_svg(name):
    """The markup of theme/static/theme/img/icons/<name>.svg from the `<svg` on ("" if there is none).

    The files are ours (part of the theme, reviewed like code), so their markup is trusted.
    """
    if not ICON_NAME.match(name or ""):
        return ""
    path = finders.find(ICON_PATH.format(name=name))
    if not path:
        return ""
    with open(path, encoding="utf-8") as file:
        text = file.read()
    start = text.find("<svg")
    return mark_safe(text[start:].strip()) if start >= 0 else ""


@register.inclusion_tag("components/icon.html")
def icon(name):
    """`{% icon "bell" %}`: the icon inline, hidden from screen readers (the link or button names it)."""
    return {"name": name, "svg": icon_svg(name)}
