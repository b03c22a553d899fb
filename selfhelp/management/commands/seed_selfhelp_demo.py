"""Loads the two demo courses, their coaches, a group and one enrolment. Idempotent.

Runs automatically from `manage.py seed_demo` (after the core demo data, which creates the
partners, topics and the demo accounts this command looks up by email).
"""

import io
import uuid
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images.models import Image

from community.pages.models import Topic
from community.partners.models import PartnerOrganisation
from selfhelp import demo_content
from selfhelp.models import CoursePage, Enrolment, LessonPage
from selfhelp.services import (
    answer_save,
    catalogue_setup,
    coach_choose,
    cohort_create,
    course_section_provision,
    enrolment_create,
    lesson_mark_done,
)

NAMESPACE = uuid.UUID("5a7c1f0e-8d43-4a55-9f0b-3f3c0c0d5e11")
COACH_EMAILS = ["professional@wijkplein.example", "ervaringsdeskundige@wijkplein.example"]
MEMBER_EMAIL = "ouder@wijkplein.example"


def stable_id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


class Command(BaseCommand):
    help = "Load the demo self-help courses (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            catalogue_setup()
            for partner in PartnerOrganisation.objects.all():
                course_section_provision(partner)
            self.image = self._image()
            self.document = self._document()
            self.topics = {topic.slug: topic for topic in Topic.objects.all()}
            User = get_user_model()
            coaches = list(User.objects.filter(email__in=COACH_EMAILS))
            courses = [self._course(data, coaches) for data in demo_content.COURSES]
            self._enrolment(User.objects.filter(email=MEMBER_EMAIL).first(), courses[0], coaches)
        self.stdout.write(self.style.SUCCESS(f"Self-help demo ready: {len(courses)} courses."))

    def _image(self):
        title = "Illustratie rustmoment"
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        canvas = PILImage.new("RGB", (800, 450), "#e3f1ec")
        draw = ImageDraw.Draw(canvas)
        draw.ellipse((560, 40, 700, 180), fill="#ffbf47")
        draw.rectangle((0, 330, 800, 450), fill="#0b5c4b")
        draw.rounded_rectangle((220, 250, 520, 290), radius=12, fill="#7a2f06")
        draw.ellipse((330, 120, 410, 200), fill="#1a3f7a")
        draw.rounded_rectangle((320, 195, 420, 290), radius=20, fill="#1a3f7a")
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        return Image.objects.create(title=title, file=ImageFile(buffer, name="rustmoment.png"))

    def _document(self):
        title = "Werkblad: van strenge naar milde gedachte"
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        canvas = PILImage.new("RGB", (1240, 1754), "white")
        draw = ImageDraw.Draw(canvas)
        for number, line in enumerate(demo_content.WORKSHEET_LINES):
            draw.text((100, 120 + number * 90), line, fill="black", font_size=40)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PDF")
        document = Document(title=title)
        document.file.save("werkblad-milde-gedachten.pdf", ContentFile(buffer.getvalue()), save=False)
        document.save()
        return document

    def _value(self, block_type, value, *id_parts):
        if value == "__demo_image__":
            return self.image.pk
        if value == "__demo_document__":
            return self.document.pk
        if block_type == "community_link":
            topic = self.topics.get(value.get("topic"))
            return {**value, "topic": topic.pk if topic else None}
        if isinstance(value, dict):
            value = {key: self._value(block_type, item, *id_parts, key) for key, item in value.items()}
            if block_type == "quiz":
                value["options"] = [
                    {"type": "item", "value": option, "id": stable_id(*id_parts, "option", index)}
                    for index, option in enumerate(value["options"])
                ]
            if block_type == "checklist":
                value["items"] = [
                    {"type": "item", "value": item, "id": stable_id(*id_parts, "item", index)}
                    for index, item in enumerate(value["items"])
                ]
        return value

    def _body(self, course_slug, lesson):
        return [
            {
                "type": block_type,
                "value": self._value(block_type, value, course_slug, lesson["slug"], index),
                "id": stable_id(course_slug, lesson["slug"], index),
            }
            for index, (block_type, value) in enumerate(lesson["body"])
        ]

    def _course(self, data, coaches):
        partner = PartnerOrganisation.objects.get(slug=data["partner"])
        section = course_section_provision(partner)
        fields = {
            "title": data["title"],
            "intro": data["intro"],
            "learning_goals": data["learning_goals"],
            "audience": data["audience"],
            "duration_weeks": data["duration_weeks"],
            "minutes_per_week": data["minutes_per_week"],
            "guided": data["guided"],
            "group_mode": data["group_mode"],
            "last_reviewed": date.fromisoformat(data["last_reviewed"]),
            "search_description": data["intro"][:250],
        }
        course = CoursePage.objects.child_of(section).filter(slug=data["slug"]).first()
        if course is None:
            course = CoursePage(slug=data["slug"], **fields)
            section.add_child(instance=course)
        else:
            for name, value in fields.items():
                setattr(course, name, value)
        course.topics = [self.topics[slug] for slug in data["topics"] if slug in self.topics]
        course.coaches = coaches
        course.save_revision().publish()
        for lesson_data in data["lessons"]:
            lesson = LessonPage.objects.child_of(course).filter(slug=lesson_data["slug"]).first()
            lesson_fields = {
                "title": lesson_data["title"],
                "intro": lesson_data["intro"],
                "minutes": lesson_data["minutes"],
                "body": self._body(data["slug"], lesson_data),
            }
            if lesson is None:
                lesson = LessonPage(slug=lesson_data["slug"], **lesson_fields)
                course.add_child(instance=lesson)
            else:
                for name, value in lesson_fields.items():
                    setattr(lesson, name, value)
            lesson.save_revision().publish()
        if course.group_mode:
            cohort_create(course=course, name="Deventer najaar", start_date=timezone.localdate() - timedelta(days=8))
        return CoursePage.objects.get(pk=course.pk)

    def _enrolment(self, member, course, coaches):
        if member is None:
            return
        if Enrolment.objects.filter(user=member, course=course).exists():
            return
        enrolment = enrolment_create(user=member, course=course, cohort=course.cohorts.first())
        # The social-media course's last session is led by experience experts: Sam coaches here.
        expert = next((coach for coach in coaches if coach.email == COACH_EMAILS[1]), None)
        if expert is not None:
            coach_choose(enrolment=enrolment, coach=expert)
        first = course.lessons().first()
        reflection = next(block for block in first.body if block.block_type == "reflection")
        answer_save(
            user=member,
            lesson=first,
            block_id=reflection.id,
            share=True,
            text="Met mijn zus. We belden en ze vroeg echt hoe het met me ging. Dat was in het echt, niet online.",
        )
        lesson_mark_done(user=member, lesson=first)
