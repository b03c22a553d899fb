"""The forum's own settings, read lazily with a prefix and a default (like machina's MACHINA_*)."""

from django.conf import settings


def held_words():
    """Words that hold a post for review; FORUM_HELD_WORDS, compared case-insensitively."""
    return [word.strip().lower() for word in getattr(settings, "FORUM_HELD_WORDS", []) if word.strip()]


def new_member_held_posts():
    return int(getattr(settings, "FORUM_NEW_MEMBER_HELD_POSTS", 2))


def post_max_length():
    return int(getattr(settings, "FORUM_POST_MAX_LENGTH", 20000))


def attachment_max_size():
    return int(getattr(settings, "FORUM_ATTACHMENT_MAX_SIZE", 5 * 1024 * 1024))


def attachment_extensions():
    return list(getattr(settings, "FORUM_ATTACHMENT_EXTENSIONS", ["pdf", "jpg", "jpeg", "png", "txt"]))
