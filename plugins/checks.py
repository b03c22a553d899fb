"""System checks: plugins that could not load, and every plugin's own checks (the system_checks hook)."""

from django.core.checks import Warning, register

from plugins.manager import registry


@register()
def plugin_problems(app_configs=None, **kwargs):
    """A plugin that failed to load is a warning, never an error: the site runs without it."""
    messages = []
    for record in registry.load().records.values():
        for problem in record.problems:
            messages.append(
                Warning(
                    f"Plugin {record.name} ({record.module_name}) is not active: {problem}",
                    hint="Run `manage.py plugins` for details; fix or uninstall the plugin.",
                    id="plugins.W001",
                )
            )
    return messages


@register()
def plugin_checks(app_configs=None, **kwargs):
    return registry.collect("system_checks", app_configs=app_configs, deploy=False)


@register(deploy=True)
def plugin_deploy_checks(app_configs=None, **kwargs):
    return registry.collect("system_checks", app_configs=app_configs, deploy=True)
