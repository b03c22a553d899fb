"""StreamField blocks for information pages (and reused by courses)."""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from plugins.blocks import PluginBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"), max_length=200, help_text=_("Describe the image for people who cannot see it.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)
    button_label = blocks.CharBlock(label=_("Button text"), max_length=60)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or fill in a web address."))}
            )
        return value


class VideoEmbed:
    """Turns a YouTube or Vimeo address into a privacy-friendly embed address, loaded only on a click."""

    def __init__(self, url):
        self.url = url

    @cached_property
    def embed_url(self):
        parsed = urlparse(self.url or "")
        host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
        if host in {"youtube.com", "youtube-nocookie.com"}:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
            if not video_id and parsed.path.startswith("/embed/"):
                video_id = parsed.path.split("/")[2]
            return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
        if host == "youtu.be":
            video_id = parsed.path.lstrip("/")
            return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
        if host == "vimeo.com":
            video_id = parsed.path.strip("/").split("/")[0]
            return f"https://player.vimeo.com/video/{video_id}" if video_id.isdigit() else None
        return None

    @property
    def provider(self):
        if not self.embed_url:
            return ""
        return "Vimeo" if "vimeo" in self.embed_url else "YouTube"


def validate_video_url(value):
    if not VideoEmbed(value).embed_url:
        raise ValidationError(_("Use a YouTube or Vimeo address, for example https://www.youtube.com/watch?v=…"))


class VideoBlock(blocks.StructBlock):
    """A video by URL. Nothing from the video site loads until the reader clicks (consent)."""

    url = blocks.URLBlock(label=_("Video address"), validators=[validate_video_url])
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = VideoEmbed(value["url"])
        return context


class InformationStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/rich_text.html")
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    faq = FaqBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    # A plugin's block (the agenda's "this week", …): one generic block, so migrations stay stable.
    plugin = PluginBlock()


def retention_rows_or_empty():
    """The privacy core's retention table rows (`community.privacy.retention.retention_rows`).

    Each row is a dict with `key`, `label`, `days` (an int, or None for "as long as needed") and
    `description`. Guarded while the privacy core is not there yet: then the table is empty.
    """
    try:
        from community.privacy.retention import retention_rows
    except ImportError:
        return []
    return retention_rows()


class RetentionTableBlock(blocks.StructBlock):
    """How long we keep what: the table the privacy core builds from every feature's retention rules.

    Editors place it; the rows are not editable here, so the statement always matches what the
    platform really deletes.
    """

    caption = blocks.CharBlock(
        label=_("Table caption"), required=False, max_length=120, default="Hoe lang we je gegevens bewaren"
    )

    class Meta:
        icon = "table"
        label = _("Retention periods table")
        template = "privacy/retention_table.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["rows"] = retention_rows_or_empty()
        return context


class TrustStreamBlock(InformationStreamBlock):
    """The information blocks, plus the retention table (privacy statement)."""

    retention_table = RetentionTableBlock()
