"""One generic StreamField block for every plugin's blocks, so migrations never depend on plugins.

The block stores the name of a plugin's block type ("agenda.week") and a JSON value. Editors pick
the type from the enabled plugins' `streamfield_blocks` and may give options, validated against
the type's JSON Schema. On the page the plugin's template renders the data its `context` returns;
when the plugin is absent, disabled or fails, a neutral notice takes its place.
"""

import json

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from plugins.manager import registry


def block_types(request=None, enabled_only=True):
    """{name: (plugin name, BlockType)} of the plugins' blocks (enabled ones unless told otherwise)."""
    found = {}
    for plugin_name, result in registry.call("streamfield_blocks", request=request, enabled_only=enabled_only):
        for block_type in result or []:
            found.setdefault(block_type.name, (plugin_name, block_type))
    return found


def block_choices():
    """Choices for the editor's drop-down: every installed plugin block (the enabled state is checked on render)."""
    return [(name, str(block_type.label)) for name, (_plugin, block_type) in block_types(enabled_only=False).items()]


def _options(value):
    raw = (value.get("options") or "").strip()
    if not raw:
        return {}
    return json.loads(raw)


class PluginBlock(blocks.StructBlock):
    block = blocks.ChoiceBlock(choices=block_choices, label=_("What to show"))
    options = blocks.TextBlock(
        required=False,
        label=_("Options"),
        help_text=_('Optional settings in JSON, for example {"limit": 3}. Leave empty for the defaults.'),
        rows=2,
    )

    class Meta:
        icon = "cogs"
        label = _("Content from a plugin")
        template = "plugins/plugin_block.html"

    def clean(self, value):
        value = super().clean(value)
        try:
            options = _options(value)
        except json.JSONDecodeError as error:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("This is not valid JSON: %(error)s") % {"error": error.msg})}
            ) from None
        if not isinstance(options, dict):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_('Options must be a JSON object, like {"limit": 3}.'))}
            )
        found = block_types(enabled_only=False).get(value.get("block"))
        if found and found[1].schema:
            from jsonschema import Draft202012Validator

            errors = list(Draft202012Validator(found[1].schema).iter_errors(options))
            if errors:
                message = "; ".join(
                    f"{'/'.join(str(part) for part in error.path) or 'options'}: {error.message}" for error in errors
                )
                raise StructBlockValidationError(block_errors={"options": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        found = block_types(request=request).get(value.get("block"))
        context["plugin_template"] = None
        if found is None:
            return context
        plugin_name, block_type = found
        try:
            options = _options(value)
            data = block_type.context(options, request) if block_type.context else {}
        except Exception as error:  # noqa: BLE001 - isolation: the page renders without it
            registry.failure(plugin_name, "streamfield_blocks", error)
            return context
        context.update({"plugin_template": block_type.template, "plugin_data": data or {}, "plugin_name": plugin_name})
        return context

    def render(self, value, context=None):
        try:
            return super().render(value, context=context)
        except Exception as error:  # noqa: BLE001 - a plugin's template that fails leaves the notice
            registry.failure(str(value.get("block", "?")).split(".")[0], "streamfield_blocks", error)
            return render_to_string(self.meta.template, {"plugin_template": None})
