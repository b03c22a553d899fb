"""Admin screens of the social map, and its own contribution to the related-content hook."""

from wagtail import hooks

from socialmap.admin_views import SocialMapViewSetGroup


@hooks.register("register_admin_viewset")
def register_socialmap_viewsets():
    return SocialMapViewSetGroup()


@hooks.register("socialmap_related_content")
def related_information_pages(service, categories, request=None):
    """Information pages sharing a topic with the service's categories (the forum adds its topics the same way)."""
    from community.pages.models import InformationPage

    topic_ids = [category.topic_id for category in categories if category.topic_id]
    if not topic_ids:
        return []
    pages = InformationPage.objects.live().public().filter(topics__in=topic_ids).distinct().order_by("title")[:3]
    return [{"title": page.title, "url": page.get_url(request), "kind": "information"} for page in pages]
