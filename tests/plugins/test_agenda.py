"""The example plugin wijkplein-agenda, end to end: discovered through its entry point, switched on
and off per site and partner, isolated when it fails, its settings validated, its admin scoped to
the editor's own organisation, its personal data exported and erased."""

import datetime
import importlib.metadata
import io
import json
import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site
from wijkplein_agenda.models import Activity, Attendance
from wijkplein_agenda.services import EDITOR_PERMISSIONS

import plugins
from community.middleware import policy_with_plugin_sources
from community.partners.models import Neighbourhood
from plugins.manager import registry
from plugins.models import PluginSetting
from tests.factories import InformationPageFactory, PartnerFactory, TopicFactory, UserFactory

LIST = "/plugins/agenda/"
ADMIN = "/admin/agenda/activities"
HOST = "https://meet.example.nl"
PANEL_TITLE = "Deze week in de wijk"
NOTICE = "This part of the page is not available at the moment."


@pytest.fixture(autouse=True)
def _fresh_plugin_state():
    """The enabled-state snapshot and the failure records live in the cache: start every test clean."""
    cache.clear()
    yield
    cache.clear()


def enable(*, partners=(), settings=None, enabled=True):
    row, _created = PluginSetting.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        plugin="agenda",
        defaults={"enabled": enabled, "settings": settings or {}},
    )
    row.partners.set(partners)
    return row


def activity(partner, title="Inloopspreekuur opvoeden", *, days=1, **extra):
    starts_at = timezone.now() + datetime.timedelta(days=days)
    values = {
        "partner": partner,
        "title": title,
        "description": "Loop binnen met je vraag.",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=1),
        "location": "Stromarkt 22",
        "published": True,
        **extra,
    }
    return Activity.objects.create(**values)


@pytest.fixture
def world(tree):
    tree.wijk = Neighbourhood.objects.create(name="Rivierenwijk", slug="rivierenwijk")
    tree.slapen = TopicFactory(name="Slapen", slug="slapen")
    tree.own = activity(tree.partner_a, "Ouderavond slapen", neighbourhood=tree.wijk, topic=tree.slapen)
    tree.theirs = activity(tree.partner_b, "Puberspreekuur", days=2)
    tree.page = InformationPageFactory(
        section=tree.section_a,
        title="Goed slapen",
        body=[{"type": "plugin", "value": {"block": "agenda.week", "options": '{"limit": 3, "topic": "slapen"}'}}],
    )
    return tree


# --- discovery ---------------------------------------------------------------------------------


def test_registry_finds_the_agenda_through_its_entry_point():
    entry_points = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="wijkplein.plugins")}
    assert entry_points.get("agenda") == "wijkplein_agenda.hooks"
    record = registry.load().record("agenda")
    assert record.loaded and not record.problems and not record.builtin
    assert record.source == "wijkplein-agenda"
    assert {"navigation_items", "url_patterns", "streamfield_blocks", "dashboard_panels", "partner_provision"} <= set(
        record.hooks
    )
    # Declared order: the core provisions the editor group before the agenda grants it permissions.
    assert registry.order.index("community") < registry.order.index("agenda")


@pytest.mark.django_db
def test_manage_py_plugins_lists_the_agenda_with_its_hooks():
    out = io.StringIO()
    call_command("plugins", stdout=out)
    text = out.getvalue()
    assert "agenda 0.1.0  [wijkplein-agenda]" in text
    assert "module: wijkplein_agenda.hooks" in text
    assert "hooks: aggregate_counts, csp_sources, dashboard_panels, demo_data, navigation_items" in text


# --- enable / disable end to end ---------------------------------------------------------------


def test_disabled_the_agenda_leaves_no_trace(client, world):
    enable(enabled=False, settings={"embed_host": HOST})
    client.force_login(world.editor_a)
    assert client.get(LIST).status_code == 404
    assert client.get(f"{LIST}{world.own.pk}/").status_code == 404
    home = client.get("/")
    assert home.status_code == 200 and LIST not in home.content.decode()
    profile = client.get("/profiel/")
    assert profile.status_code == 200 and PANEL_TITLE not in profile.content.decode()
    page = client.get(world.page.url)
    assert page.status_code == 200
    assert NOTICE in page.content.decode() or "niet beschikbaar" in page.content.decode()
    assert "Ouderavond slapen" not in page.content.decode()
    assert HOST not in page.headers["Content-Security-Policy"]


