"""Profile pages: your own (with edit), the public card of another member, and the welcome page for new members."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView, UpdateView

import plugins
from community.accounts.forms import AVATAR_MAX_BYTES, ProfileForm
from community.accounts.models import User
from community.middleware import PENDING_LANGUAGE_SESSION_KEY
from community.navigation import account_items, features


def _safe_next(request, default):
    target = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def one_login_door(request):
    """The admins' login URLs: every sign-in goes through allauth's login (GET or POST alike).

    Someone already signed in goes on to the admin if they may use it; otherwise the admin refused
    them, so they get a clear "no access" page (sending them to the login would loop).
    """
    django_admin = request.path.startswith("/django-admin/")
    target = _safe_next(request, "/django-admin/" if django_admin else "/admin/")
    user = request.user
    if user.is_authenticated:
        allowed = user.is_superuser if django_admin else user.has_perm("wagtailadmin.access_admin")
        if allowed:
            return redirect(target)
        raise PermissionDenied
    return redirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


def frontend_login_door(request):
    """Wagtail's login for pages with a view restriction: the same one door, back to the page after."""
    target = _safe_next(request, "/")
    if request.user.is_authenticated:
        return redirect(target)
    return redirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


class ProfileView(LoginRequiredMixin, TemplateView):
    template_name = "accounts/profile.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["member"] = user
        context["verifications"] = user.verifications.select_related("partner").order_by("-granted_at")
        context["memberships"] = user.partner_memberships.select_related("partner")
        context["panels"] = panels_render(self.request, "dashboard_panels")
        # The same links as in the account menu (e.g. a coach's overview), from the plugins.
        context["account_items"] = account_items(self.request)
        return context


def panels_render(request, hook_name, **kwargs):
    """[{"key", "title", "html"}] of the plugins' `Panel`s, each template rendered with its context.

    The context is data, so the template's autoescaping applies to everything a plugin returns.
    A panel whose template fails is left out and recorded as that plugin's failure.
    """
    from plugins.manager import registry

    rendered = []
    for plugin_name, result in plugins.call(hook_name, request=request, **kwargs):
        for panel in result if isinstance(result, (list, tuple)) else [result]:
            if not isinstance(panel, plugins.Panel):
                continue
            try:
                html = render_to_string(panel.template, dict(panel.context), request=request)
            except Exception as error:  # noqa: BLE001 - isolation: the page renders without the panel
                registry.failure(plugin_name, hook_name, error)
                continue
            rendered.append({"key": panel.key, "title": panel.title, "html": html, "order": panel.order})
    return sorted(rendered, key=lambda panel: (panel["order"], panel["key"]))


# The welcome page's three first steps: (feature keys, the first that is on wins), title, text, link.
WELCOME_STEPS = (
    (
        ("information", "topics"),
        _("Read what can help you"),
        _("Reliable information about raising children, stress, sleep and more. Written by local organisations."),
        _("Start reading"),
    ),
    (
        ("forum",),
        _("Join a conversation"),
        _("Talk with other parents who know what it is like. Others only see your pseudonym."),
        _("Go to the forum"),
    ),
    (
        ("socialmap",),
        _("Find help nearby"),
        _("See which organisations in your neighbourhood can help you, and how to reach them."),
        _("Open the social map"),
    ),
)


class WelcomeView(LoginRequiredMixin, TemplateView):
    """Where a new member lands after signing up: three first steps, no empty profile.

    The steps link to the features the registry offers, so a feature that is switched off drops
    out. The page stays reachable later from the profile.
    """

    template_name = "accounts/welcome.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        offered = {item.key: item for item in features(self.request) if item.url}
        steps = []
        for keys, title, text, link_text in WELCOME_STEPS:
            feature = next((offered[key] for key in keys if key in offered), None)
            if feature is not None:
                steps.append(
                    {"key": feature.key, "title": title, "text": text, "link_text": link_text, "url": feature.url}
                )
        context["steps"] = steps
        return context


class ProfileEditView(LoginRequiredMixin, UpdateView):
    form_class = ProfileForm
    template_name = "accounts/profile_edit.html"
    success_url = reverse_lazy("accounts:profile")
    # community.uploads.PerFileLimitUploadHandler stops storing an avatar past this size.
    max_upload_file_size = AVATAR_MAX_BYTES

    def get_object(self, queryset=None):
        return self.request.user

    def form_valid(self, form):
        response = super().form_valid(form)
        self.request.session[PENDING_LANGUAGE_SESSION_KEY] = form.instance.language
        messages.success(self.request, _("Your profile has been saved."))
        return response


class MemberDetailView(LoginRequiredMixin, DetailView):
    """What other members may see of someone: pseudonym, badge, avatar, bio. Never email or real name.

    Only for signed-in members: visitors and crawlers cannot walk through the member list.
    """

    template_name = "accounts/member_detail.html"
    context_object_name = "member"
    queryset = User.objects.filter(is_active=True).with_badges()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # What features show about a member to others (their forum activity, …), never private data.
        context["panels"] = panels_render(self.request, "profile_panels", member=self.object)
        return context
