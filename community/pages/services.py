"""Setting up the platform's skeleton: groups, the page tree and the approval workflow. Idempotent."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site, Workflow, WorkflowPage
from wagtail.models.workflows import GroupApprovalTask, WorkflowTask

from community.accounts.models import PLATFORM_EDITORS_GROUP
from community.accounts.roles import MODERATORS_GROUP
from community.pages.models import HomePage, InformationIndexPage, TopicIndexPage

WORKFLOW_NAME = "Goedkeuring platformredactie"
PLATFORM_EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def _ensure_child(parent, model, **fields):
    existing = model.objects.child_of(parent).first()
    if existing:
        return existing
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def platform_setup(*, home_title="Samen sterk voor ouders en kinderen in Deventer"):
    """Create what every Wijkplein needs: home, information and topic overviews, groups, workflow."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    root = Page.get_first_root_node()
    if root is None:  # a flushed database (Wagtail's migrations normally create the root)
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title=home_title,
            slug="wijkplein",
            intro=(
                "Wijkplein is de online plek voor ouders in Deventer. Lees betrouwbare informatie, "
                "praat met andere ouders en vind hulp dichtbij."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        # Wagtail's install leaves a placeholder "Welcome" page as the site root; ours replaces it.
        site = Site.objects.filter(is_default_site=True).first()
        placeholder = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "Wijkplein"
            site.save()
        else:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Wijkplein")
        if placeholder and placeholder.specific_class is Page and placeholder.pk != home.pk:
            placeholder.delete()

    information = _ensure_child(
        home,
        InformationIndexPage,
        title="Informatie",
        slug="informatie",
        intro="Betrouwbare informatie van de partners van Wijkplein, in gewone taal.",
    )
    _ensure_child(
        home,
        TopicIndexPage,
        title="Onderwerpen",
        slug="onderwerpen",
        intro="Kies een onderwerp en vind alles wat erbij hoort.",
    )

    Group.objects.get_or_create(name=MODERATORS_GROUP)
    editors, _created = Group.objects.get_or_create(name=PLATFORM_EDITORS_GROUP)
    editors.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in PLATFORM_EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=home,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task, _created = GroupApprovalTask.objects.get_or_create(name="Controle door platformredactie")
        task.groups.set([editors])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=information, defaults={"workflow": workflow})
    return home
