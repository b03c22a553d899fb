"""Group rooms are set up by site administrators in the Django admin (superusers only): the topic,
the host (a verified experience expert or professional), house rules and opening hours. 1:1 chats
are not listed there: only the member, their professional and moderators read them, on the site."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from community.accounts.roles import is_verified
from forum.chat.models import OpeningHour, Room, RoomSession


class OpeningHourInline(admin.TabularInline):
    model = OpeningHour
    extra = 1


class RoomSessionInline(admin.TabularInline):
    model = RoomSession
    extra = 0


class RoomAdminForm(forms.ModelForm):
    class Meta:
        model = Room
        fields = ["title", "slug", "topic", "description", "house_rules", "host", "slow_mode_seconds", "is_listed"]

    def clean_host(self):
        host = self.cleaned_data.get("host")
        if host is not None and not is_verified(host):
            raise forms.ValidationError(_("The host must be a verified experience expert or professional."))
        return host

    def clean(self):
        data = super().clean()
        if not data.get("title"):
            self.add_error("title", _("Give the room a title."))
        if not data.get("slug"):
            self.add_error("slug", _("Give the room a web address (slug)."))
        return data


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    form = RoomAdminForm
    list_display = ["title", "topic", "host", "is_listed"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [OpeningHourInline, RoomSessionInline]
    raw_id_fields = ["host"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(kind=Room.Kind.GROUP)

    def save_model(self, request, obj, form, change):
        obj.kind = Room.Kind.GROUP
        super().save_model(request, obj, form, change)
