"""The safety core's settings (MODERATION_*), read lazily like every app's settings.

The defaults here are the ones listed in docs/operators.md; community/moderation/checks.py
validates the values (``manage.py check``).
"""

from community.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def HELD_WORDS(self):
        """Words that hold a text for a moderator's review (whole words, any case); default none."""
        return [word.strip().lower() for word in self._setting("HELD_WORDS", []) if word.strip()]

    @property
    def NEW_MEMBER_HELD_POSTS(self):
        """How many approved texts a member needs before they are no longer pre-moderated; default 2.

        0 turns pre-moderation of new members off.
        """
        return int(self._setting("NEW_MEMBER_HELD_POSTS", 2))

    @property
    def TRUST_DAYS(self):
        """After a sustained report (content hidden, author warned), a member is pre-moderated again
        for this many days; default 30."""
        return int(self._setting("TRUST_DAYS", 30))

    @property
    def URGENT_MINUTES(self):
        """A "someone may be in danger" report waits at most this long before it is escalated; default 30."""
        return int(self._setting("URGENT_MINUTES", 30))

    @property
    def WAIT_HOURS(self):
        """Any other report or held text waits at most this long before it is escalated; default 24."""
        return int(self._setting("WAIT_HOURS", 24))


app_settings = AppSettings("MODERATION_")
