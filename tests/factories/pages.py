import factory
from django.utils.text import slugify

from community.pages.models import HomePage, InformationPage, Topic, TrustKind, TrustPage


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


class TrustPageFactory(factory.Factory):
    """Builds a trust page (privacy statement, contact, …) and adds it under the home page (or `parent`).

    One page of each kind may exist: pass `kind=TrustKind.…` for anything but the privacy statement.
    """

    class Meta:
        model = TrustPage

    kind = TrustKind.PRIVACY
    title = factory.LazyAttribute(lambda o: str(TrustKind(o.kind).label))
    slug = factory.LazyAttribute(lambda o: slugify(o.kind))
    intro = "Wat je over deze pagina moet weten."
    body = factory.LazyFunction(lambda: [{"type": "rich_text", "value": "<p>Zo gaan we met je gegevens om.</p>"}])

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        parent = parent or HomePage.objects.first()
        page = model_class(*args, live=False, **kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page
