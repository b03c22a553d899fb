"""The questionnaire: one form, read from the query string, every answer optional."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from socialmap.geocoding import GeocodingError
from socialmap.matching.engine import Answers
from socialmap.matching.models import Gender

NO_PREFERENCE = ("", _("No preference"))
INVALID = _("This answer does not exist (any more). Choose one of the options.")

# The questions in the order a phone shows them, one per screen: (key, title, fields).
QUESTIONS = (
    ("where", _("Where do you live?"), ("wijk", "postcode")),
    ("whom", _("Who is the help for?"), ("voor", "leeftijd")),
    ("topic", _("What is it about?"), ("onderwerp",)),
    ("helper", _("Who would you like to help you?"), ("hulpverlener",)),
    ("gender", _("Does it matter whether your helper is a man or a woman?"), ("geslacht",)),
    ("language", _("Which language would you like to speak?"), ("taal",)),
    ("how", _("Online or in person?"), ("vorm",)),
    ("cost", _("May it cost money?"), ("gratis",)),
)


def _choices(rows):
    return [NO_PREFERENCE, *rows]


class MatchForm(forms.Form):
    wijk = forms.ChoiceField(label=_("Your neighbourhood"), required=False)
    postcode = forms.CharField(
        label=_("Or your postcode"), required=False, max_length=12, help_text=_("For example 7415 AB.")
    )
    voor = forms.ChoiceField(
        label=_("For whom"),
        required=False,
        widget=forms.RadioSelect,
        choices=_choices([("parent", _("For me, as a parent")), ("child", _("For my child"))]),
    )
    leeftijd = forms.IntegerField(
        label=_("Age of the child (years)"),
        required=False,
        min_value=0,
        max_value=25,
        help_text=_("Leave empty if it is not about one child."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    onderwerp = forms.ChoiceField(label=_("Topic"), required=False, widget=forms.RadioSelect)
    hulpverlener = forms.ChoiceField(
        label=_("Helper"),
        required=False,
        widget=forms.RadioSelect,
        choices=_choices(
            [
                ("professional", _("A professional")),
                ("experience_expert", _("An experience expert: a parent who went through it too")),
            ]
        ),
    )
    geslacht = forms.ChoiceField(
        label=_("Gender of the helper"),
        required=False,
        widget=forms.RadioSelect,
        choices=_choices([(Gender.WOMAN, _("A woman")), (Gender.MAN, _("A man"))]),
    )
    taal = forms.ChoiceField(label=_("Language"), required=False)
    vorm = forms.ChoiceField(
        label=_("How"),
        required=False,
        widget=forms.RadioSelect,
        choices=_choices([("in_person", _("In person")), ("online", _("Online or by phone"))]),
    )
    gratis = forms.BooleanField(label=_("Only free help"), required=False)

    def __init__(self, *args, **kwargs):
        from community.pages.models import Topic
        from community.partners.models import Neighbourhood
        from socialmap.models import Language

        super().__init__(*args, **kwargs)
        self.neighbourhoods = {row.slug: row for row in Neighbourhood.objects.all()}
        self.topics = {row.slug: row for row in Topic.objects.filter(socialmap_categories__isnull=False).distinct()}
        self.languages = {row.code: row for row in Language.objects.filter(services__isnull=False).distinct()}
        self.fields["wijk"].choices = _choices([(slug, row.name) for slug, row in self.neighbourhoods.items()])
        self.fields["onderwerp"].choices = _choices([(slug, row.name) for slug, row in self.topics.items()])
        self.fields["taal"].choices = _choices(
            sorted(((code, row.name) for code, row in self.languages.items()), key=lambda item: item[0] != "nl")
        )
        for name in ("wijk", "voor", "onderwerp", "hulpverlener", "geslacht", "taal", "vorm"):
            self.fields[name].error_messages["invalid_choice"] = INVALID
            self.fields[name].initial = ""  # "no preference" is checked until the member picks
        self.fields["leeftijd"].error_messages.update(
            invalid=_("Fill in an age in whole years, for example 4."),
            min_value=_("Fill in an age from 0 to 25."),
            max_value=_("Fill in an age from 0 to 25."),
        )

    def questions(self):
        """The questions with their bound fields, for the template."""
        return [(key, title, [self[name] for name in names]) for key, title, names in QUESTIONS]

    def clean(self):
        cleaned = super().clean()
        postcode = (cleaned.get("postcode") or "").strip()
        cleaned["place"] = self.neighbourhoods.get(cleaned.get("wijk") or "")
        if postcode and cleaned["place"] is None:
            from socialmap.matching.services import neighbourhood_near

            try:
                cleaned["place"] = neighbourhood_near(postcode)
            except GeocodingError as error:
                self.add_error("postcode", str(error))
        return cleaned

    def answers(self):
        data = self.cleaned_data
        return Answers(
            neighbourhood=data.get("place"),
            for_whom=data.get("voor") or "",
            age=data.get("leeftijd"),
            topic=self.topics.get(data.get("onderwerp") or ""),
            helper=data.get("hulpverlener") or "",
            gender=data.get("geslacht") or "",
            language=self.languages.get(data.get("taal") or ""),
            delivery=data.get("vorm") or "",
            free_only=bool(data.get("gratis")),
        )

    def summary(self):
        """The answers in one line, for a saved match ("Stress · for my child, 3 · Colmschate")."""
        answers, parts = self.answers(), []
        if answers.topic is not None:
            parts.append(answers.topic.name)
        if answers.for_whom == "parent":
            parts.append(_("for me as a parent"))
        elif answers.for_whom == "child":
            parts.append(_("for my child"))
        if answers.age is not None:
            parts.append(
                ngettext("child of %(age)s year", "child of %(age)s years", answers.age) % {"age": answers.age}
            )
        if answers.neighbourhood is not None:
            parts.append(answers.neighbourhood.name)
        return " · ".join(str(part) for part in parts)[:300] or str(_("All help"))
