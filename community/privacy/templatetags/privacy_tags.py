"""The readable summary in a data download: any JSON-like value as nested, escaped HTML."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


def _label(key):
    return str(key).replace("_", " ").capitalize()


def _render(value, depth=0):
    if depth > 8:
        return format_html("{}", str(value))
    if isinstance(value, dict):
        if not value:
            return format_html('<p class="muted">{}</p>', _("Nothing."))
        rows = format_html_join(
            "", "<dt>{}</dt><dd>{}</dd>", ((_label(key), _render(item, depth + 1)) for key, item in value.items())
        )
        return format_html("<dl>{}</dl>", rows)
    if isinstance(value, (list, tuple)):
        if not value:
            return format_html('<p class="muted">{}</p>', _("Nothing."))
        return format_html(
            "<ol>{}</ol>", format_html_join("", "<li>{}</li>", ((_render(item, depth + 1),) for item in value))
        )
    if value is None or value == "":
        return format_html('<span class="muted">{}</span>', "—")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return format_html("{}", str(value))


@register.simple_tag
def export_value(value):
    return mark_safe(_render(value))  # noqa: S308 - every leaf went through format_html
