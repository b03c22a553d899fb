"""Attachments: only a few harmless file types, and not too big (machina checks neither)."""
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from forum import app_settings


def attachment_size_validate(file):
    limit = app_settings.attachment_max_size()
    if file and file.size > limit:
        raise ValidationError(
            _("This file is too big. The maximum is %(limit)s.") % {"limit": filesizeformat(limit)},
            code="file_too_big",
        )


def attachment_type_validate(file):
    allowed = app_settings.attachment_extensions()
    FileExtensionValidator(
        allowed_extensions=allowed,
        message=_("You can only add these kinds of files: %(allowed)s.") % {"allowed": ", ".join(allowed)},
    )(file)


def attachment_validators_install():
    """Add our validators to the file field of machina's attachment form (form level: no migration)."""
    from machina.core.loading import get_class

    # The formset machina's views use builds its own form subclass: patch both.
    form_classes = [
        get_class("forum_attachments.forms", "AttachmentForm"),
        get_class("forum_attachments.forms", "AttachmentFormset").form,
    ]
    for form_class in form_classes:
        validators = form_class.base_fields["file"].validators
        for validator in (attachment_type_validate, attachment_size_validate):
            if validator not in validators:
                validators.append(validator)