def test_enabled_for_the_site_everything_is_there(client, world):
    enable(settings={"embed_host": HOST})
    client.force_login(world.editor_a)
    home = client.get("/").content.decode()
    assert f'href="{LIST}"' in home
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert "Ouderavond slapen" in listing.content.decode() and "Puberspreekuur" in listing.content.decode()
    profile = client.get("/profiel/").content.decode()
    assert PANEL_TITLE in profile and "Ouderavond slapen" in profile
    page = client.get(world.page.url)
    body = page.content.decode()
    assert "Ouderavond slapen" in body and "Puberspreekuur" not in body  # the block's topic option
    assert "frame-src 'self'" in page.headers["Content-Security-Policy"]
    assert HOST in page.headers["Content-Security-Policy"]


def test_the_meeting_is_embedded_only_from_the_configured_host(client, world):
    online = activity(world.partner_a, "Online vragenuur", online_url=f"{HOST}/vragenuur", location="")
    elsewhere = activity(world.partner_a, "Elders online", online_url="https://other.example.org/x", location="")
    enable()  # no embed_host: a link, no iframe, no CSP host
    response = client.get(f"{LIST}{online.pk}/")
    assert "<iframe" not in response.content.decode() and f'href="{HOST}/vragenuur"' in response.content.decode()
    assert HOST not in response.headers["Content-Security-Policy"]
    enable(settings={"embed_host": HOST})
    response = client.get(f"{LIST}{online.pk}/")
    assert f'<iframe class="video-frame agenda-meeting" src="{HOST}/vragenuur"' in response.content.decode()
    assert "<iframe" not in client.get(f"{LIST}{elsewhere.pk}/").content.decode()


def test_enabled_only_for_partner_b_skips_partner_a_provisioning(world):
    enable(partners=[world.partner_b])
    for partner in (world.partner_a, world.partner_b):
        plugins.call("partner_provision", partner=partner)
    codenames = {
        partner.slug: set(
            partner.editor_group.permissions.filter(content_type__app_label="wijkplein_agenda").values_list(
                "codename", flat=True
            )
        )
        for partner in (world.partner_a, world.partner_b)
    }
    assert codenames == {"centrum-jeugd": set(), "ggd-test": set(EDITOR_PERMISSIONS)}
    # Only B's editor has the Agenda in the admin.
    assert not world.editor_a.has_perm("wijkplein_agenda.change_activity")


def test_csp_sources_never_pass_a_host_that_does_not_fit_the_schema(rf, world):
    row = enable(settings={"embed_host": HOST})
    PluginSetting.objects.filter(pk=row.pk).update(settings={"embed_host": "https://x.nl; script-src *"})
    cache.clear()
    policy = policy_with_plugin_sources("default-src 'self'; frame-src 'self'", rf.get("/"))
    assert "script-src" not in policy and "x.nl" not in policy


# --- isolation ---------------------------------------------------------------------------------


def _break(monkeypatch, hook_name):
    def boom(**kwargs):
        raise RuntimeError("agenda is broken")

    for plugin_name, impl in registry.load().impls(hook_name):
        if plugin_name == "agenda":
            monkeypatch.setattr(impl, "function", boom)
            monkeypatch.setattr(impl, "argnames", ())


def test_a_failing_navigation_hook_leaves_the_home_page_without_it(client, world, monkeypatch):
    enable()
    _break(monkeypatch, "navigation_items")
    response = client.get("/")
    assert response.status_code == 200 and LIST not in response.content.decode()
    assert registry.failures()["agenda"]["hook"] == "navigation_items"
    assert "agenda is broken" in registry.failures()["agenda"]["error"]


def test_a_failing_dashboard_panel_leaves_the_profile_without_it(client, world, monkeypatch):
    enable()
    _break(monkeypatch, "dashboard_panels")
    client.force_login(world.editor_a)
    response = client.get("/profiel/")
    assert response.status_code == 200 and PANEL_TITLE not in response.content.decode()
    assert registry.failures()["agenda"]["hook"] == "dashboard_panels"


