"""Our forum screens: report a post, the report queue, handling a report, following a forum, the log."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, ListView, TemplateView, View

from community.accounts.roles import is_moderator
from forum import services
from forum.forms import PostReportForm, ReportHandleForm
from forum.machina_models import Forum, Post
from forum.models import ModerationAction, PostReport


def topic_url(topic, post=None):
    url = reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": topic.forum.slug, "forum_pk": topic.forum_id, "slug": topic.slug, "pk": topic.pk},
    )
    return f"{url}?post={post.pk}#{post.pk}" if post else url


class ModeratorRequiredMixin(LoginRequiredMixin):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PostReportCreateView(LoginRequiredMixin, FormView):
    """ "Meld dit bericht": a member tells the moderators what is wrong with a post."""

    form_class = PostReportForm
    template_name = "peer_forum/post_report.html"

    def dispatch(self, request, *args, **kwargs):
        # The gate middleware already answered 404 for posts in forums this member cannot read.
        self.post_object = get_object_or_404(
            Post.objects.select_related("topic__forum", "poster").filter(approved=True), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        topic = self.post_object.topic
        return super().get_context_data(forum_post=self.post_object, topic=topic, forum=topic.forum, **kwargs)

    def form_valid(self, form):
        services.post_report_create(
            self.post_object, self.request.user, form.cleaned_data["reason"], form.cleaned_data["explanation"]
        )
        messages.success(self.request, _("Thank you. A moderator will look at this post soon."))
        return redirect(topic_url(self.post_object.topic, self.post_object))


class ReportQueueView(ModeratorRequiredMixin, ListView):
    template_name = "peer_forum/report_queue.html"
    context_object_name = "reports"
    paginate_by = 25

    def get_queryset(self):
        return (
            PostReport.objects.open()
            .select_related("post__topic__forum", "post__poster", "reporter")
            .order_by("created_at")
        )


class ReportHandleView(ModeratorRequiredMixin, FormView):
    form_class = ReportHandleForm
    template_name = "peer_forum/report_handle.html"

    def dispatch(self, request, *args, **kwargs):
        self.report = get_object_or_404(
            PostReport.objects.select_related("post__topic__forum", "post__poster", "reporter"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        others = PostReport.objects.filter(post=self.report.post).select_related("reporter")
        return super().get_context_data(report=self.report, forum_post=self.report.post, all_reports=others, **kwargs)

    def form_valid(self, form):
        services.report_resolve(self.report, self.request.user, form.cleaned_data["action"], form.cleaned_data["note"])
        messages.success(self.request, _("The report has been handled."))
        return redirect("peer_forum:report-queue")


class ModerationLogView(ModeratorRequiredMixin, ListView):
    template_name = "peer_forum/moderation_log.html"
    context_object_name = "actions"
    paginate_by = 50

    def get_queryset(self):
        return ModerationAction.objects.select_related("moderator", "target_user")


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
    template_name = "peer_forum/rules.html"


def open_report_count(user):
    if not is_moderator(user):
        return 0
    return PostReport.objects.open().aggregate(n=Count("id"))["n"]
