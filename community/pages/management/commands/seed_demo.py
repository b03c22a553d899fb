"""Loads a believable Deventer demo: partners, topics, information pages and an account per role.

Idempotent: running it again updates what exists and adds what is missing. The core's part and
each feature's part come from the plugins' `demo_data` hook, in their declared order; installed
outside plugins are switched on for the demo site unless an administrator already chose.
"""

import io
from datetime import date

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

from community.accounts.models import PLATFORM_EDITORS_GROUP, Verification
from community.accounts.roles import MODERATORS_GROUP
from community.accounts.services import verification_grant
from community.pages import demo_content
from community.pages.models import HomeHighlight, InformationPage, PartnerSectionPage, Topic, TrustPage
from community.pages.services import platform_setup
from community.partners.models import Neighbourhood, PartnerOrganisation
from community.partners.services import partner_membership_add, partner_provision

DEMO_PASSWORD = "Wijkplein-demo-2026"
# Staff, editors and moderators must use two-step verification. The demo's such accounts share this
# authenticator secret (add it to any authenticator app, or run `manage.py demo_code`), so the demo
# can be tried at once. A real site never has a shared secret: people set up their own app.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPWIJKPLEINDEMO234"

# (email, pseudonym, role description) — the README lists the same accounts.
DEMO_ACCOUNTS = [
    ("beheerder@wijkplein.example", "Beheerder", "administrator"),
    ("moderator@wijkplein.example", "Moderator Mila", "moderator"),
    ("redactie@wijkplein.example", "Redactie Ruben", "platform editor"),
    (
        "redacteur.cjg@wijkplein.example",
        "Redacteur CJG",
        "partner editor (CJG Deventer), administrator of that partner",
    ),
    ("redacteur.ggd@wijkplein.example", "Redacteur GGD", "partner editor (GGD IJsselland)"),
    ("professional@wijkplein.example", "Jeugdverpleegkundige Anouk", "professional, verified by CJG Deventer"),
    (
        "ervaringsdeskundige@wijkplein.example",
        "Ervaringsdeskundige Sam",
        "experience expert, verified by Herstelacademie",
    ),
    ("ouder@wijkplein.example", "Zonnebloem", "member (parent)"),
]

LOGO_COLOURS = ["#0b5c4b", "#1a3f7a", "#7a2f06", "#5c2275", "#3d5c0b"]


def core_demo_load(stdout):
    """The core's part of the demo (the `demo_data` hook of community/hooks.py)."""
    Command(stdout=stdout).core_load()


def plugin_demo_enable(name):
    """Switch an installed outside plugin on for the default site, unless someone already decided."""
    from wagtail.models import Site

    from plugins.models import PluginSetting

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        PluginSetting.objects.get_or_create(site=site, plugin=name, defaults={"enabled": True})


