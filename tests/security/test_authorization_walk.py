"""Every URL of the site, both admins included, requested as every role: the answers must match one table.

The walk fills each URL's ids with real objects that belong to someone else (the member's answers,
private forum space and notifications; partner B's draft page, media, services and verifications)
and requests it with GET and with an empty POST as each role in `ROLES`, each request inside a
rolled-back transaction so no request changes what the next one sees. The answer is reduced to one
letter and compared with `tests/security/authz_table.py`:

    O  2xx: served          R  3xx elsewhere      L  3xx to a login step (login, admin login door, 2FA)
    D  403/404: refused     B  400/405/409/413/429: the request itself was refused
    X  5xx: always a failure

A URL that is not in the table fails the test, so a new view cannot ship without a decision about
who may see it. After a deliberate change, `AUTHZ_RECORD=tests/security/authz_table.py pytest
tests/security` writes the observed table; review its diff line by line before committing it.
"""

import os
import pprint
import re
import uuid
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.admin_url_finder import AdminURLFinder  # noqa: F401  (loads Wagtail's admin URL registry)
from wagtail.models import Page

from tests.security.world import ROLES, World

pytestmark = pytest.mark.django_db

# Server errors inside Wagtail's own views on an empty POST (only editors reach them; nothing is
# changed). Upstream behaviour, listed one by one so that no new one slips in unseen.
UPSTREAM_ERRORS = {
    "admin/failwhale/": "Wagtail's page for testing error reporting raises on purpose",
    "admin/choose-external-link/": "Wagtail's external-link form fails on a missing url field",
    "admin/pages/<int:page_to_move_id>/set_position/": "Wagtail reads an absent position parameter",
    "admin/redirects/import/process/": "Wagtail's redirect import expects the file it stored first",
    "admin/snippets/choose/pages/topic/create/": "Wagtail's chooser create view on an empty form",
    "admin/snippets/choose/partners/neighbourhood/create/": "Wagtail's chooser create view on an empty form",
    "admin/snippets/choose/partners/partnerorganisation/create/": "Wagtail's chooser create view on an empty form",
    "admin/snippets/choose/selfhelp/cohort/create/": "Wagtail's chooser create view on an empty form",
    "django-admin/forum_conversation/topic/add/": "machina's Topic.clean reads the forum an empty form lacks",
}
LOGIN_STEPS = ("/account/login/", "/admin/login/", "/django-admin/login/", "/account/2fa/", "/account/reauthenticate/")


def routes():
    def walk(patterns, prefix="", namespaces=()):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                namespace = (pattern.namespace,) if pattern.namespace else ()
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), namespaces + namespace)
            else:
                yield prefix + str(pattern.pattern), pattern, namespaces

    seen = {}
    for route, pattern, namespaces in walk(get_resolver().url_patterns):
        seen.setdefault(route, (pattern, namespaces))  # the first one wins, as in resolving
    return seen


def model_of(pattern):
    callback = pattern.callback
    model = getattr(callback, "view_initkwargs", {}).get("model")
    view_class = getattr(callback, "view_class", None)
    model = model or getattr(view_class, "model", None)
    if isinstance(model, str):
        from django.apps import apps

        model = apps.get_model(model)
    return model if hasattr(model, "_meta") else None


