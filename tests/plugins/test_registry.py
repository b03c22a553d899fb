"""The plugin registry: built-ins on hooks, declared order, call-time enablement, isolation, problems."""

import io
import types

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Site

import plugins
from plugins import hookspecs
from plugins.manager import registry
from plugins.models import PluginSetting

pytestmark = pytest.mark.django_db


def plugin_module(name, builtin=False, **hooks):
    """A plugin as an outside package would declare it: PLUGIN plus @hookimpl functions."""
    module = types.ModuleType(f"test_plugin_{name}")
    module.PLUGIN = plugins.Plugin(name=name, version="1.0", description=f"Test plugin {name}", builtin=builtin)
    for hook_name, function in hooks.items():
        function.__name__ = hook_name
        setattr(module, hook_name, plugins.hookimpl(function))
    return module


def enable(name, site=None, partners=(), enabled=True, settings=None):
    row, _created = PluginSetting.objects.update_or_create(
        site=site or Site.objects.get(is_default_site=True),
        plugin=name,
        defaults={"enabled": enabled, "settings": settings or {}},
    )
    row.partners.set(partners)
    return row


def test_every_built_in_feature_is_a_plugin_in_declared_order():
    names = [record.name for record in registry.load().loaded_records()]
    builtins = [name for name in names if registry.record(name).builtin]
    assert builtins == ["community", "selfhelp", "socialmap", "forum", "chat", "mailbox", "matching"]
    for name in builtins:
        assert registry.record(name).problems == []
    assert "navigation_items" in registry.record("forum").hooks


def test_every_hookspec_has_a_one_line_docstring():
    for name in registry.hook_names():
        doc = getattr(hookspecs, name).__doc__ or ""
        assert doc.strip() and "\n" not in doc.strip(), name


def test_the_old_registration_functions_are_gone():
    import community.navigation
    import community.notifications.kinds
    import selfhelp.cohorts
    import selfhelp.links

    assert not hasattr(community.navigation, "feature_register")
    assert not hasattr(community.notifications.kinds, "kind_register")
    assert not hasattr(selfhelp.links, "resolver_register")
    assert not hasattr(selfhelp.cohorts, "forum_space_provider_register")


def test_a_disabled_plugin_contributes_nothing_and_enabling_takes_effect_at_once(client, tree):
    module = plugin_module(
        "buurtvideo",
        navigation_items=lambda request: [plugins.NavItem("video", "Beeldbellen", url="/plugins/buurtvideo/")],
    )
    with registry.temporarily(module):
        assert "Beeldbellen" not in client.get("/").content.decode()
        enable("buurtvideo")
        assert "Beeldbellen" in client.get("/").content.decode()
        enable("buurtvideo", enabled=False)
        assert "Beeldbellen" not in client.get("/").content.decode()


def test_a_plugin_can_be_limited_to_some_partners(tree):
    seen = []
    module = plugin_module("provisioner", partner_provision=lambda partner: seen.append(partner.pk))
    with registry.temporarily(module):
        enable("provisioner", partners=[tree.partner_b])
        plugins.call("partner_provision", partner=tree.partner_a)
        plugins.call("partner_provision", partner=tree.partner_b)
    assert seen == [tree.partner_b.pk]


def test_a_hook_that_raises_is_isolated_logged_and_reported(client, tree):
    def broken(request):
        raise RuntimeError("kapot")

    module = plugin_module("broken", navigation_items=broken)
    registry.failures_clear()
    with registry.temporarily(module):
        enable("broken")
        response = client.get("/")
        assert response.status_code == 200
        assert "Forum" in response.content.decode()  # the other features still show
        failure = registry.failures()["broken"]
        assert failure["hook"] == "navigation_items" and "kapot" in failure["error"]
        out = io.StringIO()
        call_command("plugins", stdout=out)
        assert "last error: in navigation_items" in out.getvalue()
    registry.failures_clear()


