"""allauth adapter: the pseudonym, not the email, names a member; the profile language is applied at login."""
from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation

from community.middleware import PENDING_LANGUAGE_SESSION_KEY


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Set the pseudonym and language before the first save, so no row ever lacks them."""
        user = super().save_user(request, user, form, commit=False)
        user.pseudonym = form.cleaned_data.get("pseudonym", "")
        user.language = getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE
        if commit:
            user.save()
        return user

    def populate_username(self, request, user):
        # There is no username; the pseudonym is set by the sign-up form.
        return None

    def login(self, request, user):
        super().login(request, user)
        if user.language:
            translation.activate(user.language)
            request.session[PENDING_LANGUAGE_SESSION_KEY] = user.language


def user_display(user):
    """allauth shows this name in messages and emails: always the pseudonym."""
    return getattr(user, "pseudonym", "") or ""
