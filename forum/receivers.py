"""Glue between machina's model events and our services (machina's forms give us no other seam)."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from forum import services
from forum.machina_models import Post
from forum.models import ModerationAction


@receiver(pre_save, sender=Post, dispatch_uid="peer_forum_post_hold")
def post_hold(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is not None:
        return
    services.post_hold_if_needed(instance)


@receiver(post_save, sender=Post, dispatch_uid="peer_forum_post_saved")
def post_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    reason = getattr(instance, "_wijkplein_hold_reason", None)
    if reason:
        services.moderation_action_record(None, ModerationAction.Kind.HOLD, post=instance, note=reason)
    elif instance.approved:
        services.post_published(instance)
