"""Public lookups other features use to point into the social map (its models stay inside).

- `category_for_topic(topic)` / `category_url_for_topic(topic)`: the services list filtered to the
  category tied to a platform Topic (Category.topic), or else the category with the topic's slug;
- `lesson_link_for_topic(topic, label)`: the answer to the `topic_link` hook for kind "socialmap"
  (socialmap/hooks.py).
"""

from urllib.parse import urlencode

from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext as _

from socialmap.models import Category


def category_for_topic(topic):
    if topic is None:
        return None
    return (
        Category.objects.filter(Q(topic=topic) | Q(slug=topic.slug))
        .annotate(by_topic=Case(When(topic=topic, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("by_topic", "sort_order", "name")
        .first()
    )


def category_url(category):
    return f"{reverse('socialmap:service-list')}?{urlencode({'category': category.slug})}"


def category_url_for_topic(topic):
    category = category_for_topic(topic)
    return category_url(category) if category else None


def lesson_link_for_topic(topic, label):
    category = category_for_topic(topic)
    if category is None:
        return None
    return {
        "url": category_url(category),
        "title": label or _("Find help with “%(category)s” on the social map") % {"category": category.name},
        "text": category.description,
    }
