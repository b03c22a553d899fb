"""Provider self-registration through real URLs: the public form (bad input, honeypot, duplicates,
rate limit), the administrators' notification, the review in the Wagtail admin (who may open it),
approve and reject with their emails, and the goal: a provider approved today can sign in, publish
a service on the social map and receive messages (once it has verified a professional)."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection

import plugins
from community.accounts.models import Role, User
from community.accounts.services import verification_grant
from community.notifications.models import Notification
from community.pages.models import PartnerSectionPage
from community.partners import services
from community.partners.models import Neighbourhood, PartnerMembership, PartnerOrganisation, ProviderApplication
from socialmap.mailbox import services as mailbox
from socialmap.models import Organization, Service
from tests.factories.accounts import UserFactory
from tests.factories.pages import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english(settings):
    """The assertions read the English texts: pages and services speak English here (the Dutch
    catalogue is checked for completeness by tests/test_project.py)."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


APPLY = "/aanbieder-worden/"
DONE = "/aanbieder-worden/bedankt/"
ADMIN = "/admin/provider-applications/"
OFFER = "Wij bieden gratis opvoedondersteuning aan ouders met jonge kinderen in Deventer-Oost."


@pytest.fixture
def topics(db):
    return [TopicFactory(name="Slapen"), TopicFactory(name="Stress")]


@pytest.fixture
def administrator(tree):
    return UserFactory(pseudonym="Beheerder", is_staff=True, is_superuser=True)


def form_data(chosen, **overrides):
    data = {
        "organisation_name": "Stichting Samen Sterk",
        "kvk_number": "12345678",
        "website": "https://samensterk.example",
        "offer": OFFER,
        "topics": [str(topic.pk) for topic in chosen],
        "contact_name": "Jan de Vries",
        "contact_email": "jan@samensterk.example",
        "contact_phone": "0570 123 456",
        "homepage": "",
    }
    data.update(overrides)
    return data


def apply(topics, **overrides):
    return services.application_submit(
        **{
            "organisation_name": "Stichting Samen Sterk",
            "kvk_number": "12345678",
            "offer": OFFER,
            "topics": topics,
            "contact_name": "Jan de Vries",
            "contact_email": "jan@samensterk.example",
            **overrides,
        }
    )


def errors(response):
    return response.context["form"].errors


# --- The public form ---------------------------------------------------------------------------


def test_anyone_can_open_the_form_and_it_is_linked_from_every_page(client, topics):
    response = client.get(APPLY)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="kvk_number"' in html and "Slapen" in html
    assert 'name="homepage"' in html and 'tabindex="-1"' in html  # the honeypot, out of the way
    assert reverse("partners:apply") == APPLY
    assert f'href="{APPLY}"' in client.get(DONE).content.decode()  # the footer


def test_an_application_is_stored_the_administrators_are_told_and_the_applicant_gets_a_confirmation(
    client, tree, topics, administrator, django_capture_on_commit_callbacks
):
    reviewer_group = Group.objects.create(name="Platformbeheer")
    reviewer_group.permissions.add(Permission.objects.get(codename="review_providerapplication"))
    second_administrator = UserFactory(pseudonym="Beheerder Twee")
    second_administrator.groups.add(reviewer_group)
    inactive = UserFactory(is_superuser=True, is_active=False)
    wijk = Neighbourhood.objects.create(name="Colmschate", slug="colmschate")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPLY, form_data(topics, kvk_number="1234 5678", neighbourhoods=[str(wijk.pk)]))
    assert response.status_code == 302 and response["Location"] == DONE

    application = ProviderApplication.objects.get()
    assert application.kvk_number == "12345678" and application.is_pending
    assert set(application.topics.all()) == set(topics) and list(application.neighbourhoods.all()) == [wijk]
    assert application.language == "en" and application.user is None and application.partner is None

    # Every platform administrator is told, with a link to the review page; nobody else.
    notified = Notification.objects.filter(kind="partners.application")
    assert set(notified.values_list("recipient", flat=True)) == {administrator.pk, second_administrator.pk}
    assert set(notified.values_list("target_url", flat=True)) == {f"{ADMIN}{application.pk}/"}
    assert not notified.filter(recipient__in=[tree.editor_a, inactive]).exists()

    # The emails carry nothing of what was typed.
    to_applicant = [m for m in mail.outbox if m.to == ["jan@samensterk.example"]]
    assert len(to_applicant) == 1 and "2" in to_applicant[0].body
    for message in mail.outbox:
        assert OFFER not in message.body and "Jan de Vries" not in message.body and "12345678" not in message.body
    assert {m.to[0] for m in mail.outbox} == {"jan@samensterk.example", administrator.email, second_administrator.email}

    thanks = client.get(DONE).content.decode()
    assert "2" in thanks and "Samen Sterk" not in thanks