def test_unsafe_urls_from_a_plugin_never_reach_an_href(client, tree):
    module = plugin_module(
        "sneaky",
        navigation_items=lambda request: [plugins.NavItem("x", "Klik hier", url="javascript:alert(1)")],
    )
    with registry.temporarily(module):
        enable("sneaky")
        html = client.get("/").content.decode()
    assert "javascript:" not in html
    assert plugins.safe_url("//evil.example/x") == "" and plugins.safe_url("https://ok.example/x")


@pytest.mark.parametrize(
    "declaration, hooks, problem",
    [
        ({"wijkplein": ">=99"}, {}, "supports Wijkplein >=99"),
        ({"wijkplein": "not a specifier"}, {}, "invalid Wijkplein version specifier"),
        ({"settings_schema": {"type": "nonsense"}}, {}, "invalid settings schema"),
        ({}, {"navigation_items": lambda request, extra: []}, "hook validation failed"),
        ({}, {"navigation_itemz": lambda request: []}, "implements hooks that do not exist: navigation_itemz"),
    ],
)
def test_a_faulty_plugin_is_kept_out_and_reported(declaration, hooks, problem, client, tree):
    module = plugin_module("faulty", **hooks)
    module.PLUGIN = plugins.Plugin(name="faulty", **declaration)
    with registry.temporarily(module) as record:
        assert not record.loaded
        assert any(problem in text for text in record.problems), record.problems
        from django.core.checks import run_checks

        assert any(message.id == "plugins.W001" and "faulty" in message.msg for message in run_checks())
        assert client.get("/").status_code == 200


def test_a_plugin_name_must_be_plain_and_match_its_entry_point():
    class EntryPoint:
        name = "other-name"
        value = "tests.plugins.test_registry"
        dist = None

    fresh = type(registry)()
    fresh.load(builtin_modules=(), entry_points=[EntryPoint()])
    assert fresh.loaded_records() == []
    (record,) = fresh.records.values()
    assert "the entry point is called 'other-name'" in record.problems[0]
    bad = plugin_module("x")
    bad.PLUGIN = plugins.Plugin(name="Bad Name/..")
    with registry.temporarily(bad) as found:
        assert found is None or not found.loaded
    assert not any(record.loaded and record.name == "Bad Name/.." for record in registry.records.values())


PLUGIN = plugins.Plugin(name="registry-test-module")


def test_a_plugin_that_fails_to_import_never_takes_the_site_down():
    class EntryPoint:
        name = "ghost"
        value = "wijkplein_ghost_plugin_that_is_not_there.hooks"
        dist = None

    fresh = type(registry)()
    fresh.load(entry_points=[EntryPoint()])
    record = fresh.record("ghost")
    assert record is not None and not record.loaded
    assert "import failed: ModuleNotFoundError" in record.problems[0]
    assert [r.name for r in fresh.loaded_records()][:1] == ["community"]


def test_plugin_settings_are_validated_and_defaults_fill_in(tree):
    module = plugin_module("configurable")
    module.PLUGIN = plugins.Plugin(
        name="configurable",
        settings_schema={
            "type": "object",
            "properties": {"limit": {"type": "integer", "minimum": 1, "default": 3}},
            "additionalProperties": False,
        },
    )
    with registry.temporarily(module):
        assert plugins.settings_for("configurable") == {"limit": 3}
        assert plugins.settings_errors("configurable", {"limit": 0})
        enable("configurable", settings={"limit": 5})
        assert plugins.settings_for("configurable") == {"limit": 5}
        enable("configurable", settings={"limit": "veel"})  # stored before an upgrade changed the schema
        assert plugins.settings_for("configurable") == {"limit": 3}


