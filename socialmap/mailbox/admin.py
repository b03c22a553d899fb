from django.contrib import admin

from socialmap.mailbox.models import ProviderMailbox


@admin.register(ProviderMailbox)
class ProviderMailboxAdmin(admin.ModelAdmin):
    """Platform administrators only; a provider edits its own welcome text on /berichten/inbox/."""

    list_display = ("partner", "active", "updated_at")
    list_filter = ("active",)
    fields = ("partner", "active", "welcome", "survey_questions")
