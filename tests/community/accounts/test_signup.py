"""Sign-up, login and email verification with a pseudonym; bad input gets a clear error and keeps what was typed."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from community.accounts.models import User

pytestmark = pytest.mark.django_db

SIGNUP = reverse("account_signup")
GOOD = {
    "pseudonym": "Nachtuil",
    "email": "nieuw@example.org",
    "password1": "een-Lang-wachtwoord-42",
    "password2": "een-Lang-wachtwoord-42",
    "health_data_consent": "on",
}


def signup(client, **changes):
    return client.post(SIGNUP, {**GOOD, **changes})


def test_sign_up_verify_email_and_log_in(client):
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert user.pseudonym == "Nachtuil"
    assert user.language == "nl"
    # The confirmation email is in Dutch and names the pseudonym, never anything else.
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    client.post(path)
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_cannot_log_in_before_verifying_email(client):
    signup(client)
    client.logout()
    response = client.post(reverse("account_login"), {"login": GOOD["email"], "password": GOOD["password1"]})
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert client.get(reverse("accounts:profile")).status_code == 302


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"pseudonym": "mail mij op jan@example.org"}, "pseudonym", "geen e-mailadres"),
        ({"pseudonym": "bel 06-12345678"}, "pseudonym", "geen telefoonnummer"),
        ({"pseudonym": "+31 6 1234 5678"}, "pseudonym", "geen telefoonnummer"),
        ({"pseudonym": "06_1234_5678"}, "pseudonym", "geen telefoonnummer"),
        ({"pseudonym": "ab"}, "pseudonym", "minstens 3"),
        ({"pseudonym": "<script>alert(1)</script>"}, "pseudonym", "Gebruik in je schuilnaam alleen"),
        ({"password1": "kort", "password2": "kort"}, "password1", "te kort"),
        ({"password2": "iets-anders-dan-het-eerste-1"}, "password2", "hetzelfde wachtwoord"),
        ({"email": "geen-email"}, "email", "geldig e-mailadres"),
    ],
)
def test_bad_sign_up_input_is_explained_and_kept(client, changes, field, message):
    response = signup(client, **changes)
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    assert message in html
    # What was typed is still there (except passwords), and escaped.
    if field == "pseudonym":
        assert 'value="%s"' % changes["pseudonym"].replace("<", "&lt;").replace(">", "&gt;") in html
    assert "<script>alert(1)</script>" not in html
    assert not User.objects.filter(email=changes.get("email", GOOD["email"])).exists()


def test_taken_email_is_not_revealed_but_its_owner_is_told(client, user_factory):
    """Whether an address has an account is private (allauth's enumeration prevention):
    the sign-up looks the same, no second account appears and the owner gets an email."""
    user_factory(email="bezet@example.org", pseudonym="Bezet")
    response = signup(client, email="bezet@example.org", pseudonym="Anders")
    assert response.status_code == 302
    assert User.objects.filter(email__iexact="bezet@example.org").count() == 1
    assert not User.objects.filter(pseudonym="Anders").exists()
    assert mail.outbox[-1].to == ["bezet@example.org"]


def test_taken_pseudonym_is_refused(client, user_factory):
    user_factory(email="bezet@example.org", pseudonym="Bezet")
    response = signup(client, pseudonym="bEZET")
    assert "al in gebruik" in response.content.decode()
    assert User.objects.filter(pseudonym__iexact="bezet").count() == 1


def test_sign_up_in_english(client):
    client.cookies["django_language"] = "en"
    response = signup(client, pseudonym="bel 0612345678")
    assert "may not contain a phone number" in response.content.decode()


def test_password_reset_sends_a_dutch_link_and_sets_a_new_password(client, user_factory):
    user = user_factory(email="vergeten@example.org")
    response = client.post(reverse("account_reset_password"), {"email": "vergeten@example.org"})
    assert response.status_code == 302
    body = mail.outbox[-1].body
    path = re.search(r"http://testserver(/account/password/reset/key/\S+/)", body).group(1)
    form_url = client.get(path).url  # allauth redirects to the key-less URL
    response = client.post(form_url, {"password1": "nieuw-Lang-wachtwoord-7", "password2": "nieuw-Lang-wachtwoord-7"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("nieuw-Lang-wachtwoord-7")


def test_password_reset_for_unknown_address_reveals_nothing(client, user_factory):
    user_factory(email="bekend@example.org")
    known = client.post(reverse("account_reset_password"), {"email": "bekend@example.org"})
    unknown = client.post(reverse("account_reset_password"), {"email": "onbekend@example.org"})
    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == known["Location"]
    # The requester learns nothing; the owner of the unknown address is told no account exists.
    known_mail, unknown_mail = mail.outbox
    assert known_mail.to == ["bekend@example.org"] and "/account/password/reset/key/" in known_mail.body
    assert unknown_mail.to == ["onbekend@example.org"] and "/account/password/reset/key/" not in unknown_mail.body


def test_sign_up_never_stores_a_member_without_pseudonym(client, user_factory):
    """allauth saves the user before its signup hook; the adapter sets the pseudonym first,
    so even a stray row with an empty pseudonym cannot block later sign-ups."""
    stray = user_factory(email="stray@example.org")
    User.objects.filter(pk=stray.pk).update(pseudonym="")
    response = signup(client)
    assert response.status_code == 302
    assert User.objects.get(email=GOOD["email"]).pseudonym == "Nachtuil"
    assert not User.objects.filter(pseudonym="").exclude(pk=stray.pk).exists()