@pytest.mark.parametrize("kvk", ["1234567", "123456789", "1234567a", "KvK 12", "        "])
def test_a_bad_kvk_number_gets_a_clear_error_and_keeps_what_was_typed(client, topics, kvk):
    response = client.post(APPLY, form_data(topics, kvk_number=kvk))
    assert response.status_code == 200
    assert "kvk_number" in errors(response)
    html = response.content.decode()
    assert "Stichting Samen Sterk" in html and OFFER in html and "jan@samensterk.example" in html
    assert 'role="alert"' in html
    assert not ProviderApplication.objects.exists()


def test_missing_fields_are_named_and_nothing_is_stored(client, topics):
    response = client.post(APPLY, {"homepage": ""})
    assert response.status_code == 200
    assert set(errors(response)) == {
        "organisation_name",
        "kvk_number",
        "offer",
        "topics",
        "contact_name",
        "contact_email",
    }
    assert not ProviderApplication.objects.exists()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"topics": ["999999"]}, "topics"),
        ({"topics": ["niet-een-getal"]}, "topics"),
        ({"neighbourhoods": ["abc"]}, "neighbourhoods"),
        ({"offer": "x" * 2001}, "offer"),
        ({"contact_email": "jan-at-example"}, "contact_email"),
        ({"website": "niet een adres"}, "website"),
        ({"contact_phone": "bel me maar"}, "contact_phone"),
        ({"organisation_name": "x" * 151}, "organisation_name"),
    ],
)
def test_bad_input_is_an_error_never_a_500(client, topics, overrides, field):
    response = client.post(APPLY, form_data(topics, **overrides))
    assert response.status_code == 200
    assert field in errors(response)
    assert not ProviderApplication.objects.exists()


def test_a_bot_filling_in_the_honeypot_is_thanked_and_nothing_happens(
    client, topics, administrator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPLY, form_data(topics, homepage="https://spam.example"))
    assert response.status_code == 302 and response["Location"] == DONE
    assert not ProviderApplication.objects.exists()
    assert not Notification.objects.exists() and mail.outbox == []


def test_a_second_application_for_the_same_kvk_number_gets_a_friendly_message(client, topics):
    apply(topics)
    response = client.post(APPLY, form_data(topics, organisation_name="Samen Sterk Deventer"))
    assert response.status_code == 200
    assert "We already have an application for this KvK number" in str(errors(response)["__all__"])
    assert "Samen Sterk Deventer" in response.content.decode()
    assert ProviderApplication.objects.count() == 1
    # The service says the same (also for two applications arriving at the same moment).
    with pytest.raises(ValidationError):
        apply(topics, organisation_name="Nog een naam")


def test_an_organisation_that_is_already_a_provider_is_told_so(client, tree, topics, administrator):
    response = client.post(APPLY, form_data(topics, organisation_name="centrum jeugd"))  # tree.partner_a
    assert "already a provider" in str(errors(response)["__all__"])
    services.application_approve(apply(topics), administrator)
    response = client.post(APPLY, form_data(topics, organisation_name="Heel Andere Naam"))  # same KvK number
    assert "already a provider" in str(errors(response)["__all__"])


def test_a_rejected_organisation_may_apply_again(client, topics, administrator):
    services.application_reject(apply(topics), administrator, "Wij missen uw aanbod voor ouders.")
    assert client.post(APPLY, form_data(topics)).status_code == 302
    assert ProviderApplication.objects.pending().count() == 1


