"""Sign-up costs the same whether or not the address has an account: the password is hashed either way.

Counted, not timed: the configured hasher's encode runs once on both paths.
"""

import pytest
from django.contrib.auth.hashers import get_hasher
from django.core import mail
from django.urls import reverse

from community.accounts.models import User

pytestmark = pytest.mark.django_db

FORM = {
    "pseudonym": "Nachtuil",
    "email": "nieuw@example.org",
    "password1": "een-Lang-wachtwoord-42",
    "password2": "een-Lang-wachtwoord-42",
    "health_data_consent": "on",
}


@pytest.fixture
def hashings(monkeypatch):
    hasher_class = type(get_hasher())
    calls = []
    original = hasher_class.encode

    def counting(self, password, salt, *args, **kwargs):
        calls.append(password)
        return original(self, password, salt, *args, **kwargs)

    monkeypatch.setattr(hasher_class, "encode", counting)
    return calls


def test_new_and_existing_address_both_hash_the_password_once(client, user_factory, hashings):
    user_factory(email="bezet@example.org", pseudonym="Bezet")
    hashings.clear()

    new = client.post(reverse("account_signup"), FORM)
    new_calls = list(hashings)
    hashings.clear()
    client.logout()
    existing = client.post(reverse("account_signup"), {**FORM, "email": "BEZET@example.org", "pseudonym": "Anders"})

    assert new.status_code == existing.status_code == 302
    assert new["Location"] == existing["Location"]
    assert new_calls == [FORM["password1"]]
    assert hashings == [FORM["password1"]]
    # Still no second account, and the owner of the address is told.
    assert not User.objects.filter(pseudonym="Anders").exists()
    assert mail.outbox[-1].to == ["bezet@example.org"]
