"""The one safety core: reports, holds, the moderation log, silences and trust, for every kind of content.

A feature that lets people write (the forum now; chat, mailbox and profile texts next) implements
a small `ContentKind` (community/moderation/kinds.py) and returns it from the `moderation_kinds`
plugin hook. Everything else lives here, once: the report form, the queue with its waiting times,
alerts to the moderators on duty, the rota, pre-moderation and trust, and the log.
"""
