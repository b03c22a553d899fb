"""The people and things the authorization walk requests everything as and about.

Everything private belongs to `member` (the parent) or to partner B; the other roles try to reach
it. The coach coaches `member` in partner B's course; the professional is verified by partner B
but coaches nobody; editor A edits for partner A, editor B for partner B (both are their
partner's administrator).
"""

import io

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from community.accounts.models import PLATFORM_EDITORS_GROUP, Role
from community.accounts.services import verification_grant
from community.moderation import services as moderation_services
from community.notifications.services import notification_send
from forum.chat import services as chat_services
from forum.chat.models import Transcript
from forum.machina_models import Attachment, Forum
from forum.spaces import private_space_create
from selfhelp import services as selfhelp_services
from selfhelp.services import course_section_provision
from tests.conftest import Tree
from tests.factories import (
    CourseFactory,
    InformationPageFactory,
    LessonFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    UserFactory,
)
from tests.factories.chat import RoomFactory
from tests.factories.forum import forum_create, moderators_group, post_add, topic_create
from tests.factories.selfhelp import REFLECTION_ID

ROLES = [
    "anonymous",
    "member",
    "other_member",
    "coach",
    "professional",
    "editor_a",
    "editor_b",
    "platform_editor",
    "moderator",
    "administrator",
]


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (2, 2), "white").save(buffer, "PNG")
    return buffer.getvalue()


