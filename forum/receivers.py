"""Glue between machina's model events and our services (machina's forms give us no other seam)."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from forum import services
from forum.machina_models import Post


@receiver(pre_save, sender=Post, dispatch_uid="peer_forum_post_hold")
def post_hold(sender, instance, raw=False, **kwargs):
    if raw:
        return
    services.post_hold_if_needed(instance)


@receiver(post_save, sender=Post, dispatch_uid="peer_forum_post_saved")
def post_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if getattr(instance, "_wijkplein_hold_reason", None):
        services.post_held(instance)
        del instance._wijkplein_hold_reason
    elif created and instance.approved:
        services.post_published(instance)