def trust_links_fill(value, ids):
    """Replace "[[kind]]" in demo content by the id of that kind's trust page (a page chooser's
    value becomes the id itself)."""
    if isinstance(value, dict):
        return {key: trust_links_fill(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [trust_links_fill(item, ids) for item in value]
    if isinstance(value, str) and "[[" in value:
        for kind, pk in ids.items():
            if value == f"[[{kind}]]":
                return pk
            value = value.replace(f"[[{kind}]]", str(pk))
    return value


class Command(BaseCommand):
    help = "Load the Deventer demo data (idempotent) and print the demo accounts."

    def handle(self, *args, **options):
        from plugins.manager import registry

        for record in registry.load().loaded_records():
            if not record.builtin:
                plugin_demo_enable(record.name)
            registry.call("demo_data", only=record.name, stdout=self.stdout, enabled_only=False, raise_errors=True)
        self.stdout.write("Demo accounts (password for all: %s):" % DEMO_PASSWORD)
        for email, pseudonym, role in DEMO_ACCOUNTS:
            self.stdout.write(f"  {email:<40} {pseudonym:<28} {role}")
        return None

    def core_load(self):
        with transaction.atomic():
            home = platform_setup()
            self._neighbourhoods()
            topics = self._topics()
            partners = self._partners()
            self._accounts(partners)
            pages = self._pages(partners, topics)
            self._highlights(home, pages)
            self._trust_pages(home)
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready: {len(partners)} partners, {len(pages)} information pages.")
        )

    def _neighbourhoods(self):
        from django.utils.text import slugify

        for name in demo_content.NEIGHBOURHOODS:
            Neighbourhood.objects.get_or_create(slug=slugify(name), defaults={"name": name})

    def _topics(self):
        topics = {}
        for order, data in enumerate(demo_content.TOPICS):
            topic, _created = Topic.objects.update_or_create(
                slug=data["slug"],
                defaults={"name": data["name"], "description": data["description"], "sort_order": order},
            )
            topics[topic.slug] = topic
        return topics

    def _logo(self, partner, colour):
        title = f"Logo {partner.name}"
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        canvas = PILImage.new("RGB", (320, 160), "white")
        draw = ImageDraw.Draw(canvas)
        draw.rounded_rectangle((8, 8, 312, 152), radius=18, outline=colour, width=6)
        initials = "".join(word[0] for word in partner.name.split() if word[0].isalpha())[:4].upper()
        draw.text((160, 80), initials, fill=colour, anchor="mm", font_size=64)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        return Image.objects.create(title=title, file=ImageFile(buffer, name=f"logo-{partner.slug}.png"))

    def _partners(self):
        partners = {}
        for index, data in enumerate(demo_content.PARTNERS):
            partner, _created = PartnerOrganisation.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "description": data["description"],
                    "website": data["website"],
                    "email": data["email"],
                    "phone": data["phone"],
                },
            )
            partner.neighbourhoods.set(Neighbourhood.objects.filter(name__in=data["neighbourhoods"]))
            if partner.logo_id is None:
                partner.logo = self._logo(partner, LOGO_COLOURS[index % len(LOGO_COLOURS)])
            partner.save()
            partner_provision(partner)
            section = PartnerSectionPage.objects.get(partner=partner)
            intro = demo_content.SECTION_INTROS.get(partner.slug, "")
            if section.intro != intro:
                section.intro = intro
                section.save_revision().publish()
            partners[partner.slug] = partner
        return partners

    def _user(self, email, pseudonym, **extra):
        User = get_user_model()
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD, pseudonym=pseudonym, **extra)
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        return user

    def _accounts(self, partners):
        admin = self._user("beheerder@wijkplein.example", "Beheerder", is_staff=True, is_superuser=True)
        moderator = self._user("moderator@wijkplein.example", "Moderator Mila")
        moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
        platform_editor = self._user("redactie@wijkplein.example", "Redactie Ruben", is_staff=True)
        platform_editor.groups.add(Group.objects.get(name=PLATFORM_EDITORS_GROUP))
        cjg_editor = self._user("redacteur.cjg@wijkplein.example", "Redacteur CJG")
        partner_membership_add(partner=partners["cjg-deventer"], user=cjg_editor, is_admin=True)
        ggd_editor = self._user("redacteur.ggd@wijkplein.example", "Redacteur GGD")
        partner_membership_add(partner=partners["ggd-ijsselland"], user=ggd_editor)
        recovery_admin = admin
        professional = self._user("professional@wijkplein.example", "Jeugdverpleegkundige Anouk")
        expert = self._user("ervaringsdeskundige@wijkplein.example", "Ervaringsdeskundige Sam")
        member = self._user("ouder@wijkplein.example", "Zonnebloem")
        if not Verification.objects.active().filter(user=professional).exists():
            verification_grant(
                granted_by=cjg_editor,
                user=professional,
                role="professional",
                partner=partners["cjg-deventer"],
                note="Jeugdverpleegkundige, BIG-registratie gecontroleerd",
            )
        if not Verification.objects.active().filter(user=expert).exists():
            verification_grant(
                granted_by=recovery_admin,
                user=expert,
                role="experience_expert",
                partner=partners["herstelacademie-deventer"],
                note="Opleiding ervaringsdeskundigheid afgerond",
            )
        for account in (admin, moderator, platform_editor, cjg_editor, ggd_editor):
            if not Authenticator.objects.filter(user=account, type=Authenticator.Type.TOTP).exists():
                TOTP.activate(account, DEMO_TOTP_SECRET)
        return {"admin": admin, "moderator": moderator, "member": member}

    def _pages(self, partners, topics):
        pages = []
        for data in demo_content.PAGES:
            section = PartnerSectionPage.objects.get(partner=partners[data["partner"]])
            page = InformationPage.objects.child_of(section).filter(slug=data["slug"]).first()
            fields = {
                "title": data["title"],
                "intro": data["intro"],
                "body": [{"type": block_type, "value": value} for block_type, value in data["body"]],
                "last_reviewed": date.fromisoformat(data["last_reviewed"]),
                "search_description": data["intro"],
            }
            if page is None:
                page = InformationPage(slug=data["slug"], **fields)
                section.add_child(instance=page)
            else:
                for name, value in fields.items():
                    setattr(page, name, value)
            page.topics = [topics[slug] for slug in data["topics"]]
            page.save_revision().publish()
            pages.append(page)
        return pages

    def _trust_pages(self, home):
        """Privacy statement, contact, about, accessibility statement and house rules, each created once.

        Once a trust page exists it is the editors': loading the demo again never overwrites it (nor
        changes the version of the privacy statement that members agreed to).
        """
        pages = {page.kind: page for page in TrustPage.objects.all()}
        created = []
        for data in demo_content.TRUST_PAGES:
            if data["kind"] in pages:
                continue
            page = TrustPage(
                kind=data["kind"],
                slug=data["slug"],
                title=data["title"],
                intro=data["intro"],
                search_description=data["intro"],
                last_reviewed=date.fromisoformat(data["last_reviewed"]),
                body=[{"type": "rich_text", "value": f"<p>{data['intro']}</p>"}],
                live=False,
            )
            home.add_child(instance=page)
            pages[page.kind] = page
            created.append((page, data))
        # Now that every trust page has an id, the links between them can be filled in.
        ids = {kind: page.pk for kind, page in pages.items()}
        for page, data in created:
            page.body = [
                {"type": block_type, "value": trust_links_fill(value, ids)} for block_type, value in data["body"]
            ]
            page.save_revision().publish()
        return pages

    def _highlights(self, home, pages):
        if home.highlights.exists() or not pages:
            return
        for order, page in enumerate(pages[:3]):
            HomeHighlight.objects.create(home=home, page=page, sort_order=order)
