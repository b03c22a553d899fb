"""Attachments: only a few harmless file types, not too big (machina checks neither), and private.

machina stores attachments as MEDIA_ROOT/machina/attachments/<original name>: public and guessable.
Its file field calls ``instance.get_file_upload_to(filename)``, so we replace that method (no
migration in machina's package) with a name under ``private/``: the default storage keeps those in
PRIVATE_MEDIA_ROOT (community/files.py), and only forum/machina_views.py's attachment view serves them.
"""

import os

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.forms import ClearableFileInput
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from forum import app_settings


class PrivateFileInput(ClearableFileInput):
    """The edit form names the current attachment without a link: a private file has no URL."""

    template_name = "peer_forum/private_file_input.html"

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.is_initial(value):
            context["widget"]["filename"] = os.path.basename(value.name)
        return context


def attachment_size_validate(file):
    limit = app_settings.ATTACHMENT_MAX_SIZE
    if file and file.size > limit:
        raise ValidationError(
            _("This file is too big. The maximum is %(limit)s.") % {"limit": filesizeformat(limit)},
            code="file_too_big",
        )


def attachment_type_validate(file):
    allowed = app_settings.ATTACHMENT_EXTENSIONS
    FileExtensionValidator(
        allowed_extensions=allowed,
        message=_("You can only add these kinds of files: %(allowed)s.") % {"allowed": ", ".join(allowed)},
    )(file)


ATTACHMENT_AREA = "forum-attachments"


def attachment_upload_to(attachment, filename):
    """``private/forum-attachments/<random hex>/<sanitised original name>``."""
    from community.files import private_upload_name

    return private_upload_name(ATTACHMENT_AREA, filename)


def attachment_storage_install():
    """Give machina's Attachment model our private, random upload names."""
    from forum.machina_models import Attachment

    Attachment.get_file_upload_to = attachment_upload_to


def attachment_validators_install():
    """Add our validators to the file field of machina's attachment form (form level: no migration)."""
    from machina.core.loading import get_class

    # The formset machina's views use builds its own form subclass: patch both.
    form_classes = [
        get_class("forum_attachments.forms", "AttachmentForm"),
        get_class("forum_attachments.forms", "AttachmentFormset").form,
    ]
    for form_class in form_classes:
        form_class.base_fields["file"].widget = PrivateFileInput()
        validators = form_class.base_fields["file"].validators
        for validator in (attachment_type_validate, attachment_size_validate):
            if validator not in validators:
                validators.append(validator)
