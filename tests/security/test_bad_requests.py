"""Malformed requests get a clear 4xx, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"/zelfhulp-cursussen/cursus/{HUGE}/aanmelden/",
        f"/zelfhulp-cursussen/les/{HUGE}/klaar/",
        f"/zelfhulp-cursussen/coach/deelnemer/{HUGE}/",
        f"/meldingen/{HUGE}/",
        f"/forum/meld/{HUGE}/",
        f"/forum/attachment/{HUGE}/",
        f"/forum/forum/x-{HUGE}/",
        f"/profiel/leden/{HUGE}/",
        f"/admin/pages/{HUGE}/edit/",
    ],
)
def test_ids_beyond_any_database_integer_are_not_found(client, member, path):
    client.force_login(member)
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404


def test_an_incomplete_post_to_a_view_reading_request_post_is_a_400(client, tree):
    """Wagtail's page editor indexes request.POST directly: a hand-made POST without its fields."""
    from tests.factories import InformationPageFactory, UserFactory

    page = InformationPageFactory.build(title="Een pagina", slug="een-pagina")
    tree.section_a.add_child(instance=page)
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.post(f"/admin/pages/{page.pk}/edit/", {})
    assert response.status_code == 400
    assert "Er klopt iets niet" in response.content.decode()


@pytest.mark.parametrize("path", ["/admin/users/?group={huge}", "/admin/pages/{page}/?owner={huge}"])
def test_an_id_beyond_any_integer_in_a_query_string_is_a_400(client, tree, path):
    """Wagtail's admin filters hand query-string ids to the database as they are: SQLite raises
    OverflowError (a 400 page now); on PostgreSQL Django finds nothing and the list is empty."""
    from django.db import connection

    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(path.format(huge=HUGE, page=tree.section_a.pk))
    assert response.status_code == (400 if connection.vendor == "sqlite" else 200)
