"""The chat's settings (CHAT_*), read lazily like every app's settings; defaults in docs/operators.md."""

from community.app_settings import PrefixedSettings

# Words that do not block a message but alert the host or professional on duty and show the writer
# the help card (whole words or phrases, any case). Operators extend it with CHAT_CRISIS_WORDS.
DEFAULT_CRISIS_WORDS = (
    "zelfmoord",
    "suïcide",
    "suicide",
    "dood willen",
    "wil dood",
    "niet meer leven",
    "er een eind aan maken",
    "mezelf iets aandoen",
    "mijzelf iets aandoen",
    "mijn kind iets aandoen",
    "kill myself",
    "end my life",
)


class AppSettings(PrefixedSettings):
    @property
    def MAX_LENGTH(self):
        """Longest message in characters; default 2000."""
        return int(self._setting("MAX_LENGTH", 2000))

    @property
    def CRISIS_WORDS(self):
        """A fixed list that replaces the administrators' editable one (Wagtail settings › Chat)."""
        words = list(self._setting("CRISIS_WORDS", DEFAULT_CRISIS_WORDS)) + self.EXTRA_CRISIS_WORDS
        return [word.strip().lower() for word in words if word.strip()]

    @property
    def EXTRA_CRISIS_WORDS(self):
        return list(self._setting("EXTRA_CRISIS_WORDS", []))

    @property
    def RATE_MESSAGES(self):
        """At most this many messages in RATE_SECONDS per member (hosts and helpers exempt); default 5."""
        return int(self._setting("RATE_MESSAGES", 5))

    @property
    def RATE_SECONDS(self):
        return int(self._setting("RATE_SECONDS", 5))

    @property
    def RATE_NOTICES_BEFORE_MUTE(self):
        """ "Slow down" notices in a minute before a member is muted in the room; default 3."""
        return int(self._setting("RATE_NOTICES_BEFORE_MUTE", 3))

    @property
    def RATE_MUTE_MINUTES(self):
        return int(self._setting("RATE_MUTE_MINUTES", 10))

    @property
    def PICKUP_MINUTES(self):
        """After this many minutes without a professional, the member is offered another route; default 10."""
        return int(self._setting("PICKUP_MINUTES", 10))

    @property
    def DEFAULT_CAPACITY(self):
        """How many 1:1 chats a professional takes at once unless they choose otherwise; default 3."""
        return int(self._setting("DEFAULT_CAPACITY", 3))

    @property
    def GROUP_RETENTION_DAYS(self):
        """Group room messages are erased after this many days; default 90."""
        return int(self._setting("GROUP_RETENTION_DAYS", 90))

    @property
    def DIRECT_RETENTION_DAYS(self):
        """A closed 1:1 chat is erased this many days after closing; default 30."""
        return int(self._setting("DIRECT_RETENTION_DAYS", 30))


app_settings = AppSettings("CHAT_")
