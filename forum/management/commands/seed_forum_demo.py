"""Forum demo: forums per topic, an experience-expert forum, announcements per partner, a private
group and 30+ Dutch conversations. Idempotent. Run by seed_demo (found by machina's app label
"forum"), or on its own after seed_demo."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from community.partners.models import PartnerOrganisation
from forum import demo_content, permissions
from forum.machina_models import Forum, Post, Topic
from forum.spaces import private_space_create

DEMO_PASSWORD = "Wijkplein-demo-2026"
CORE_AUTHORS = {
    "Z": "ouder@wijkplein.example",
    "S": "ervaringsdeskundige@wijkplein.example",
    "A": "professional@wijkplein.example",
    "M": "moderator@wijkplein.example",
}
EXTRA_KEYS = {"L": 0, "V": 1, "R": 2, "K": 3}


def _forum(name, *, parent=None, kind=Forum.FORUM_POST, description=""):
    forum = Forum.objects.filter(name=name, parent=parent).first()
    if forum is None:
        forum = Forum.objects.create(name=name, parent=parent, type=kind, description=description)
    return forum


class Command(BaseCommand):
    help = "Load the forum demo data (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            authors = self._authors()
            if authors is None:
                self.stdout.write(
                    self.style.WARNING("Forum demo skipped: run seed_demo first (demo accounts missing).")
                )
                return
            permissions.moderators_grant()
            forums = self._structure()
            created = 0
            start = timezone.now() - timedelta(days=len(demo_content.TOPICS) + 5)
            for index, (key, subject, posts) in enumerate(demo_content.TOPICS):
                created += self._topic(forums[key], subject, posts, authors, start + timedelta(days=index))
            for partner_forum, partner in forums["announcements"]:
                for subject, text in demo_content.ANNOUNCEMENTS:
                    poster = partner.memberships.filter(user__is_active=True).select_related("user").first()
                    if poster:
                        created += self._topic(
                            partner_forum,
                            subject.format(partner=partner.name),
                            [(poster.user, text)],
                            authors,
                            start,
                        )
            space_name, description = demo_content.PRIVATE_SPACE
            members = [authors["Z"], authors["S"], authors["L"]]
            private_space_create(space_name, members=members, description=description)
            private_forum = Forum.objects.get(name=space_name)
            for subject, posts in demo_content.PRIVATE_TOPICS:
                created += self._topic(private_forum, subject, posts, authors, timezone.now() - timedelta(days=2))
        self.stdout.write(self.style.SUCCESS(f"Forum demo ready: {Topic.objects.count()} topics ({created} new)."))

    def _authors(self):
        User = get_user_model()
        authors = {key: User.objects.filter(email=email).first() for key, email in CORE_AUTHORS.items()}
        if not all(authors.values()):
            return None
        for key, index in EXTRA_KEYS.items():
            email, pseudonym = demo_content.EXTRA_PARENTS[index]
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_user(email=email, password=DEMO_PASSWORD, pseudonym=pseudonym)
                EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
            authors[key] = user
        return authors

    def _structure(self):
        forums = {}
        topics_category = _forum(
            "Onderwerpen", kind=Forum.FORUM_CAT, description="Praat met andere ouders over wat je bezighoudt."
        )
        permissions.public_forum_open(topics_category)
        for key, name, description in demo_content.TOPIC_FORUMS:
            forums[key] = _forum(name, parent=topics_category, description=description)
            permissions.public_forum_open(forums[key])
        experts = _forum("Ervaringsdeskundigen", kind=Forum.FORUM_CAT)
        permissions.public_forum_open(experts)
        key, name, description = demo_content.ASK_FORUM
        forums[key] = _forum(name, parent=experts, description=description)
        permissions.public_forum_open(forums[key])
        announcements = _forum(
            "Mededelingen van partners",
            kind=Forum.FORUM_CAT,
            description="Nieuws van de organisaties achter Wijkplein.",
        )
        permissions.announcement_forum_open(announcements, None)
        forums["announcements"] = []
        for partner in PartnerOrganisation.objects.order_by("name"):
            forum = _forum(f"Mededelingen {partner.name}", parent=announcements)
            permissions.announcement_forum_open(forum, partner.editor_group)
            forums["announcements"].append((forum, partner))
        return forums

    def _topic(self, forum, subject, posts, authors, when):
        if Topic.objects.filter(forum=forum, subject=subject).exists():
            return 0
        first_author = posts[0][0]
        first_author = authors[first_author] if isinstance(first_author, str) else first_author
        topic = Topic.objects.create(
            forum=forum, subject=subject, poster=first_author, type=Topic.TOPIC_POST, status=Topic.TOPIC_UNLOCKED
        )
        for offset, (author, text) in enumerate(posts):
            user = authors[author] if isinstance(author, str) else author
            post = Post(topic=topic, poster=user, subject=subject if offset == 0 else f"Re: {subject}", content=text)
            post._wijkplein_skip_hold = True
            post._wijkplein_quiet = True
            post.save()
            Post.objects.filter(pk=post.pk).update(created=when + timedelta(hours=offset * 3))
        topic.refresh_from_db()
        last = when + timedelta(hours=(len(posts) - 1) * 3)
        Topic.objects.filter(pk=topic.pk).update(created=when, last_post_on=last)
        return 1
