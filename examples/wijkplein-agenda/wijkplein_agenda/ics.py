"""One activity as an iCalendar file (RFC 5545), written by hand: it is a dozen lines of text."""

import datetime

from django.utils import timezone

ICS_DATETIME = "%Y%m%dT%H%M%SZ"


def _escape(text):
    text = str(text or "").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line):
    """Lines longer than 75 octets continue on the next line after a space (never inside a character)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def _utc(moment):
    return moment.astimezone(datetime.UTC).strftime(ICS_DATETIME)


def activity_ics(activity, *, url, host):
    location = activity.location or activity.online_url
    description = activity.description
    if activity.online_url:
        description = f"{description}\n\n{activity.online_url}".strip()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Wijkplein//Wijkagenda//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:agenda-{activity.pk}@{host}",
        f"DTSTAMP:{_utc(activity.updated_at or timezone.now())}",
        f"DTSTART:{_utc(activity.starts_at)}",
        f"DTEND:{_utc(activity.ends_at)}",
        f"SUMMARY:{_escape(activity.title)}",
        f"DESCRIPTION:{_escape(description)}",
        f"LOCATION:{_escape(location)}",
        f"ORGANIZER;CN={_escape(activity.partner.name).replace(':', ' ')}:mailto:{activity.partner.email or 'noreply@' + host}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
