"""allauth's sign-up form, made to cost the same whether or not the email address has an account.

With enumeration prevention allauth answers both cases alike, but for an existing address it
only sends an "account exists" email: it skips hashing the password and creating the user. The
hashing alone (PBKDF2, ~0.5 s) made the two cases easy to tell apart by response time. Kept apart
from forms.py: allauth's forms module imports SignupExtraForm from there when it loads.
"""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # The same work set_password does for a new account, with the configured hasher; the
            # result is thrown away. (The remaining difference, a few INSERTs, is milliseconds.)
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
