"""Injectable clocks: rules ask a :class:`Clock` for the time, never ``datetime.now()``.

Every clock answers an aware moment in Tehran (`app.timezone`), whatever the desk's own zone.
The program passes a :class:`SystemClock`: on PostgreSQL it is the database server's clock
(``now()``), so that two desks whose own clocks disagree cannot reorder a queue; on SQLite (one
desk) it is the desk's clock. Tests and scenarios pass a :class:`FixedClock`.
"""

from __future__ import annotations

import datetime

from app.db.database import db, is_postgres
from app.timezone import in_tehran

__all__ = ["Clock", "SystemClock", "FixedClock"]


class Clock:
    """Source of the current moment, in Tehran."""

    def now(self) -> datetime.datetime:
        """The current moment, aware, in Tehran."""
        raise NotImplementedError

    def today(self) -> datetime.date:
        """Today in Tehran."""
        return self.now().date()


class SystemClock(Clock):
    """The office's clock, to the second: the PostgreSQL server's, or this desk's."""

    def now(self) -> datetime.datetime:
        if db.obj is not None and is_postgres() and not db.is_closed():
            # Inside a transaction: the moment it began, the same for the whole call.
            moment = db.execute_sql("SELECT now()").fetchone()[0]
        else:
            moment = datetime.datetime.now(datetime.UTC)
        return in_tehran(moment).replace(microsecond=0)


class FixedClock(Clock):
    """A clock that stands still until it is set or advanced. A naive moment given to it is
    Tehran's wall time."""

    def __init__(self, at: datetime.datetime) -> None:
        self._at = _checked(at)

    def now(self) -> datetime.datetime:
        return self._at

    def set(self, at: datetime.datetime) -> None:
        """Move the clock to ``at``."""
        self._at = _checked(at)

    def advance(self, delta: datetime.timedelta) -> None:
        """Move the clock by ``delta`` (which may be negative)."""
        self._at = in_tehran(self._at + delta)

    def __repr__(self) -> str:
        return f"FixedClock({self._at!r})"


def _checked(at: datetime.datetime) -> datetime.datetime:
    if not isinstance(at, datetime.datetime):
        raise TypeError(f"FixedClock needs a datetime.datetime, got {type(at).__name__}")
    return in_tehran(at)
