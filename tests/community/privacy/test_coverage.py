"""Every model that points at a member belongs to a feature that exports and erases it.

A new feature (or plugin app) with a link to the user model but without `personal_data_export` and
`personal_data_erase` fails here. Third-party apps are assigned to the feature that integrates them;
the few links that need no hook say why.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test.utils import isolate_apps

from plugins.manager import registry

# Third-party apps and the built-in plugin that exports and erases their rows.
OWNERS = {
    "machina": "forum",
    "allauth": "community",  # email addresses and two-factor methods: in the account section
    "django": "community",  # groups and permissions (join rows), sessions
    "wagtail": None,
    "taggit": None,
}

# Links that need no hook, and why.
EXEMPT = {
    # Editors' and reviewers' history of content: who changed a page or document. Set to NULL when
    # the account goes; an editor's name is not a member's personal health data.
    ("wagtailcore", "*"),
    ("wagtaildocs", "*"),
    ("wagtailimages", "*"),
    ("wagtailforms", "*"),
    ("wagtailsearch", "*"),
    ("wagtailadmin", "*"),
    ("wagtailusers", "userprofile"),  # admin preferences (language, theme), cascaded with the account
    ("taggit", "*"),
    ("auth", "*"),
    ("admin", "logentry"),  # Django admin (superusers only)
    ("mfa", "authenticator"),  # listed in the account section; cascaded with the account
    ("account", "emailaddress"),  # listed in the account section; cascaded with the account
}


def _links_to_user(model):
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for field in model._meta.get_fields():
        if (
            field.is_relation
            and field.related_model in (user_model, settings.AUTH_USER_MODEL)
            and (field.many_to_one or field.one_to_one or field.many_to_many)
        ):
            if field.auto_created and not field.concrete:
                continue
            yield field


def _plugin_for(app_config):
    name = app_config.name
    for prefix, owner in OWNERS.items():
        if name == prefix or name.startswith(prefix + "."):
            return owner
    # A built-in feature's hooks live in its package: community.*, forum.chat, socialmap.mailbox, …
    best = None
    for record in registry.loaded_records():
        package = record.module_name.rsplit(".", 1)[0]
        if (name == package or name.startswith(package + ".")) and (best is None or len(package) > len(best[0])):
            best = (package, record.name)
    return best[1] if best else None


def _uncovered(candidates):
    registry.load()
    export = {name for name, _impl in registry.impls("personal_data_export")}
    erase = {name for name, _impl in registry.impls("personal_data_erase")}
    missing = []
    for model in candidates:
        if model._meta.abstract or model._meta.proxy or not list(_links_to_user(model)):
            continue
        label = model._meta.app_label
        if (label, "*") in EXEMPT or (label, model._meta.model_name) in EXEMPT:
            continue
        plugin = _plugin_for(apps.get_app_config(label))
        if plugin is None or plugin not in export or plugin not in erase:
            missing.append(f"{model._meta.label} (plugin: {plugin})")
    return sorted(missing)


def test_every_model_linked_to_a_member_has_an_export_and_an_erase_hook():
    missing = _uncovered(apps.get_models())
    assert not missing, "No export/erase hook for: " + ", ".join(missing)


@isolate_apps("plugins")
def test_the_check_reports_a_model_whose_app_has_no_hooks():
    """The test above can fail: a user-linked model in an app without a plugin is reported."""

    class Orphan(models.Model):
        member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

        class Meta:
            app_label = "plugins"  # the registry itself: no plugin exports or erases for it
            managed = False

    assert _uncovered([Orphan]) == ["plugins.Orphan (plugin: None)"]


@pytest.mark.parametrize("hook", ["personal_data_export", "personal_data_erase"])
def test_every_builtin_feature_with_member_data_implements_the_hook(hook):
    registry.load()
    names = {name for name, _impl in registry.impls(hook)}
    for feature in ("community", "forum", "chat", "mailbox", "matching", "selfhelp"):
        assert feature in names, feature
