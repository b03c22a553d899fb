"""The mailbox's forms. Errors in plain language; what was typed comes back with them (a chosen file
cannot: browsers do not allow it, and the error says so)."""

import os

from django import forms
from django.core.validators import MaxLengthValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from community.uploads import LimitedFileMixin
from socialmap.mailbox.app_settings import app_settings
from socialmap.mailbox.models import ProviderMailbox

ATTACHMENT_EXTENSIONS = ("pdf", "jpg", "jpeg", "png", "webp", "txt", "docx", "odt")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(LimitedFileMixin, forms.FileField):
    """Zero or more files of a few harmless types, each under the size limit (Django's documented
    multiple-files pattern)."""

    widget = MultipleFileInput

    @property
    def max_size(self):
        return app_settings.ATTACHMENT_MAX_BYTES

    def to_python(self, data):
        # One file at a time, so every file gets the size check.
        return data

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        if len(files) > app_settings.ATTACHMENTS_PER_MESSAGE:
            raise forms.ValidationError(
                _("You can add at most %(count)s files to one message.")
                % {"count": app_settings.ATTACHMENTS_PER_MESSAGE},
                code="too_many",
            )
        cleaned = []
        for upload in files:
            self.check_size(upload)
            upload = forms.FileField.to_python(self, upload)
            if upload is None:
                continue
            extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
            if extension not in ATTACHMENT_EXTENSIONS:
                raise forms.ValidationError(
                    _("“%(name)s” cannot be sent. You can add: %(allowed)s (at most %(limit)s each).")
                    % {
                        "name": upload.name[:80],
                        "allowed": ", ".join(ATTACHMENT_EXTENSIONS),
                        "limit": filesizeformat(app_settings.ATTACHMENT_MAX_BYTES),
                    },
                    code="type",
                )
            cleaned.append(upload)
        return cleaned


class _TextMixin(forms.Form):
    text = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 6}),
        strip=True,
        error_messages={"required": _("Write a message first.")},
    )
    attachments = AttachmentsField(
        required=False,
        label=_("Attachments (optional)"),
        help_text=_("PDF, photo, text or Word file; at most three, each up to 10 MB."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = app_settings.MAX_LENGTH
        self.fields["text"].max_length = limit
        self.fields["text"].validators.append(MaxLengthValidator(limit))
        self.fields["text"].error_messages["max_length"] = _(
            "Your message is too long: at most %(limit_value)d characters, please (you wrote %(show_value)d)."
        )
        self.fields["attachments"].help_text = _(
            "PDF, photo, text or Word file; at most %(count)s, each up to %(limit)s."
        ) % {"count": app_settings.ATTACHMENTS_PER_MESSAGE, "limit": filesizeformat(app_settings.ATTACHMENT_MAX_BYTES)}

    def add_file_hint(self):
        """After an error, the files have to be chosen again: say so."""
        if self.is_bound and self.errors and self.files:
            self.add_error(None, _("Your text is kept. Choose your files again, please: a browser cannot keep them."))


class StartForm(_TextMixin):
    subject = forms.CharField(label=_("Subject (optional)"), max_length=150, required=False)
    field_order = ["subject", "text", "attachments"]


class ReplyForm(_TextMixin):
    pass


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=None,
        required=False,
        empty_label=_("Nobody (back to unassigned)"),
    )

    def __init__(self, *args, colleagues, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = colleagues
        self.fields["assignee"].label_from_instance = lambda user: user.pseudonym


SCORE_CHOICES = [
    (1, _("1 – not helpful at all")),
    (2, _("2")),
    (3, _("3")),
    (4, _("4")),
    (5, _("5 – very helpful")),
]


class SurveyForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("How much did this conversation help you?"),
        choices=SCORE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a score from 1 to 5."),
            "invalid_choice": _("Choose a score from 1 to 5."),
        },
    )
    comment = forms.CharField(
        label=_("Anything you want to tell us? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for number, question in enumerate(self.questions):
            self.fields[f"question_{number}"] = forms.CharField(
                label=question, required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
            )

    def answers(self):
        return {
            question: self.cleaned_data.get(f"question_{number}", "").strip()
            for number, question in enumerate(self.questions)
            if self.cleaned_data.get(f"question_{number}", "").strip()
        }


class MailboxSettingsForm(forms.ModelForm):
    class Meta:
        model = ProviderMailbox
        fields = ("active", "welcome", "survey_questions")
        widgets = {"welcome": forms.Textarea(attrs={"rows": 6}), "survey_questions": forms.Textarea(attrs={"rows": 3})}

    def clean_survey_questions(self):
        lines = [line.strip() for line in self.cleaned_data["survey_questions"].splitlines() if line.strip()]
        if len(lines) > 3:
            raise forms.ValidationError(_("At most three questions, one per line, please."))
        return "\n".join(lines)
