"""/hulp-vinden/: the questionnaire, the ranked results, contact, and a member's saved matches."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView, TemplateView

import plugins
from socialmap.matching import engine, services, weights
from socialmap.matching.forms import MatchForm
from socialmap.matching.models import HelperProfile, SavedMatch


def _actions(request, kind, obj, partner_id):
    return [
        action
        for action in plugins.collect("actions", kind=kind, obj=obj, request=request, partner=partner_id)
        if action.url
    ]


def _with_query(url, **params):
    return url + ("&" if "?" in url else "?") + urlencode(params)


def _no_fit_routes(request):
    """Where to go when nothing fits: the helpdesk's mailbox (through the mailbox's actions) and the forum."""
    routes = [(action.label, action.url, action.description) for action in _actions(request, "helpdesk", None, None)]
    routes += [
        (item.title, item.url, item.description)
        for item in plugins.collect("navigation_items", request=request)
        if item.key == "forum"
    ]
    return routes


class QuestionnaireView(TemplateView):
    """/hulp-vinden/: the questions, filled in with earlier answers when the member comes back to change them."""

    template_name = "matching/questionnaire.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or MatchForm(initial=self.request.GET.dict())
        # "Question {number} of {total}" for matching.js, which fills in the numbers.
        step_text = _("Question %(number)s of %(total)s") % {"number": "{number}", "total": "{total}"}
        context.update(form=form, questions=form.questions(), step_text=step_text)
        return context


class ResultsView(TemplateView):
    """/hulp-vinden/resultaten/?…: the providers that fit, best first, each with the reason.

    Nothing is stored: the answers live in the query string. Only a count per provider and day
    of how often it was shown is kept, for the providers' reports."""

    template_name = "matching/results.html"

    def get(self, request, *args, **kwargs):
        form = MatchForm(request.GET)
        if not form.is_valid():
            view = QuestionnaireView(request=request)
            context = view.get_context_data(form=form)
            return self.response_class(request, QuestionnaireView.template_name, context, status=400)
        answers = form.answers()
        page = Paginator(engine.rank(answers), weights.PAGE_SIZE).get_page(request.GET.get("page"))
        query = services.answers_query(form.cleaned_data)
        for result in page.object_list:
            engine.explain(result, answers)
            result.fresh = engine.freshness(result.updated_at)
            # Only a provider that answers messages gets "Contact" (which asks an anonymous visitor
            # to sign in); for the others the service page has the phone number and address.
            result.writes = bool(_actions(request, result.kind, result.obj, result.partner_id))
            contact = reverse("matching:contact", args=[result.url_kind, result.public_id])
            result.contact_url = f"{contact}?{query}"
        services.shown_count(result.partner_id for result in page.object_list)
        saved = None
        if request.user.is_authenticated:
            saved = SavedMatch.objects.filter(member=request.user, query=query).first()
        context = self.get_context_data(
            form=form,
            answers=answers,
            page_obj=page,
            results=page.object_list,
            query=query,
            extra_query=query,
            summary=form.summary(),
            saved=saved,
            no_fit_routes=_no_fit_routes(request) if not page.paginator.count else [],
        )
        return self.render_to_response(context)


class ContactView(LoginRequiredMixin, View):
    """/hulp-vinden/contact/<kind>/<id>/?<answers>: on to the provider's mailbox (after signing in,
    with the answers still in the link), or to the service page when it has no mailbox."""

    def get(self, request, kind, public_id):
        form = MatchForm(request.GET)
        summary = form.summary() if form.is_valid() else ""
        if kind == "dienst":
            from socialmap.models import Service

            obj = get_object_or_404(Service.objects.published().select_related("organization"), uuid=public_id)
            actions, fallback = _actions(request, "service", obj, obj.organization.partner_id), obj.get_absolute_url()
        elif kind == "hulpverlener":
            obj = get_object_or_404(
                HelperProfile.objects.filter(active=True, user__is_active=True).select_related("user", "partner"),
                public_id=public_id,
            )
            actions, fallback = _actions(request, "helper", obj, obj.partner_id), None
        else:
            raise Http404
        if not actions:
            messages.info(
                request,
                _("This provider does not receive messages through Wijkplein. Their contact details are below."),
            )
            if fallback is None:
                raise Http404
            return redirect(fallback)
        return redirect(_with_query(actions[0].url, via="match", onderwerp=summary))


class SaveView(LoginRequiredMixin, View):
    """POST /hulp-vinden/bewaren/: keep these answers to look at the results again later."""

    def post(self, request):
        form = MatchForm(request.POST)
        results_url = reverse("matching:results")
        if not form.is_valid():
            messages.error(request, _("These answers could not be saved. Check them and try again."))
            return redirect(reverse("matching:questionnaire"))
        query = services.answers_query(form.cleaned_data)
        try:
            services.saved_match_save(request.user, query, form.summary())
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Saved. You find it under “My saved searches”."))
        return redirect(f"{results_url}?{query}")


class SavedListView(LoginRequiredMixin, ListView):
    """/hulp-vinden/bewaard/: the member's own saved matches (nobody else's)."""

    template_name = "matching/saved.html"
    context_object_name = "saved_matches"
    paginate_by = 20

    def get_queryset(self):
        return SavedMatch.objects.filter(member=self.request.user)


class SavedDeleteView(LoginRequiredMixin, View):
    def post(self, request, public_id):
        if not services.saved_match_delete(request.user, public_id):
            raise Http404
        messages.success(request, _("The saved search was deleted."))
        next_url = request.POST.get("next") or ""
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse("matching:saved")
        return redirect(next_url or reverse("matching:saved"))
