"""What Wijkplein adds around machina: forum subscriptions and private spaces (reports and the log
live in the safety core, community.moderation)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class ForumSubscription(models.Model):
    """A member follows a whole forum (machina itself only knows topic subscriptions)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="wijkplein_subscriptions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("forum subscription")
        verbose_name_plural = _("forum subscriptions")
        constraints = [models.UniqueConstraint(fields=["user", "forum"], name="peer_forum_subscription_unique")]


class PrivateSpace(models.Model):
    """A private group forum (a course cohort, a local talking group): visible only to its group."""

    forum = models.OneToOneField("forum.Forum", on_delete=models.CASCADE, related_name="private_space")
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="private_forum_space")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("private forum space")
        verbose_name_plural = _("private forum spaces")

    def __str__(self):
        return self.forum.name
