"""Keep the footer's cached trust links (community.pages.models.trust_links) right."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from community.pages.models import TrustPage, trust_links_clear


def trust_links_changed(**kwargs):
    """Any page: a trust page's own title or slug, or an ancestor's slug, changes its link.

    Cleared now and again after the commit, so a request that read the old rows meanwhile cannot
    leave them in the cache.
    """
    trust_links_clear()
    transaction.on_commit(trust_links_clear)


def connect():
    page_published.connect(trust_links_changed, dispatch_uid="pages.trust_links.published")
    page_unpublished.connect(trust_links_changed, dispatch_uid="pages.trust_links.unpublished")
    post_page_move.connect(trust_links_changed, dispatch_uid="pages.trust_links.moved")
    # Only these senders: a post_delete receiver for every model would stop Django's fast deletes.
    post_delete.connect(trust_links_changed, sender=Page, dispatch_uid="pages.trust_links.page_deleted")
    post_delete.connect(trust_links_changed, sender=TrustPage, dispatch_uid="pages.trust_links.deleted")
    post_save.connect(trust_links_changed, sender=Site, dispatch_uid="pages.trust_links.site_saved")
    post_delete.connect(trust_links_changed, sender=Site, dispatch_uid="pages.trust_links.site_deleted")
