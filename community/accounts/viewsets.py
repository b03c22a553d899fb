"""Wagtail's user admin, adjusted: pseudonym in the forms, real names optional."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from community.accounts.validators import validate_pseudonym


class _PseudonymMixin(forms.Form):
    pseudonym = forms.CharField(label=_("Pseudonym"), max_length=30, validators=[validate_pseudonym], required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = False
        self.fields["last_name"].required = False

    def clean_pseudonym(self):
        from community.accounts.models import User

        pseudonym = self.cleaned_data["pseudonym"].strip()
        others = User.objects.filter(pseudonym__iexact=pseudonym)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("This pseudonym is already taken. Choose another one."))
        return pseudonym


class WijkpleinUserCreationForm(_PseudonymMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"pseudonym"}


class WijkpleinUserEditForm(_PseudonymMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"pseudonym"}


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return WijkpleinUserEditForm if for_update else WijkpleinUserCreationForm
