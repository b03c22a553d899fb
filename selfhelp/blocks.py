"""StreamField blocks for lessons. Exercise blocks are keyed by their StreamField block id, so
answers survive edits to the text around them; quiz options and checklist items by their list ids."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from community.pages.blocks import RICH_TEXT_FEATURES, ImageBlock, VideoBlock
from plugins.blocks import PluginBlock
from selfhelp import links

KIND_REFLECTION = "reflection"
KIND_QUIZ = "quiz"
KIND_CHECKLIST = "checklist"
EXERCISE_KINDS = (KIND_REFLECTION, KIND_QUIZ, KIND_CHECKLIST)


class TipBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        label=_("Kind"), choices=[("tip", _("Tip")), ("attention", _("Attention"))], default="tip"
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "ul", "link"])

    class Meta:
        icon = "pick"
        label = _("Tip or attention box")
        template = "selfhelp/blocks/tip.html"


class ReflectionBlock(blocks.StructBlock):
    """An open question. The answer is private; the participant may share it with their coach."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.TextBlock(label=_("Explanation"), required=False, max_length=600)

    class Meta:
        icon = "edit"
        label = _("Reflection exercise")
        template = "selfhelp/blocks/reflection.html"


class QuizOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer option"), max_length=200)
    correct = blocks.BooleanBlock(label=_("This answer is right"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback when chosen"), max_length=600)


class QuizBlock(blocks.StructBlock):
    """A self-check: multiple choice with feedback per option. Nobody else sees the choice."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    options = blocks.ListBlock(QuizOptionBlock(), label=_("Answer options"), min_num=2, max_num=8)

    class Meta:
        icon = "help"
        label = _("Self-check quiz")
        template = "selfhelp/blocks/quiz.html"

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one answer as right."))}
            )
        return value


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Items"), min_num=1, max_num=20)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "selfhelp/blocks/checklist.html"


class WorksheetBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    description = blocks.TextBlock(label=_("What to do with it"), required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        label = _("Worksheet download")
        template = "selfhelp/blocks/worksheet.html"


class CommunityLinkBlock(blocks.StructBlock):
    """Points to a forum or a social-map category; see selfhelp/links.py for how it becomes rich."""

    kind = blocks.ChoiceBlock(label=_("Points to"), choices=links.KIND_CHOICES, default=links.KIND_FORUM)
    topic = SnippetChooserBlock("pages.Topic", label=_("Topic"), required=False)
    label = blocks.CharBlock(label=_("Link text"), max_length=120)
    text = blocks.TextBlock(label=_("Short text"), required=False, max_length=400)

    class Meta:
        icon = "link"
        label = _("Link to the forum or the social map")
        template = "selfhelp/blocks/community_link.html"


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/rich_text.html")
    video = VideoBlock()
    image = ImageBlock()
    tip = TipBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()
    checklist = ChecklistBlock()
    worksheet = WorksheetBlock()
    community_link = CommunityLinkBlock()
    # A plugin's block (the agenda's "this week", …): one generic block, so migrations stay stable.
    plugin = PluginBlock()