def test_a_failing_block_leaves_the_neutral_notice(client, world, monkeypatch):
    import wijkplein_agenda.blocks

    enable()
    monkeypatch.setattr(wijkplein_agenda.blocks.WEEK_BLOCK, "context", lambda options, request: 1 / 0)
    response = client.get(world.page.url)
    assert response.status_code == 200 and "Ouderavond slapen" not in response.content.decode()
    assert registry.failures()["agenda"]["hook"] == "streamfield_blocks"


# --- settings in the admin's Plugins screen ----------------------------------------------------


@pytest.fixture
def superuser(db):
    return UserFactory(pseudonym="Beheerder", is_staff=True, is_superuser=True)


def test_invalid_settings_show_an_error_and_keep_what_was_typed(client, tree, superuser):
    client.force_login(superuser)
    typed = '{"embed_host": "http://meet.example.nl"}'
    response = client.post("/admin/plugins/agenda/", {"enabled": "on", "settings": typed})
    assert response.status_code == 200
    text = response.content.decode()
    assert "embed_host" in text and "does not match" in text
    assert "http://meet.example.nl" in text  # kept in the textarea (escaped quotes)
    assert not PluginSetting.objects.filter(plugin="agenda").exists()
    response = client.post("/admin/plugins/agenda/", {"enabled": "on", "settings": '{"colour": "red"}'})
    assert "Additional properties are not allowed" in response.content.decode()


def test_valid_settings_are_saved_and_used(client, tree, superuser):
    client.force_login(superuser)
    response = client.post("/admin/plugins/agenda/", {"enabled": "on", "settings": json.dumps({"embed_host": HOST})})
    assert response.status_code == 302
    row = PluginSetting.objects.get(plugin="agenda")
    assert row.enabled and row.settings == {"embed_host": HOST}
    assert plugins.settings_for("agenda") == {"embed_host": HOST}
    assert plugins.settings_errors("agenda", {"embed_host": ""}) == []  # empty means "never embed"


def test_switching_it_on_in_the_admin_provisions_the_partners_that_exist(client, tree, superuser):
    """Only partner B ticked: B's editor group gets the agenda permissions, A's is skipped."""
    client.force_login(superuser)
    response = client.post("/admin/plugins/agenda/", {"enabled": "on", "partners": [tree.partner_b.pk]})
    assert response.status_code == 302
    assert tree.partner_b.editor_group.permissions.filter(codename="change_activity").exists()
    assert not tree.partner_a.editor_group.permissions.filter(codename="change_activity").exists()


# --- the pages ---------------------------------------------------------------------------------


def test_the_list_filters_on_neighbourhood_and_topic_without_javascript(client, world):
    enable()
    text = client.get(LIST, {"wijk": "rivierenwijk"}).content.decode()
    assert "Ouderavond slapen" in text and "Puberspreekuur" not in text
    text = client.get(LIST, {"onderwerp": "slapen"}).content.decode()
    assert "Ouderavond slapen" in text and "Puberspreekuur" not in text
    assert client.get(LIST, {"wijk": "bestaat-niet"}).status_code == 200  # an unknown slug is ignored
    text = client.get(LIST, {"wijk": "rivierenwijk", "onderwerp": "slapen"}).content.decode()
    assert 'method="get"' in text and "<script" not in text.split("</head>")[1]


def test_the_list_is_paginated_and_keeps_the_filters(client, world):
    enable()
    for number in range(13):
        activity(world.partner_a, f"Koffieochtend {number}", days=1 + number % 5, neighbourhood=world.wijk)
    text = client.get(LIST, {"wijk": "rivierenwijk"}).content.decode()
    assert 'href="?wijk=rivierenwijk&amp;page=2"' in text
    assert client.get(LIST, {"wijk": "rivierenwijk", "page": 2}).status_code == 200


def test_the_empty_state_is_plain_dutch(client, tree):
    enable()
    text = client.get(LIST).content.decode()
    assert "Er staat de komende 8 weken nog niets gepland." in text
    text = client.get(LIST, {"onderwerp": "slapen"}).content.decode()
    assert "Er staat de komende 8 weken nog niets gepland." in text  # the slug does not exist: no filter


