"""The public side of provider self-registration: the form at /aanbieder-worden/ and the thank-you page.

Anyone may apply, signed in or not. The form is rate limited per client (allauth's rate limits,
which keep the client's address only in the cache, for the length of the limit) and per contact
email address; a bot that fills in the honeypot is thanked and nothing is stored. The review
happens in the Wagtail admin (community/partners/admin_views.py).
"""

from allauth.core.internal import ratelimit
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from community.partners import services
from community.partners.app_settings import app_settings
from community.partners.forms import ProviderApplicationForm

RATE_LIMITED = 429


def _rate_limited(request, action, rate, key=None):
    """Whether this request goes over `rate` for `action` (and counts it when it does not)."""
    return not ratelimit.consume(request, app="partners", action=action, config={action: rate}, key=key)


class ApplyView(FormView):
    """/aanbieder-worden/: an organisation applies to become a provider."""

    template_name = "partners/apply.html"
    form_class = ProviderApplicationForm

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if _rate_limited(request, "apply", app_settings.APPLY_RATE_LIMIT):
            return self._refused(form, _("You have sent this form many times. Please wait an hour and try again."))
        if form.is_bound and form.is_bot():
            return redirect("partners:apply-done")
        if not form.is_valid():
            return self.form_invalid(form)
        email = form.cleaned_data["contact_email"].strip().lower()
        if _rate_limited(request, "apply_email", app_settings.APPLY_EMAIL_RATE_LIMIT, key=email):
            return self._refused(
                form,
                _("We have received several applications with this email address today. Please try again tomorrow."),
            )
        try:
            services.application_submit(language=getattr(request, "LANGUAGE_CODE", ""), **form.application_data())
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        return redirect("partners:apply-done")

    def _refused(self, form, message):
        form.is_valid()  # show what was typed, with the message on top
        form.add_error(None, message)
        return self.render_to_response(self.get_context_data(form=form), status=RATE_LIMITED)


class ApplyDoneView(TemplateView):
    """/aanbieder-worden/bedankt/: what happens next (the same for everyone: it shows nothing typed)."""

    template_name = "partners/apply_done.html"