class Filler:
    """Real ids of other people's and partner B's objects for every URL keyword."""

    def __init__(self, world):
        w = self.w = world
        self.by_model = {
            **({"wijkplein_agenda.activity": w.activity_b} if w.activity_b else {}),
            "accounts.user": w.member,
            "accounts.verification": w.verification,
            "partners.partnerorganisation": w.partner_b,
            "auth.group": w.partner_b.editor_group,
            "socialmap.organization": w.organization_b,
            "socialmap.location": w.location_b,
            "socialmap.service": w.draft_service_b,
            "wagtailimages.image": w.image_b,
            "wagtaildocs.document": w.document_b,
            "wagtailcore.collection": w.collection_b,
            "notifications.notification": w.notification,
            "forum.forum": w.private_forum,
            "forum_conversation.topic": w.private_topic,
            "forum_conversation.post": w.private_post,
            "forum_attachments.attachment": w.attachment,
            "forum_polls.topicpoll": w.poll,
            "matching.helperprofile": w.helper_profile_b,
            "partners.providerapplication": w.application,
        }
        self.by_name = {
            "name": "agenda",  # a plugin's settings screen
            "page_id": w.page_b.pk,
            "parent_page_id": w.page_b.pk,
            "revision_id": w.revision_b.pk,
            "image_id": w.image_b.pk,
            "document_id": w.document_b.pk,
            "collection_id": w.collection_b.pk,
            "course_id": w.course.pk,
            "lesson_id": w.lesson.pk,
            "enrolment_id": w.enrolment.pk,
            "answer_id": w.answer.pk,
            "block_id": str(w.answer.block_id) if hasattr(w.answer, "block_id") else "x",
            "forum_pk": w.private_forum.pk,
            "forum_slug": w.private_forum.slug,
            "topic_pk": w.private_topic.pk,
            "topic_slug": w.private_topic.slug,
            "user_id": w.member.pk,
            "group_id": w.partner_b.editor_group_id,
            "page_to_move_id": w.page_b.pk,
            "destination_id": w.tree.section_a.pk,
            "doc_id": w.document_b.pk,
            "uuid": w.draft_service_b.uuid,
            "key": "x",
            "uidb36": "x",
            "rest": "x",
        }

    def machina_pk(self, name, route):
        """machina's URLs call every id `pk`: which object it means follows from the URL's name."""
        w = self.w
        if "member/profile/" in route:  # a member's card and post list (ours or machina's view)
            return w.member.pk
        checks = [
            (("attachment",), w.attachment.pk),
            (("poll",), w.poll.pk),
            (("profile", "user_posts"), w.member.pk),
            (("queued_post", "approve"), w.held_post.pk),
            (("mark_",), w.private_forum.pk),
            (("post",), w.private_post.pk),
            (("topic",), w.private_topic.pk),
        ]
        for words, pk in checks:
            if any(word in name for word in words):
                return pk
        return w.private_forum.pk

    def value(self, route, name, kwarg, converter, model):
        w = self.w
        if name == "moderation:report":
            # Reporting a post in the private space, which only the member may see (and so report).
            return {"kind": "forum.post", "object_id": str(w.private_post.pk)}[kwarg]
        if name and name.startswith("chat:"):
            # The member's own 1:1 chat and transcript; a group room hosted by the professional.
            return {
                "slug": w.chat_room.slug,
                "public_id": w.member_chat.public_id,
                "pk": w.transcript.pk,
                "action": "sluiten" if name == "chat:pro-action" else "bewaren",
            }[kwarg]
        if name and name.startswith("mailbox:"):
            # The member's conversation with partner A (its attachment); partner A's mailbox settings.
            return {
                "public_id": w.mail_thread.public_id,
                "attachment_id": w.mail_attachment.public_id,
                "slug": w.partner_a.slug,
            }[kwarg]
        if route.startswith("admin/privacy/leden/") and kwarg == "user_pk":
            return w.other_member.pk  # an administrator processes another member's request
        if route.startswith("admin/provider-applications/") and kwarg == "pk":
            return w.application.pk  # a plain ViewSet: the walk cannot read its model from the route
        if name and name.startswith("matching:"):
            # The member's saved search; partner B's professional as a contact found by matching.
            if name == "matching:contact":
                return {"kind": "hulpverlener", "public_id": w.helper_profile_b.public_id}[kwarg]
            return {"public_id": w.saved_match.public_id}[kwarg]
        if route.startswith("api/hsds/") and kwarg == "id":
            return {
                "services/": w.draft_service_b.uuid,
                "organizations/": w.organization_b.uuid,
            }.get(route[len("api/hsds/") :].split("<")[0], uuid.uuid4())
        if kwarg in ("pk", "slug") and route.startswith("forum/"):
            pk = self.machina_pk(name or "", route)
            if kwarg == "slug":
                for obj in (w.private_topic, w.private_forum):
                    if obj.pk == pk:
                        return obj.slug
                return "x"
            return pk
        if kwarg in ("pk", "id", "object_id", "instance_id") and model is not None:
            label = model._meta.label_lower
            if label in self.by_model:
                return self.by_model[label].pk
            if issubclass(model, Page):
                return w.page_b.pk
            first = model._default_manager.order_by("pk").first()
            return first.pk if first else 1
        if kwarg == "pk" and route.startswith("plugins/agenda/") and w.activity_b is not None:
            return w.activity_b.pk  # the example plugin's own pages (ids differ per database)
        if kwarg == "pk":
            # Wagtail's admin API: /admin/api/main/{pages,images,documents}/<pk>/
            # (the route text reads "admin/api/main/^documents/<int:pk>/").
            for segment, obj in (("documents/", w.document_b), ("images/", w.image_b), ("pages/", w.page_b)):
                if route.startswith("admin/api/") and segment in route:
                    return obj.pk
            return {
                "accounts:member-detail": w.member.pk,
                "notifications:open": w.notification.pk,
                "moderation:item": w.report.item_id,
                "moderation:member": w.other_member.pk,
                "moderation:measure-lift": w.restriction.pk,
            }.get(name, 1)
        if kwarg in self.by_name:
            return self.by_name[kwarg]
        if kwarg in ("app_label", "app_name"):
            return model._meta.app_label if model else "pages"
        if kwarg == "model_name":
            return model._meta.model_name if model else "x"
        if converter == "uuid":
            return uuid.uuid4()
        if converter == "int":
            return 1
        return "x"

    def url(self, route, pattern, namespaces):
        special = {
            "documenten/^(\\d+)/(.*)$": lambda: f"/documenten/{self.w.document_b.pk}/folder-b.pdf",
            "admin/pages/^(?P<pk>\\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\\d+)\\.\\.\\."
            "(?P<revision_id_b>live|latest|\\d+)/$": lambda: (
                f"/admin/pages/{self.w.page_b.pk}/revisions/compare/earliest...latest/"
            ),
            "^((?:[\\w\\-]+/)*)$": lambda: (
                self.w.page_b.url_path.replace(self.w.tree.home.url_path, "/", 1) if self.w.page_b.url_path else "/"
            ),
        }
        if route in special:
            return special[route]()
        model = model_of(pattern)
        name = ":".join((*namespaces, pattern.name)) if pattern.name else None
        # Keywords come from the whole route: an include's prefix can carry some (machina's forum_pk).
        converters = {key: kind for kind, key in re.findall(r"<(?:(\w+):)?(\w+)>", route)}
        converters.update({key: "str" for key in re.findall(r"\(\?P<(\w+)>", route)})
        kwargs = {key: self.value(route, name, key, converters.get(key), model) for key in converters}
        if name:
            try:
                return reverse(name, kwargs=kwargs)
            except Exception:  # noqa: BLE001 - fall back to filling the route text
                pass
        path = route
        for key, value in kwargs.items():
            for converter in ("int", "str", "slug", "uuid", "path", ""):
                path = path.replace(f"<{converter}:{key}>" if converter else f"<{key}>", str(value))
        return "/" + path.replace("^", "").replace("$", "")