def test_unpublished_and_past_activities_stay_out_of_the_list(client, world):
    enable()
    activity(world.partner_a, "Concept", published=False)
    activity(world.partner_a, "Vorige maand", days=-30)
    text = client.get(LIST).content.decode()
    assert "Concept" not in text and "Vorige maand" not in text
    draft = Activity.objects.get(title="Concept")
    assert client.get(f"{LIST}{draft.pk}/").status_code == 404
    assert client.get(f"{LIST}{draft.pk}/activiteit.ics").status_code == 404


def test_the_ics_download(client, world):
    enable()
    response = client.get(f"{LIST}{world.own.pk}/activiteit.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:Ouderavond slapen\r\n" in text
    assert f"URL:http://testserver{LIST}{world.own.pk}/" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_the_block_options_are_validated_by_their_schema(world):
    from wagtail.blocks.struct_block import StructBlockValidationError

    from plugins.blocks import PluginBlock

    block = PluginBlock()
    block.clean(block.to_python({"block": "agenda.week", "options": '{"limit": 3, "topic": "slapen"}'}))
    for options in ('{"limit": 0}', '{"limit": "drie"}', '{"colour": "red"}', '{"topic": "Slapen!"}'):
        with pytest.raises(StructBlockValidationError):
            block.clean(block.to_python({"block": "agenda.week", "options": options}))


def test_the_topic_page_shows_coming_activities_about_it(client, world):
    enable()
    text = client.get("/onderwerpen/slapen/").content.decode()
    assert f'href="{LIST}{world.own.pk}/"' in text and "Puberspreekuur" not in text


def test_related_content_and_counts(rf, world):
    enable()
    request = rf.get("/")
    items = plugins.collect("related_content", subject=plugins.Subject("topic", topics=[world.slapen]), request=request)
    assert [(item.title, item.kind) for item in items if item.kind == "activity"] == [("Ouderavond slapen", "activity")]
    now = timezone.now()
    counts = {
        count.key: count.value
        for count in plugins.collect("aggregate_counts", since=now, until=now + datetime.timedelta(days=7))
    }
    assert counts["agenda.activities"] == 2


# --- "I'm coming": personal data ---------------------------------------------------------------


def test_a_member_says_they_are_coming_and_can_export_and_erase_it(client, world, member):
    enable()
    url = f"{LIST}{world.own.pk}/ik-kom/"
    assert client.post(url).status_code == 302 and not Attendance.objects.exists()  # to the login
    client.force_login(member)
    assert client.get(url).status_code == 405
    client.post(url, {"going": "yes"})
    client.post(url, {"going": "yes"})
    assert Attendance.objects.filter(user=member, activity=world.own).count() == 1
    assert "Je hebt gezegd dat je komt." in client.get(f"{LIST}{world.own.pk}/").content.decode()
    profile = client.get("/profiel/").content.decode()
    assert "Je zei dat je komt" in profile
    exported = {section.key: section.data for section in plugins.collect("personal_data_export", user=member)}
    assert exported["agenda.attendances"][0]["activity"] == "Ouderavond slapen"
    erased = {item.key: item.count for item in plugins.collect("personal_data_erase", user=member)}
    assert erased["agenda.attendances"] == 1 and not Attendance.objects.filter(user=member).exists()


def test_personal_data_hooks_run_even_when_the_plugin_is_disabled(world, member):
    Attendance.objects.create(activity=world.own, user=member)
    enable(enabled=False)
    assert any(section.key == "agenda.attendances" for section in plugins.collect("personal_data_export", user=member))
    plugins.collect("personal_data_erase", user=member)
    assert not Attendance.objects.exists()


# --- the admin: only your own organisation's activities ----------------------------------------


@pytest.fixture
def provisioned(world):
    enable()
    for partner in (world.partner_a, world.partner_b):
        plugins.call("partner_provision", partner=partner)
    return world


def test_editors_see_and_change_only_their_own_activities(client, provisioned):
    world = provisioned
    client.force_login(world.editor_a)
    index = client.get(f"{ADMIN}/")
    assert index.status_code == 200
    assert "Ouderavond slapen" in index.content.decode() and "Puberspreekuur" not in index.content.decode()
    assert client.get(f"{ADMIN}/edit/{world.own.pk}/").status_code == 200
    # Another organisation's activity is a 404, exactly like one that does not exist (the core's
    # one rule for partner-owned records, community/partners/admin_policy.py).
    missing = Activity.objects.order_by("-pk").first().pk + 1000
    for view in ("edit", "delete", "history", "usage"):
        assert client.get(f"{ADMIN}/{view}/{world.theirs.pk}/").status_code == 404
        assert client.get(f"{ADMIN}/{view}/{missing}/").status_code == 404
    response = client.post(f"{ADMIN}/delete/{world.theirs.pk}/")
    assert response.status_code == 404 and Activity.objects.filter(pk=world.theirs.pk).exists()


def _form(partner, title):
    starts_at = timezone.localtime(timezone.now() + datetime.timedelta(days=3)).replace(microsecond=0)
    return {
        "partner": partner.pk,
        "title": title,
        "description": "",
        "starts_at": starts_at.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (starts_at + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "location": "Buurthuis",
        "neighbourhood": "",
        "online_url": "",
        "topic": "",
        "is_free": "on",
        "published": "on",
    }


def test_an_editor_adds_an_activity_only_for_their_own_organisation(client, provisioned):
    world = provisioned
    client.force_login(world.editor_a)
    response = client.post(f"{ADMIN}/new/", _form(world.partner_b, "Ondergeschoven"))
    assert response.status_code == 200 and not Activity.objects.filter(title="Ondergeschoven").exists()
    response = client.post(f"{ADMIN}/new/", _form(world.partner_a, "Nieuwe inloop"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Activity.objects.get(title="Nieuwe inloop").partner == world.partner_a


def test_the_admin_refuses_http_meeting_links_and_an_end_before_the_start(client, provisioned):
    world = provisioned
    client.force_login(world.editor_a)
    data = _form(world.partner_a, "Onveilig")
    data["online_url"] = "http://meet.example.nl/x"
    data["ends_at"] = data["starts_at"]
    response = client.post(f"{ADMIN}/new/", data)
    assert response.status_code == 200 and not Activity.objects.filter(title="Onveilig").exists()
    text = response.content.decode()
    assert "https://" in text


def test_without_the_plugin_for_their_partner_an_editor_has_no_agenda(client, world):
    enable(partners=[world.partner_b])
    for partner in (world.partner_a, world.partner_b):
        plugins.call("partner_provision", partner=partner)
    client.force_login(world.editor_a)
    assert client.get(f"{ADMIN}/").status_code in (302, 403)
    assert client.get(f"{ADMIN}/edit/{world.own.pk}/").status_code in (302, 403)
    client.force_login(world.editor_b)
    assert client.get(f"{ADMIN}/").status_code == 200


# --- demo and migrations -----------------------------------------------------------------------


def test_demo_data_is_idempotent(tree):
    cjg = PartnerFactory(name="Centrum voor Jeugd en Gezin Deventer", slug="cjg-deventer")
    PartnerFactory(name="GGD IJsselland", slug="ggd-ijsselland")
    from wijkplein_agenda.demo import agenda_demo_load

    agenda_demo_load(io.StringIO())
    first = Activity.objects.count()
    agenda_demo_load(io.StringIO())
    assert first == Activity.objects.count() == 4
    assert not Activity.objects.filter(starts_at__lt=timezone.now()).exists()
    assert cjg.agenda_activities.filter(title="Inloopspreekuur opvoeden", published=True).exists()


def test_makemigrations_is_clean_without_the_agenda_installed(tmp_path):
    """Wijkplein's own migrations never depend on the plugin (it is left out like an uninstalled one)."""
    env = {**os.environ, "WIJKPLEIN_PLUGINS_BLOCKED": "agenda", "DJANGO_SETTINGS_MODULE": "community.settings.test"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    code = "import django; django.setup(); from django.conf import settings; print('wijkplein_agenda' in settings.INSTALLED_APPS)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert result.stdout.strip() == "False", result.stderr[-2000:]
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
