"""Injectable clocks: rules ask a :class:`Clock` for the time, never ``datetime.now()``.

The program passes a :class:`SystemClock`; tests and scenarios pass a :class:`FixedClock`.
Times are naive local time.
"""

from __future__ import annotations

import datetime

__all__ = ["Clock", "SystemClock", "FixedClock"]


class Clock:
    """Source of the current local time."""

    def now(self) -> datetime.datetime:
        """The current naive local date and time."""
        raise NotImplementedError

    def today(self) -> datetime.date:
        """The current local date."""
        return self.now().date()


class SystemClock(Clock):
    """The wall clock, to the second."""

    def now(self) -> datetime.datetime:
        return datetime.datetime.now().replace(microsecond=0)


class FixedClock(Clock):
    """A clock that stands still until it is set or advanced."""

    def __init__(self, at: datetime.datetime) -> None:
        self._at = _checked(at)

    def now(self) -> datetime.datetime:
        return self._at

    def set(self, at: datetime.datetime) -> None:
        """Move the clock to ``at``."""
        self._at = _checked(at)

    def advance(self, delta: datetime.timedelta) -> None:
        """Move the clock by ``delta`` (which may be negative)."""
        self._at += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._at!r})"


def _checked(at: datetime.datetime) -> datetime.datetime:
    if not isinstance(at, datetime.datetime):
        raise TypeError(f"FixedClock needs a datetime.datetime, got {type(at).__name__}")
    if at.tzinfo is not None:
        raise ValueError("FixedClock uses naive local time; got an aware datetime")
    return at
