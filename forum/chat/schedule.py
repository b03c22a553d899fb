"""When a group room is open: its weekly openings and one-off sessions, unless the host closed it.

Everything is computed from the schedule at the moment of asking, so rooms open and close by
themselves: no job has to flip a switch, and a server that was down misses nothing.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone


@dataclass
class RoomState:
    open: bool
    closes_at: datetime | None = None  # when open: the end of the current opening
    opens_at: datetime | None = None  # when closed: the start of the next opening (within 2 weeks)


def _windows(room, start, end):
    """The room's opening windows (aware datetimes) that overlap [start, end), sorted."""
    windows = []
    hours = list(room.opening_hours.all())
    day = timezone.localtime(start).date() - timedelta(days=1)
    last = timezone.localtime(end).date()
    while day <= last:
        for hour in hours:
            if hour.weekday == day.weekday():
                windows.append(hour.window_on(day))
        day += timedelta(days=1)
    for session in room.sessions.all():
        windows.append((session.starts_at, session.ends_at))
    return sorted(window for window in windows if window[1] > start and window[0] < end)


def room_state(room, now=None):
    """Open or closed now, with the time it closes or the next time it opens."""
    now = now or timezone.now()
    windows = _windows(room, now, now + timedelta(days=15))
    closed_by_host = room.closed_until is not None and room.closed_until > now
    current = [window for window in windows if window[0] <= now < window[1]]
    if current and not closed_by_host:
        # Touching windows (18:00–19:00 and 19:00–20:00) count as one opening.
        closes = max(end for _start, end in current)
        for start, end in windows:
            if start <= closes < end:
                closes = end
        return RoomState(open=True, closes_at=closes)
    later = [start for start, end in windows if start > now and (not closed_by_host or start >= room.closed_until)]
    return RoomState(open=False, opens_at=min(later) if later else None)
