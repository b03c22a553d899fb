"""Trust pages: privacy statement, contact, about, accessibility statement and house rules.

Linked in every page's footer from one cached query, one page of each kind, created by the demo,
and the forum's old house-rules address redirects to the editable page.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import Page

from community.pages import blocks
from community.pages.models import TrustKind, TrustPage, trust_links
from tests.factories import TrustPageFactory

pytestmark = pytest.mark.django_db

RULES_URL = "/forum/huisregels/"


def all_kinds(**overrides):
    return {kind: TrustPageFactory(kind=kind, **overrides.get(kind, {})) for kind in TrustKind.values}


def footer(html):
    return html.split('<footer class="site-footer">', 1)[1]


def trust_page_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "kind": page.kind,
        "intro": page.intro,
        "last_reviewed": page.last_reviewed.isoformat(),
        "body-count": "1",
        "body-0-type": "rich_text",
        "body-0-value": '{"blocks":[{"key":"a","text":"Tekst","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


# --- The footer ----------------------------------------------------------------------------------


def test_footer_links_the_live_trust_pages_for_visitors_members_and_outside_wagtail(client, tree, member):
    pages = all_kinds()
    draft = pages[TrustKind.ACCESSIBILITY]
    draft.unpublish()
    for path in ["/", reverse("search"), reverse("account_login"), reverse("account_signup")]:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        html = footer(response.content.decode())
        for kind in (TrustKind.PRIVACY, TrustKind.CONTACT, TrustKind.ABOUT, TrustKind.HOUSE_RULES):
            assert f'href="{pages[kind].url}" data-trust="{kind}"' in html, (path, kind)
        assert 'data-trust="accessibility"' not in html
    client.force_login(member)
    for path in ["/", reverse("accounts:profile")]:
        html = footer(client.get(path).content.decode())
        assert f'href="{pages[TrustKind.PRIVACY].url}" data-trust="privacy"' in html
        assert html.index('data-trust="privacy"') < html.index('data-trust="house_rules"')  # the kinds' order


def test_footer_without_trust_pages_has_no_empty_list(client, tree):
    html = footer(client.get("/").content.decode())
    assert "site-footer__trust" not in html


def test_trust_links_are_cached_and_cleared_on_publish_unpublish_move_and_delete(tree, django_assert_num_queries):
    privacy = TrustPageFactory(kind=TrustKind.PRIVACY, title="Privacy")
    trust_links()
    with django_assert_num_queries(0):
        assert [link["title"] for link in trust_links()] == ["Privacy"]

    contact = TrustPageFactory(kind=TrustKind.CONTACT, title="Contact")  # published: cleared
    assert [link["kind"] for link in trust_links()] == ["privacy", "contact"]

    privacy.title = "Privacyverklaring"
    privacy.save_revision().publish()
    assert trust_links()[0]["title"] == "Privacyverklaring"

    contact.unpublish()
    assert [link["kind"] for link in trust_links()] == ["privacy"]

    privacy.slug = "nieuw-adres"
    privacy.save_revision().publish()
    assert trust_links()[0]["url"] == "/nieuw-adres/"

    # Moving the page: the link follows. (Under the information overview is not allowed in the
    # admin, but the cache does not care where it went.)
    Page.objects.get(pk=privacy.pk).move(tree.section_a.get_parent(), pos="last-child")
    assert trust_links()[0]["url"] == "/informatie/nieuw-adres/"

    Page.objects.get(pk=privacy.pk).delete()
    assert trust_links() == []


@pytest.mark.parametrize("with_pages", [False, True])
def test_footer_query_count_is_flat(client, tree, with_pages, django_assert_max_num_queries):
    """With five trust pages or none, a warm page costs what it cost before: the links come from the cache."""
    if with_pages:
        all_kinds()
    client.get("/")  # warm the caches
    with django_assert_max_num_queries(20) as warm:
        assert client.get("/").status_code == 200
    assert not [q for q in warm.captured_queries if "pages_trustpage" in q["sql"]]


# --- One of each kind ----------------------------------------------------------------------------


def test_each_kind_exists_once_in_the_database(tree):
    TrustPageFactory(kind=TrustKind.CONTACT)
    with pytest.raises(IntegrityError), transaction.atomic():
        TrustPageFactory(kind=TrustKind.CONTACT, slug="contact-2")


def test_the_admin_form_refuses_a_second_page_of_a_kind_with_a_clear_error(client, tree, user_factory):
    client.cookies["django_language"] = "en"
    admin = user_factory(is_staff=True, is_superuser=True)
    admin.language = "en"
    admin.save()
    existing = TrustPageFactory(kind=TrustKind.HOUSE_RULES, title="Huisregels")
    client.force_login(admin)
    new = TrustPage(title="Nog meer regels", slug="nog-meer-regels", kind=TrustKind.HOUSE_RULES, intro="")
    new.last_reviewed = existing.last_reviewed
    response = client.post(f"/admin/pages/add/pages/trustpage/{tree.home.pk}/", trust_page_form(new))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is already a page of this kind: “Huisregels”" in html
    assert TrustPage.objects.filter(kind=TrustKind.HOUSE_RULES).count() == 1

    # Another kind is fine; editing the existing page keeps its own kind.
    response = client.post(
        f"/admin/pages/add/pages/trustpage/{tree.home.pk}/",
        trust_page_form(new, kind=TrustKind.CONTACT, **{"action-publish": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(
        f"/admin/pages/{existing.pk}/edit/",
        trust_page_form(existing, title="Onze huisregels", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    assert TrustPage.objects.get(pk=existing.pk).title == "Onze huisregels"


def test_no_more_trust_pages_can_be_added_once_all_exist_and_they_cannot_be_copied(client, tree, user_factory):
    assert TrustPage.can_create_at(tree.home)
    pages = all_kinds()
    assert not TrustPage.can_create_at(tree.home)
    assert not TrustPage.can_create_at(tree.section_a)  # only under the home page
    admin = user_factory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    client.cookies["django_language"] = "en"
    response = client.get(f"/admin/pages/{pages[TrustKind.CONTACT].pk}/copy/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{tree.home.pk}/"
    response = client.post(
        f"/admin/pages/{pages[TrustKind.CONTACT].pk}/copy/",
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": tree.home.pk},
        follow=True,
    )
    assert "This page cannot be copied" in response.content.decode()
    assert TrustPage.objects.count() == len(TrustKind.values)


# --- The pages themselves ------------------------------------------------------------------------


def test_trust_page_shows_title_intro_last_reviewed_and_the_other_trust_pages(client, tree):
    client.cookies["django_language"] = "en"
    pages = all_kinds()
    about = pages[TrustKind.ABOUT]
    html = client.get(about.url).content.decode()
    assert f"<h1>{about.title}</h1>" in html
    assert about.intro in html
    assert "Last reviewed" in html and f'datetime="{about.last_reviewed.isoformat()}"' in html
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    assert "More about Wijkplein" in main
    assert pages[TrustKind.PRIVACY].url in main
    assert 'aria-current="page"' in footer(html)


def test_retention_table_block_renders_the_privacy_cores_rows(client, tree, monkeypatch):
    client.cookies["django_language"] = "en"
    rows = [
        {"key": "chat.group", "label": "Messages in a group chat", "days": 90, "description": "Then erased."},
        {"key": "mailbox", "label": "Closed mailbox conversations", "days": 730, "description": ""},
        {"key": "account", "label": "Your account", "days": None, "description": "Until you delete it."},
    ]
    monkeypatch.setattr(blocks, "retention_rows_or_empty", lambda: rows)
    page = TrustPageFactory(
        kind=TrustKind.PRIVACY,
        body=[
            {"type": "rich_text", "value": "<p>Wat we bewaren.</p>"},
            {"type": "retention_table", "value": {"caption": "Bewaartermijnen"}},
        ],
    )
    html = client.get(page.url).content.decode()
    table = html.split('<table class="retention-table__table">', 1)[1].split("</table>", 1)[0]
    assert "<caption>Bewaartermijnen</caption>" in table
    assert re.search(r'<tr data-retention="chat.group">\s*<th scope="row">Messages in a group chat</th>', table)
    periods = re.findall(r"<td[^>]*>([^<]*)</td>", table)
    assert "90 days" in periods and "2 years" in periods and "As long as needed" in periods
    assert "Until you delete it." in table
    assert "theme/css/trust.css" in html


def test_retention_table_without_rows_says_so(client, tree, monkeypatch):
    client.cookies["django_language"] = "en"
    monkeypatch.setattr(blocks, "retention_rows_or_empty", lambda: [])
    page = TrustPageFactory(kind=TrustKind.PRIVACY, body=[{"type": "retention_table", "value": {"caption": ""}}])
    html = client.get(page.url).content.decode()
    assert "<table" not in html.split('<main id="main"', 1)[1]
    assert "The table of retention periods is not available right now" in html


def test_retention_rows_come_from_the_privacy_core_when_it_is_there():
    try:
        from community.privacy.retention import retention_rows
    except ImportError:
        pytest.skip("community.privacy.retention is not there yet: the block shows an empty table")
    assert blocks.retention_rows_or_empty() == retention_rows()


# --- The forum's house rules ---------------------------------------------------------------------


def test_forum_house_rules_redirect_permanently_to_the_trust_page_when_it_exists(client, tree):
    client.cookies["django_language"] = "en"
    response = client.get(RULES_URL)  # no page yet: the built-in text
    assert response.status_code == 200
    assert "House rules of the forum" in response.content.decode()

    rules = TrustPageFactory(kind=TrustKind.HOUSE_RULES, slug="huisregels")
    response = client.get(RULES_URL)
    assert response.status_code == 301
    assert response["Location"] == rules.url == "/huisregels/"
    assert client.head(RULES_URL).status_code == 301
    assert client.post(RULES_URL).status_code == 405

    # The forum's own navigation still links to the old address, which keeps working.
    assert reverse("peer_forum:rules") == RULES_URL
    rules.unpublish()
    assert client.get(RULES_URL).status_code == 200


# --- The demo ------------------------------------------------------------------------------------


def test_demo_creates_all_five_complete_trust_pages_once(client):
    call_command("seed_demo", stdout=io.StringIO())
    pages = {page.kind: page for page in TrustPage.objects.live()}
    assert set(pages) == set(TrustKind.values)
    privacy = pages[TrustKind.PRIVACY]
    revision = privacy.live_revision_id
    call_command("seed_demo", stdout=io.StringIO())  # idempotent, and editors' pages are left alone
    assert TrustPage.objects.count() == len(TrustKind.values)
    assert TrustPage.objects.get(pk=privacy.pk).live_revision_id == revision

    for page in pages.values():
        raw = str(page.body.raw_data)
        assert "[[" not in raw, page.kind  # every link between the pages is filled in
        assert "lorem" not in raw.lower()
        response = client.get(page.url)
        assert response.status_code == 200, page.kind
        html = response.content.decode()
        for other in pages.values():
            assert f'href="{other.url}" data-trust="{other.kind}"' in html

    privacy_text = str(privacy.body.raw_data)
    assert [block.block_type for block in privacy.body].count("retention_table") == 1
    for words in ("verwerkersovereenkomst", "Autoriteit Persoonsgegevens", "7 dagen", "gezamenlijke", "moderatoren"):
        assert words.lower() in privacy_text.lower(), words
    contact_text = str(pages[TrustKind.CONTACT].body.raw_data)
    assert "112" in contact_text and "0800-0113" in contact_text and "@wijkplein.example" in contact_text
    assert "WCAG 2.2" in str(pages[TrustKind.ACCESSIBILITY].body.raw_data)
    rules = pages[TrustKind.HOUSE_RULES]
    assert "het forum, de chat en de postbus" in rules.intro
    assert client.get(RULES_URL)["Location"] == rules.url
    # The links between trust pages point at real pages.
    contact_html = client.get(pages[TrustKind.ACCESSIBILITY].url).content.decode()
    assert f'href="{pages[TrustKind.CONTACT].url}"' in contact_html.split('<main id="main"', 1)[1]