def test_csp_hosts_of_enabled_plugins_only(client, tree):
    module = plugin_module(
        "embedder",
        csp_sources=lambda request: {"frame-src": ["https://meet.example.nl", "https://bad host; script-src *"]},
    )
    with registry.temporarily(module):
        assert "meet.example.nl" not in client.get("/").headers["Content-Security-Policy"]
        enable("embedder")
        policy = client.get("/").headers["Content-Security-Policy"]
        assert "frame-src 'self'" in policy and "https://meet.example.nl" in policy
        assert "bad host" not in policy and "script-src *" not in policy
        assert "meet.example.nl" not in client.get("/admin/login/").headers.get("Content-Security-Policy", "")


def test_outside_plugin_urls_live_under_their_name_and_404_while_disabled(client, tree):
    # The URLconf is built at start-up from the installed plugins; the gate is checked per request.
    from plugins.middleware import PluginGateMiddleware

    seen = []
    gate = PluginGateMiddleware(lambda request: seen.append(request.path) or "ok")
    from django.http import Http404
    from django.test import RequestFactory

    module = plugin_module("gated")
    with registry.temporarily(module):
        request = RequestFactory().get("/plugins/gated/iets/")
        with pytest.raises(Http404):
            gate(request)
        enable("gated")
        assert gate(RequestFactory().get("/plugins/gated/iets/")) == "ok"
    with pytest.raises(Http404):
        gate(RequestFactory().get("/plugins/unknown/"))


def test_manage_py_plugins_lists_built_ins_with_their_hooks():
    out = io.StringIO()
    call_command("plugins", stdout=out)
    text = out.getvalue()
    for name in ("community", "selfhelp", "socialmap", "forum"):
        assert f"{name} " in text
    assert "enabled: always (built-in feature)" in text and "hooks: " in text


def test_a_topic_page_gathers_related_content_through_the_hook(client, tree, topic_factory):
    topic_factory(name="Slapen", slug="slapen")
    module = plugin_module(
        "wijkagenda-test",
        related_content=lambda subject, request: (
            [plugins.RelatedItem(title=f"Slaapcafé over {subject.obj.name}", url="/plugins/x/1/", kind="activity")]
            if subject.kind == "topic"
            else []
        ),
    )
    with registry.temporarily(module):
        assert "Slaapcafé" not in client.get("/onderwerpen/slapen/").content.decode()
        enable("wijkagenda-test")
        html = client.get("/onderwerpen/slapen/").content.decode()
    assert "Slaapcafé over Slapen" in html and 'href="/plugins/x/1/"' in html


def test_admin_plugins_screen_is_for_administrators_only(client, tree, user_factory):
    editor = tree.editor_a
    client.force_login(editor)
    assert client.get(reverse("plugins_admin:list")).status_code in (302, 403)
    admin = user_factory(pseudonym="Beheer", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(reverse("plugins_admin:list"))
    assert response.status_code == 200 and "forum" in response.content.decode()


def test_admin_keeps_what_was_typed_when_settings_are_invalid(client, tree, user_factory):
    module = plugin_module("typed")
    module.PLUGIN = plugins.Plugin(
        name="typed",
        settings_schema={"type": "object", "properties": {"limit": {"type": "integer"}}, "additionalProperties": False},
    )
    admin = user_factory(pseudonym="Beheer", is_superuser=True, is_staff=True)
    client.force_login(admin)
    with registry.temporarily(module):
        url = reverse("plugins_admin:edit", args=["typed"])
        response = client.post(url, {"enabled": "on", "settings": '{"limit": "drie"'})
        assert response.status_code == 200
        html = response.content.decode()
        assert "geen geldige JSON" in html and "{&quot;limit&quot;: &quot;drie&quot;" in html
        response = client.post(url, {"enabled": "on", "settings": '{"limit": "drie"}'})
        assert "is not of type" in response.content.decode()
        assert not PluginSetting.objects.filter(plugin="typed").exists()
        response = client.post(url, {"enabled": "on", "settings": '{"limit": 3}'})
        assert response.status_code == 302
        assert plugins.is_enabled("typed") and plugins.settings_for("typed") == {"limit": 3}
