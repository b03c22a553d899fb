"""Forms for taking part in a course; they check shape, the services check the rules."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from selfhelp import app_settings


class AnswerForm(forms.Form):
    text = forms.CharField(required=False, strip=True)
    choice = forms.CharField(required=False, max_length=64)
    checked = forms.MultipleChoiceField(required=False)  # choices are checked by answer_save
    share = forms.BooleanField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any item id is accepted here; the service knows which ones the checklist has.
        self.fields["checked"].valid_value = lambda value: len(value) <= 64

    def clean_text(self):
        text = self.cleaned_data["text"]
        limit = app_settings.ANSWER_MAX_LENGTH
        if len(text) > limit:
            raise forms.ValidationError(
                _("Your answer is too long: %(length)d characters. Keep it under %(limit)d characters."),
                params={"length": len(text), "limit": limit},
            )
        return text


class EnrolForm(forms.Form):
    cohort = forms.ModelChoiceField(
        label=_("Follow the course with a group?"),
        queryset=None,
        required=False,
        empty_label=_("No, on my own at my own pace"),
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, cohorts=None, **kwargs):
        super().__init__(*args, **kwargs)
        if cohorts is None or not cohorts.exists():
            del self.fields["cohort"]
        else:
            self.fields["cohort"].queryset = cohorts
            self.fields["cohort"].label_from_instance = lambda cohort: (
                _("Group %(name)s, starts %(date)s")
                % {"name": cohort.name, "date": cohort.start_date.strftime("%d-%m-%Y")}
            )


class CoachChoiceForm(forms.Form):
    coach = forms.ModelChoiceField(
        label=_("Your coach"),
        queryset=None,
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("Choose one of the coaches of this course."),
            "required": _("Choose one of the coaches of this course."),
        },
    )

    def __init__(self, *args, coaches, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coach"].queryset = coaches
        self.fields["coach"].label_from_instance = lambda user: user.pseudonym


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Your feedback"),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Write your feedback first.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = app_settings.FEEDBACK_MAX_LENGTH
        self.fields["text"].widget.attrs["maxlength"] = limit
        self.fields["text"].validators.append(MaxLengthValidator(limit))


class ReplyForm(forms.Form):
    """The member's reply to their coach's feedback; as long as feedback may be."""

    text = forms.CharField(
        label=_("Your reply to your coach"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write your reply first.")},
    )

    def clean_text(self):
        text = self.cleaned_data["text"]
        limit = app_settings.FEEDBACK_MAX_LENGTH
        if len(text) > limit:
            raise forms.ValidationError(
                _("Your reply is too long: %(length)d characters. Keep it under %(limit)d characters."),
                params={"length": len(text), "limit": limit},
            )
        return text