class World:
    def __init__(self):
        tree = self.tree = Tree()
        self.partner_a, self.partner_b = tree.partner_a, tree.partner_b
        self.member = UserFactory(pseudonym="Zonnebloem")
        self.other_member = UserFactory(pseudonym="Nieuwsgierig")
        self.coach = UserFactory(pseudonym="Coach Bas")
        self.professional = UserFactory(pseudonym="Professional Pim")
        self.platform_editor = UserFactory(pseudonym="Redactie Ruben", is_staff=True)
        self.platform_editor.groups.add(Group.objects.get(name=PLATFORM_EDITORS_GROUP))
        self.moderator = UserFactory(pseudonym="Moderator Mila")
        self.moderator.groups.add(moderators_group())
        self.administrator = UserFactory(pseudonym="Beheerder", is_staff=True, is_superuser=True)
        self.editor_a, self.editor_b = tree.editor_a, tree.editor_b
        self.coach_verification = verification_grant(
            granted_by=self.editor_b, user=self.coach, role=Role.EXPERIENCE_EXPERT, partner=self.partner_b
        )
        self.verification = verification_grant(
            granted_by=self.editor_b, user=self.professional, role=Role.PROFESSIONAL, partner=self.partner_b
        )

        # Pages: a draft of partner B, and media in partner B's collection.
        self.page_b = InformationPageFactory.build(title="Concept van B", slug="concept-van-b", live=False)
        tree.section_b.add_child(instance=self.page_b)
        self.revision_b = self.page_b.save_revision()
        self.collection_b = Collection.objects.get(name=self.partner_b.name)
        self.image_b = Image.objects.create(
            title="Foto B", collection=self.collection_b, file=ContentFile(png(), name="foto-b.png"), width=2, height=2
        )
        self.document_b = Document.objects.create(
            title="Folder B", collection=self.collection_b, file=ContentFile(b"%PDF-1.4 test", name="folder-b.pdf")
        )

        # Self-help: partner B's guided course; the member follows it with the coach and shares an answer.
        self.course = CourseFactory(section=course_section_provision(self.partner_b), coaches=[self.coach])
        self.lesson = LessonFactory(course=self.course)
        self.enrolment = selfhelp_services.enrolment_create(user=self.member, course=self.course)
        selfhelp_services.coach_choose(enrolment=self.enrolment, coach=self.coach)
        self.answer = selfhelp_services.answer_save(
            user=self.member, lesson=self.lesson, block_id=REFLECTION_ID, text="Mijn geheime antwoord", share=True
        )

        # Forum: a public forum, and a private space only the member is in, with an attachment and a poll.
        self.public_forum = forum_create("Slapen")
        self.public_topic = topic_create(self.public_forum, self.other_member, "Openbare vraag", "Wie helpt?")
        self.held_post = post_add(self.public_topic, self.member, "Nog niet goedgekeurd", approved=False)
        private_space_create("Praatgroep B", members=[self.member])
        self.private_forum = Forum.objects.get(name="Praatgroep B")
        self.private_topic = topic_create(self.private_forum, self.member, "Geheim onderwerp", "Alleen voor de groep.")
        self.private_post = self.private_topic.first_post
        self.attachment = Attachment.objects.create(
            post=self.private_post, file=SimpleUploadedFile("verslag.txt", b"geheim verslag"), comment=""
        )
        from machina.core.db.models import get_model

        TopicPoll = get_model("forum_polls", "TopicPoll")
        TopicPollOption = get_model("forum_polls", "TopicPollOption")
        self.poll = TopicPoll.objects.create(topic=self.private_topic, question="Wanneer?")
        TopicPollOption.objects.create(poll=self.poll, text="Morgen")
        self.report = moderation_services.report_create(
            "forum.post", self.public_topic.first_post.pk, self.member, "other", "Zorg"
        )
        self.restriction = moderation_services.restrict(self.other_member, "premoderate", self.moderator, reason="x")

        # Social map: partner B's organisation, its location, a published and a draft service.
        self.organization_b = OrganizationFactory(name="Organisatie B", partner=self.partner_b)
        self.location_b = LocationFactory(organization=self.organization_b, name="Geheim opvangadres")
        self.service_b = ServiceFactory(organization=self.organization_b, name="Dienst B", location=self.location_b)
        self.draft_service_b = ServiceFactory(
            organization=self.organization_b, name="Concept B", location=self.location_b, published=False
        )

        notification_send(self.member, "forum.reply", "/forum/")
        self.notification = self.member.notifications.first()

        # Chat: a group room open now hosted by the professional; the member's 1:1 chat waiting in the
        # queue (nobody has picked it up, so no professional may read it) and a transcript they saved.
        self.chat_room = RoomFactory(host=self.professional, open_now=True)
        self.member_chat = chat_services.direct_start(self.member, "today", "Slapen", "any")
        chat_services.message_send(self.member_chat, self.member, "Mijn geheime chatvraag")
        self.transcript = Transcript.objects.create(user=self.member, title="Bewaard", text="Geheim")

        # Mailbox: the member's conversation with partner A, with an attachment. The professional
        # answers partner B's mailbox only, so nobody but the member may read it.
        from django.utils import timezone as tz

        from socialmap.mailbox.models import Attachment as MailAttachment
        from socialmap.mailbox.models import Message as MailMessage
        from socialmap.mailbox.models import Thread as MailThread

        self.mail_thread = MailThread.objects.create(
            partner=self.partner_a, member=self.member, subject="Geheime postvraag", last_message_at=tz.now()
        )
        mail = MailMessage.objects.create(thread=self.mail_thread, author=self.member, text="Mijn geheime post")
        self.mail_attachment = MailAttachment.objects.create(
            message=mail, file=ContentFile(b"geheim", name="geheim.txt"), filename="geheim.txt",
            content_type="text/plain", size=6,
        )  # fmt: skip

        # Matching: the member's saved search; partner B's professional's helper profile (editors of
        # partner A must not reach it); a provider application waiting for an administrator.
        from community.partners.models import ProviderApplication
        from socialmap.matching.models import HelperProfile, SavedMatch

        self.saved_match = SavedMatch.objects.create(
            member=self.member, query="onderwerp=geheim", summary="Geheime zoekopdracht"
        )
        self.helper_profile_b = HelperProfile.objects.create(user=self.professional, partner=self.partner_b)
        self.application = ProviderApplication.objects.create(
            organisation_name="Aanvrager BV", kvk_number="12345678", offer="Hulp", contact_name="Aad",
            contact_email="aad@example.org",
        )  # fmt: skip

        # Outside plugins installed in the test run are on, so their URLs are walked too: the
        # agenda (examples/wijkplein-agenda) with one of partner B's activities.
        import datetime

        from django.apps import apps
        from django.utils import timezone

        from plugins.manager import registry
        from plugins.models import PluginSetting

        for record in registry.load().loaded_records():
            if not record.builtin:
                PluginSetting.objects.update_or_create(site=tree.site, plugin=record.name, defaults={"enabled": True})
        for partner in (self.partner_a, self.partner_b):
            registry.call("partner_provision", partner=partner)  # what enabling in the admin does
        self.activity_b = None
        if apps.is_installed("wijkplein_agenda"):
            starts = timezone.now() + datetime.timedelta(days=2)
            self.activity_b = apps.get_model("wijkplein_agenda", "Activity").objects.create(
                partner=self.partner_b,
                title="Inloop B",
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=2),
                location="Buurthuis B",
                published=True,
            )

    def user(self, role):
        return None if role == "anonymous" else getattr(self, role)
