"""Call-time enablement: which plugins are on for a site and a partner, read from one cached snapshot.

One query loads every PluginSetting of a site; the snapshot is kept in the cache (Redis in scale
mode, so every app server sees a change at once) and on the request, and dropped whenever a
setting changes. It also expires after a minute, so app servers with a cache of their own (local
memory) follow a change within that time. Built-in features are always on.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from plugins.manager import registry
from plugins.models import PluginSetting

CACHE_KEY = "wijkplein:plugins:state:{site_id}"
SNAPSHOT_SECONDS = 60
REQUEST_ATTRIBUTE = "_wijkplein_plugin_state"


def _site_id(request):
    from wagtail.models import Site

    if request is not None:
        site = Site.find_for_request(request)
        if site is not None:
            return site.pk
    default = cache.get("wijkplein:plugins:default-site")
    if default is None:
        default = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first() or 0
        cache.set("wijkplein:plugins:default-site", default, 300)
    return default


def snapshot(site_id):
    """{plugin name: {"enabled", "partners" (a frozenset of ids, or None for all), "settings"}}."""
    key = CACHE_KEY.format(site_id=site_id)
    state = cache.get(key)
    if state is None:
        state = {}
        rows = PluginSetting.objects.filter(site_id=site_id).prefetch_related("partners")
        for row in rows:
            partner_ids = frozenset(partner.pk for partner in row.partners.all())
            state[row.plugin] = {
                "enabled": row.enabled,
                "partners": partner_ids or None,
                "settings": row.settings or {},
            }
        cache.set(key, state, SNAPSHOT_SECONDS)
    return state


def request_snapshot(request):
    if request is not None:
        cached = getattr(request, REQUEST_ATTRIBUTE, None)
        if cached is not None:
            return cached
    state = snapshot(_site_id(request))
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, state)
    return state


def is_enabled(name, request=None, partner=None):
    record = registry.load().record(name)
    if record is None or not record.loaded:
        return False
    if record.builtin:
        return True
    entry = request_snapshot(request).get(name)
    if not entry or not entry["enabled"]:
        return False
    if partner is not None and entry["partners"] is not None:
        partner_id = getattr(partner, "pk", partner)
        return partner_id in entry["partners"]
    return True


def enabled_plugins(request=None, partner=None):
    return {record.name for record in registry.load().loaded_records() if is_enabled(record.name, request, partner)}


def stored_settings(name, request=None):
    entry = request_snapshot(request).get(name)
    return dict(entry["settings"]) if entry else {}


def invalidate(*_args, **_kwargs):
    from wagtail.models import Site

    for site_id in Site.objects.values_list("pk", flat=True):
        cache.delete(CACHE_KEY.format(site_id=site_id))
    cache.delete("wijkplein:plugins:default-site")


@receiver(post_save, sender=PluginSetting)
@receiver(post_delete, sender=PluginSetting)
def _setting_changed(sender, **kwargs):
    invalidate()


@receiver(m2m_changed, sender=PluginSetting.partners.through)
def _partners_changed(sender, **kwargs):
    invalidate()