def letter(response):
    status = response.status_code
    if status >= 500:
        return "X"
    if 300 <= status < 400:
        location = urlsplit(response.get("Location", "")).path
        return "L" if location.startswith(LOGIN_STEPS) else "R"
    if status in (403, 404, 410):
        return "D"
    if status >= 400:
        return "B"
    return "O"


@pytest.fixture
def clients(db):
    world = World()
    result = {}
    for role in ROLES:
        client = Client(raise_request_exception=False)
        user = world.user(role)
        if user is not None:
            client.force_login(user)
        result[role] = client
    return world, result


def request_isolated(client, method, url):
    cookies = client.cookies
    client.cookies = type(cookies)(cookies)
    try:
        with transaction.atomic():
            response = getattr(client, method)(url)
            transaction.set_rollback(True)
    finally:
        client.cookies = cookies
    if response.streaming:
        # Consuming the stream lets the test client close the response (and a served file) the
        # safe way; response.close() would fire request_finished and close the database connection.
        b"".join(response.streaming_content)
    return response


# machina's forum form in the Django admin builds a URL field without assume_scheme (Django 6.0 notice).
@pytest.mark.filterwarnings(
    "ignore:The default scheme will be changed:django.utils.deprecation.RemovedInDjango60Warning"
)
def test_every_url_answers_every_role_as_the_table_says(clients):
    world, by_role = clients
    filler = Filler(world)
    observed, urls = {}, {}
    for route, (pattern, namespaces) in sorted(routes().items()):
        url = filler.url(route, pattern, namespaces)
        urls[route] = url
        row = []
        for method in ("get", "post"):
            row.append("".join(letter(request_isolated(by_role[role], method, url)) for role in ROLES))
        observed[route] = tuple(row)

    record = os.environ.get("AUTHZ_RECORD")
    if record:
        with open(record, "w") as handle:
            handle.write('"""Who may do what: generated by the authorization walk, reviewed by hand."""\n')
            handle.write("# ruff: noqa: E501\n")
            handle.write(f"ROLES = {ROLES!r}\n\n")
            handle.write("# route: (GET answers, POST answers), one letter per role in ROLES\n")
            handle.write("TABLE = ")
            handle.write(pprint.pformat(observed, width=120, sort_dicts=True))
            handle.write("\n")

    from tests.security.authz_table import ROLES as TABLE_ROLES
    from tests.security.authz_table import TABLE

    assert TABLE_ROLES == ROLES
    problems = []
    for route, answers in observed.items():
        if "X" in "".join(answers) and route not in UPSTREAM_ERRORS:
            problems.append(f"{urls[route]}: a server error as {answers}")
        expected = TABLE.get(route)
        if expected is None:
            problems.append(f"{route} ({urls[route]}): not in the table; decide who may use it. Observed {answers}")
        elif expected != answers:
            for method, want, got in zip(("GET", "POST"), expected, answers):
                for role, w, g in zip(ROLES, want, got):
                    if w != g:
                        problems.append(f"{method} {urls[route]} as {role}: expected {w}, got {g}")
    for route in set(TABLE) - set(observed):
        problems.append(f"{route}: in the table but no longer a URL; remove it")
    assert not problems, "\n".join(problems)
