import factory
from django.utils.text import slugify

from community.pages.models import InformationPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class InformationPageFactory(factory.Factory):
    """Builds an information page and adds it (published) under the given partner section."""

    class Meta:
        model = InformationPage

    title = factory.Sequence(lambda n: f"Informatie over opvoeden {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = "Korte uitleg voor ouders."
    body = factory.LazyFunction(
        lambda: [{"type": "rich_text", "value": "<p>Rust en regelmaat helpen kinderen om goed te slapen.</p>"}]
    )

    @classmethod
    def _create(cls, model_class, *args, section=None, topics=(), publish=True, **kwargs):
        page = model_class(*args, **kwargs)
        section.add_child(instance=page)
        if topics:
            page.topics = list(topics)
        revision = page.save_revision()
        if publish:
            revision.publish()
        else:
            page.unpublish() if page.live else None
        page.refresh_from_db()
        return page
