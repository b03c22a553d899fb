"""Our own forum screens: following a forum and the house rules (reports and the moderation queue
are the safety core's, community.moderation)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View

from forum import services
from forum.machina_models import Forum


class ForumSubscribeView(LoginRequiredMixin, View):
    """Follow or stop following a whole forum (POST only)."""

    def post(self, request, pk):
        forum = get_object_or_404(Forum, pk=pk)
        if request.POST.get("follow") == "0":
            services.forum_unsubscribe(forum, request.user)
            messages.success(request, _("You no longer follow this forum."))
        else:
            services.forum_subscribe(forum, request.user)
            messages.success(request, _("You now follow this forum. We let you know about new topics."))
        return redirect(reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}))


class ForumRulesView(TemplateView):
    """The house rules: editors keep them in the house-rules trust page (for the forum, the chat and
    the mailbox), so the old address redirects there for good. Without that page: the built-in text."""

    template_name = "peer_forum/rules.html"

    def get(self, request, *args, **kwargs):
        from community.pages.models import TrustKind, trust_url

        url = trust_url(TrustKind.HOUSE_RULES)
        if url:
            return redirect(url, permanent=True)
        return super().get(request, *args, **kwargs)