@override_settings(PARTNERS_APPLY_RATE_LIMIT="2/h/ip")
def test_the_form_is_rate_limited_per_client_keeping_what_was_typed(client, topics):
    for _attempt in range(2):
        assert client.post(APPLY, form_data(topics, kvk_number="1")).status_code == 200
    response = client.post(APPLY, form_data(topics))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Stichting Samen Sterk" in html and "try again" in html
    assert not ProviderApplication.objects.exists()


@override_settings(PARTNERS_APPLY_EMAIL_RATE_LIMIT="1/d/key")
def test_one_email_address_cannot_be_sent_many_confirmations(client, topics):
    assert client.post(APPLY, form_data(topics)).status_code == 302
    response = client.post(APPLY, form_data(topics, kvk_number="87654321", organisation_name="Ander"))
    assert response.status_code == 429
    assert ProviderApplication.objects.count() == 1


# --- Review in the admin: who may open it -----------------------------------------------------


def review_urls(application):
    return {
        "list": ADMIN,
        "detail": f"{ADMIN}{application.pk}/",
    }


def test_anonymous_visitors_and_members_are_sent_to_the_login_door(client, tree, topics, member):
    application = apply(topics)
    for user in (None, member):
        if user:
            client.force_login(user)
        for url in review_urls(application).values():
            response = client.get(url)
            assert response.status_code == 302 and "login" in response["Location"], url
        for action in ("approve", "reject"):
            response = client.post(f"{ADMIN}{application.pk}/{action}/", {"note": "nee"})
            assert response.status_code == 302 and "login" in response["Location"]
    application.refresh_from_db()
    assert application.is_pending


