"""Forms of our own forum screens (machina's forms are used as they are)."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from forum import app_settings
from forum.models import PostReport


class PostReportForm(forms.ModelForm):
    class Meta:
        model = PostReport
        fields = ["reason", "explanation"]
        widgets = {"reason": forms.RadioSelect, "explanation": forms.Textarea(attrs={"rows": 4})}
        labels = {"reason": _("What is wrong with this post?"), "explanation": _("Tell us more (optional)")}


class ReportHandleForm(forms.Form):
    action = forms.ChoiceField(
        label=_("What do you do?"),
        choices=[
            ("hide", _("Hide the post")),
            ("approve", _("The post is fine: keep it")),
            ("warn", _("Warn the author")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note for the log (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


def post_length_validator_install():
    """Limit the length of forum posts on machina's post and topic forms (form level: no migration).

    The limit is read on every validation (MaxLengthValidator accepts a callable), not once at
    start-up, so FORUM_POST_MAX_LENGTH under override_settings applies too.
    """
    from machina.core.loading import get_class

    for name in ("PostForm", "TopicForm"):
        field = get_class("forum_conversation.forms", name).base_fields["content"]
        if not any(isinstance(validator, MaxLengthValidator) for validator in field.validators):
            field.validators.append(MaxLengthValidator(post_max_length))


def post_max_length():
    return app_settings.POST_MAX_LENGTH
