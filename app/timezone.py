"""The office's one clock zone: Tehran (Asia/Tehran, from the `tzdata` package where the system
has no zone database, as on Windows). Every moment the program keeps or shows is a moment in
Tehran, whatever the desk's own zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TEHRAN = ZoneInfo("Asia/Tehran")


def in_tehran(moment: dt.datetime) -> dt.datetime:
    """`moment` as an aware datetime in Tehran; a naive one is read as Tehran's wall time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TEHRAN)
    return moment.astimezone(TEHRAN)


def wall_time(moment: dt.datetime) -> dt.datetime:
    """Tehran's wall time of `moment`, without a zone: how the database keeps moments."""
    return in_tehran(moment).replace(tzinfo=None)