def test_a_partner_editor_gets_403_everywhere_and_changes_nothing(client, tree, topics):
    application = apply(topics)
    client.force_login(tree.editor_a)
    requests = [("get", url, {}) for url in review_urls(application).values()] + [
        ("post", f"{ADMIN}{application.pk}/approve/", {}),
        ("post", f"{ADMIN}{application.pk}/reject/", {"note": "nee"}),
    ]
    for method, url, data in requests:
        # Wagtail answers a refusal inside the admin with a redirect to the dashboard and a message.
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and response["Location"] == "/admin/", url
        response = getattr(client, method)(url, data, headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 403, url
    application.refresh_from_db()
    assert application.is_pending and not PartnerOrganisation.objects.filter(name="Stichting Samen Sterk").exists()
    assert "Provider applications" not in client.get("/admin/").content.decode()


def test_an_administrator_sees_the_menu_item_with_the_count_and_the_list_pending_first(
    client, tree, topics, administrator
):
    decided = apply(topics, kvk_number="11111111", organisation_name="Eerder Afgewezen")
    services.application_reject(decided, administrator, "Geen aanbod in Deventer.")
    waiting = apply(topics)
    client.force_login(administrator)
    assert "Provider applications (1)" in client.get("/admin/").content.decode()
    response = client.get(ADMIN)
    assert response.status_code == 200
    assert [application.pk for application in response.context["page_obj"]] == [waiting.pk, decided.pk]
    detail = client.get(f"{ADMIN}{waiting.pk}/").content.decode()
    assert OFFER in detail and "jan@samensterk.example" in detail and "csrfmiddlewaretoken" in detail
    assert client.get(f"{ADMIN}{waiting.pk + 1000}/").status_code == 404
    assert client.get(f"{ADMIN}{waiting.pk}/approve/").status_code == 405  # a decision is a POST


def test_a_holder_of_the_review_permission_may_review_without_being_superuser(client, tree, topics):
    reviewer = UserFactory(is_staff=True)
    reviewer.user_permissions.add(
        Permission.objects.get(codename="review_providerapplication"),
        Permission.objects.get(codename="access_admin"),
    )
    application = apply(topics)
    client.force_login(reviewer)
    assert client.get(ADMIN).status_code == 200
    response = client.post(f"{ADMIN}{application.pk}/reject/", {"note": "Geen KvK-inschrijving gevonden."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ProviderApplication.Status.REJECTED and application.reviewed_by == reviewer


# --- Approve -------------------------------------------------------------------------------------


def password_link(message):
    found = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+)", message.body)
    return found.group(1) if found else None


def test_approving_through_the_admin_sets_up_the_whole_provider_in_one_step(
    client, tree, topics, administrator, django_capture_on_commit_callbacks
):
    wijk = Neighbourhood.objects.create(name="Colmschate", slug="colmschate")
    application = apply(topics, website="https://samensterk.example", neighbourhoods=[wijk])
    mail.outbox.clear()
    client.force_login(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}{application.pk}/approve/")
    assert response.status_code == 302

    application.refresh_from_db()
    partner = application.partner
    assert application.status == ProviderApplication.Status.APPROVED
    assert application.reviewed_by == administrator and application.reviewed_at is not None
    # The partner, with what the core sets up for every partner ...
    assert partner.name == "Stichting Samen Sterk" and partner.slug == "stichting-samen-sterk"
    assert partner.description == OFFER and partner.website == "https://samensterk.example"
    assert partner.email == "" and partner.phone == ""  # the contact person's details are not published
    assert list(partner.neighbourhoods.all()) == [wijk]
    assert partner.editor_group is not None
    assert PartnerSectionPage.objects.get(partner=partner).live
    assert Collection.objects.filter(name=partner.name).exists()
    # ... its organisation on the social map ...
    organization = Organization.objects.get(partner=partner)
    assert organization.name == partner.name and organization.description == OFFER
    # ... and the editor account: its administrator, with a verified address and no password yet.
    editor = application.user
    assert editor.email == "jan@samensterk.example" and editor.pseudonym == "Redactie Stichting Samen Sterk"
    assert not editor.has_usable_password() and editor.is_active and not editor.is_staff
    assert EmailAddress.objects.get(user=editor).verified
    assert PartnerMembership.objects.get(partner=partner, user=editor).is_admin
    assert partner.editor_group in editor.groups.all()

    # The applicant is emailed how to start; nothing else of theirs is in it.
    [message] = [m for m in mail.outbox if m.to == ["jan@samensterk.example"]]
    assert password_link(message) and "/admin/" in message.body
    assert "Stichting Samen Sterk" in message.body


def test_the_new_editor_sets_a_password_signs_in_publishes_and_receives_messages(
    client, tree, topics, administrator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = services.application_approve(apply(topics), administrator)
    editor = application.user
    partner = application.partner
    [message] = [m for m in mail.outbox if m.to == [editor.email] and password_link(m)]

    # The link in the email lets them choose a password (allauth's reset-from-key flow) ...
    response = client.get(password_link(message))
    assert response.status_code == 302
    new_password = "Een-nieuw-wachtwoord-2026"
    response = client.post(response["Location"], {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new_password)

    # They sign in; like every editor they set up an authenticator app first.
    response = client.post("/account/login/", {"login": editor.email, "password": new_password})
    assert response.status_code == 302
    assert client.get("/admin/")["Location"].startswith("/account/2fa/totp/activate/")

    # In the admin (past the second step) they publish a service of their own organisation today.
    client.force_login(editor)
    organization = Organization.objects.get(partner=partner)
    add_url = "/admin/socialmap/services/new/"
    response = client.post(add_url, with_defaults(client.get(add_url).context["form"], service_form(organization)))
    assert response.status_code == 302, response.context["form"].errors
    assert Service.objects.published().filter(organization=organization).exists()

    # The mailbox opens as soon as the partner's administrator verifies a professional (the
    # existing verification flow); before that, nobody answers it, so it does not accept messages.
    parent = UserFactory(pseudonym="Zonnebloem")
    assert not mailbox.accepts_messages(partner)
    with pytest.raises(ValidationError):
        mailbox.thread_start(parent, partner, "Mag ik iets vragen?")
    professional = UserFactory(pseudonym="Jeugdwerker Noor")
    verification_grant(granted_by=editor, user=professional, role=Role.PROFESSIONAL, partner=partner)
    assert mailbox.accepts_messages(partner)
    thread = mailbox.thread_start(parent, partner, "Mijn zoon slaapt slecht. Kunnen jullie helpen?")
    assert thread.partner == partner
    assert Notification.objects.filter(recipient=professional, kind="mailbox.new").exists()


def with_defaults(form, data):
    """`data` on top of the form's own initial values (fields other features add keep their defaults)."""
    initial = {}
    for name in form.fields:
        value = form[name].value()
        if value not in (None, "", [], False):
            initial[name] = [str(v) for v in value] if isinstance(value, (list, tuple)) else value
    return {**initial, **data}


def service_form(organization):
    from tests.factories.socialmap import inline_formset as inline

    return {
        "organization": str(organization.pk),
        "name": "Opvoedspreekuur Samen Sterk",
        "description": "Elke maandag een spreekuur voor ouders.",
        "target_group": "parents",
        "status": "active",
        "published": "on",
        "is_free": "on",
        **inline("phones"),
        **inline("schedules", [{"weekday": "MO", "opens_at": "09:00", "closes_at": "12:00", "notes": ""}]),
        **inline("service_at_locations"),
    }


def test_approving_twice_or_rejecting_an_approved_application_is_a_clear_error(client, tree, topics, administrator):
    application = services.application_approve(apply(topics), administrator)
    with pytest.raises(ValidationError, match="already been approved"):
        services.application_approve(application, administrator)
    with pytest.raises(ValidationError, match="already been approved"):
        services.application_reject(application, administrator, "Toch niet.")
    assert PartnerOrganisation.objects.filter(name="Stichting Samen Sterk").count() == 1
    # Through the admin: a message, no second partner, no 500.
    client.force_login(administrator)
    response = client.post(f"{ADMIN}{application.pk}/approve/", follow=True)
    assert response.status_code == 200 and "already been approved" in response.content.decode()
    response = client.post(f"{ADMIN}{application.pk}/reject/", {"note": "Toch niet."}, follow=True)
    assert "already been approved" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ProviderApplication.Status.APPROVED and application.decision_note == ""


def test_only_administrators_decide(tree, topics):
    application = apply(topics)
    for user in (tree.editor_a, UserFactory()):
        with pytest.raises(PermissionDenied):
            services.application_approve(application, user)
        with pytest.raises(PermissionDenied):
            services.application_reject(application, user, "Nee.")
    application.refresh_from_db()
    assert application.is_pending


def test_a_name_whose_slug_is_taken_gets_a_free_one(tree, topics, administrator):
    application = apply(topics, organisation_name="Centrum Jeugd!")  # tree.partner_a is centrum-jeugd
    partner = services.application_approve(application, administrator).partner
    assert partner.slug == "centrum-jeugd-2" and partner.section_page.slug == "centrum-jeugd-2"


def test_a_partner_with_the_same_name_since_the_application_blocks_approval(tree, topics, administrator):
    application = apply(topics)
    PartnerOrganisation.objects.create(name="stichting samen sterk", slug="sss")
    with pytest.raises(ValidationError, match="already exists"):
        services.application_approve(application, administrator)
    application.refresh_from_db()
    assert application.is_pending and not User.objects.filter(email="jan@samensterk.example").exists()


def test_a_failing_set_up_leaves_nothing_behind(tree, topics, administrator, monkeypatch):
    """No information overview to hang the section from: the core's provisioning fails, so the whole
    approval is undone (no partner, no account) and the administrator reads why."""
    application = apply(topics)
    monkeypatch.setattr(plugins, "call", lambda *args, **kwargs: [])  # nothing gets set up
    with pytest.raises(ValidationError, match="could not be set up"):
        services.application_approve(application, administrator)
    assert not PartnerOrganisation.objects.filter(name="Stichting Samen Sterk").exists()
    assert not User.objects.filter(email="jan@samensterk.example").exists()
    application.refresh_from_db()
    assert application.is_pending


def test_an_applicant_with_an_account_keeps_it_and_gets_no_password_link(
    tree, topics, administrator, django_capture_on_commit_callbacks
):
    existing = UserFactory(email="jan@samensterk.example", pseudonym="Jan")
    application = apply(topics, contact_email="Jan@SamenSterk.example")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application = services.application_approve(application, administrator)
    assert application.user == existing and existing.has_usable_password()
    assert PartnerMembership.objects.get(partner=application.partner, user=existing).is_admin
    [message] = mail.outbox
    assert message.to == ["Jan@SamenSterk.example"] and password_link(message) is None


def test_a_long_or_odd_name_still_gives_a_valid_unique_pseudonym(tree, topics, administrator):
    UserFactory(pseudonym="Redactie Zorg & Welzijn 2")  # nothing to do with it: shows the rules hold
    first = services.application_approve(
        apply(topics, organisation_name="Zorg & Welzijn (Deventer) — 0612345678 Jeugd en Gezin Vereniging"),
        administrator,
    )
    second = services.application_approve(
        apply(
            topics,
            organisation_name="Zorg & Welzijn (Deventer) — 0612345678 Jeugd en Gezin Vereniging B",
            kvk_number="87654321",
            contact_email="tweede@example.org",
        ),
        administrator,
    )
    for application in (first, second):
        pseudonym = application.user.pseudonym
        application.user.full_clean()
        assert len(pseudonym) <= 30 and "0612345678" not in pseudonym
    assert first.user.pseudonym.lower() != second.user.pseudonym.lower()


# --- Reject ------------------------------------------------------------------------------------


def test_rejecting_needs_a_note_which_the_applicant_reads(
    client, tree, topics, administrator, django_capture_on_commit_callbacks
):
    application = apply(topics)
    client.force_login(administrator)
    response = client.post(f"{ADMIN}{application.pk}/reject/", {"note": "   "})
    assert response.status_code == 200 and "Write a short reason" in response.content.decode()
    application.refresh_from_db()
    assert application.is_pending

    mail.outbox.clear()
    note = "Uw organisatie werkt niet in Deventer. Wij nemen alleen lokale aanbieders op."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}{application.pk}/reject/", {"note": note})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ProviderApplication.Status.REJECTED and application.decision_note == note
    assert application.partner is None and application.user is None
    [message] = mail.outbox
    assert message.to == ["jan@samensterk.example"] and note in message.body and APPLY in message.body
    with pytest.raises(ValidationError, match="already been rejected"):
        services.application_approve(application, administrator)


def test_emails_are_written_in_the_language_of_the_form(client, topics, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.cookies["django_language"] = "en"
        client.post(APPLY, form_data(topics))
    application = ProviderApplication.objects.get()
    assert application.language == "en"
    assert mail.outbox[0].subject == "We have received your application for Wijkplein"


# --- Personal data and retention --------------------------------------------------------------


def test_the_editor_accounts_export_has_the_application_and_erasing_blanks_the_contact_details(
    tree, topics, administrator
):
    application = services.application_approve(apply(topics, contact_phone="0570 123 456"), administrator)
    editor = application.user
    sections = {section.key: section for section in plugins.collect("personal_data_export", user=editor)}
    [exported] = sections["provider_applications"].data
    assert exported["contact_email"] == "jan@samensterk.example" and exported["kvk_number"] == "12345678"
    assert exported["topics"] == ["Slapen", "Stress"]
    assert "provider_applications" not in {
        section.key for section in plugins.collect("personal_data_export", user=administrator)
    }

    erased = {item.key: item.count for item in plugins.collect("personal_data_erase", user=editor)}
    assert erased["provider_applications"] == 1
    application.refresh_from_db()
    assert (application.contact_name, application.contact_email, application.contact_phone) == ("", "", "")
    assert application.organisation_name == "Stichting Samen Sterk"


def test_rejected_applications_are_deleted_after_the_retention_period(topics, administrator):
    old = apply(topics)
    services.application_reject(old, administrator, "Nee.")
    ProviderApplication.objects.filter(pk=old.pk).update(reviewed_at=timezone.now() - timedelta(days=181))
    recent = apply(topics, kvk_number="22222222", organisation_name="Recent")
    services.application_reject(recent, administrator, "Nee.")
    waiting = apply(topics, kvk_number="33333333", organisation_name="Wacht")
    assert services.applications_prune() == 1
    assert set(ProviderApplication.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}
