"""Forms of our own forum screens (machina's forms are used as they are)."""

from django.core.validators import MaxLengthValidator

from forum import app_settings


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
