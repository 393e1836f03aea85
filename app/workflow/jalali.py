"""Jalali (Solar Hijri) dates: parsing, formatting and month arithmetic.

Dates are stored and passed around as Gregorian :class:`datetime.date`; the Jalali calendar
appears only at the edges (what people type and read) and in month and year arithmetic.
Leap years are those of :mod:`jdatetime`.
"""

from __future__ import annotations

import datetime
import re

import jdatetime

from app.timezone import TEHRAN
from app.workflow import messages as msg
from app.workflow.persian import to_latin_digits, to_persian_digits

__all__ = [
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "JalaliError",
    "days_in_month",
    "from_jalali",
    "to_jalali",
    "parse_date",
    "parse_datetime",
    "parse_time",
    "format_date",
    "format_date_latin",
    "format_datetime",
    "format_time",
    "add_months",
    "jalali_year",
    "jalali_month",
    "year_bounds",
    "months_between",
    "weekday_name",
]

MONTH_NAMES: tuple[str, ...] = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
"""Jalali month names; ``MONTH_NAMES[0]`` is Farvardin (month 1)."""

WEEKDAY_NAMES: tuple[str, ...] = (
    "شنبه",
    "یکشنبه",
    "دوشنبه",
    "سه‌شنبه",
    "چهارشنبه",
    "پنجشنبه",
    "جمعه",
)
"""Weekday names, the Iranian week: Saturday first."""

# Bidi marks that copy-and-paste from right-to-left text often brings along.
_MARKS = str.maketrans(
    "", "", "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_DATE = re.compile(r"([0-9]{4})([/-])([0-9]{1,2})\2([0-9]{1,2})")
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")


class JalaliError(ValueError):
    """A Jalali date or time that cannot be read: `problem` says why (a catalogue message);
    ``str()`` is its Persian text."""

    def __init__(self, problem: msg.Message) -> None:
        super().__init__(problem.text())
        self.problem = problem
        self.message = problem.text()

    def __str__(self) -> str:
        return self.message


def _clean(text: str) -> str:
    return to_latin_digits(text.translate(_MARKS)).strip()


def _shown(text: str) -> str:
    """The text as quoted back to the user, without stray marks and spaces (the message writes
    its digits in the reader's digits)."""
    return text.translate(_MARKS).strip()


def days_in_month(jy: int, jm: int) -> int:
    """Number of days in Jalali month ``jm`` (1-12) of year ``jy``."""
    if not 1 <= jm <= 12:
        raise JalaliError(msg.MONTH_RANGE(month=jm))
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    if not jdatetime.MINYEAR <= jy <= jdatetime.MAXYEAR:
        raise JalaliError(msg.YEAR_RANGE(year=jy, low=jdatetime.MINYEAR, high=jdatetime.MAXYEAR))
    return 30 if jdatetime.date(jy, 1, 1).isleap() else 29


def from_jalali(jy: int, jm: int, jd: int) -> datetime.date:
    """The Gregorian date of Jalali ``jy/jm/jd``; :class:`JalaliError` names what is wrong."""
    shown = f"{jy:04d}/{jm:02d}/{jd:02d}"
    if not jdatetime.MINYEAR <= jy <= jdatetime.MAXYEAR:
        raise JalaliError(
            msg.DATE_YEAR_RANGE(date=shown, low=jdatetime.MINYEAR, high=jdatetime.MAXYEAR)
        )
    if not 1 <= jm <= 12:
        raise JalaliError(msg.DATE_MONTH_RANGE(date=shown))
    last = days_in_month(jy, jm)
    if not 1 <= jd <= last:
        raise JalaliError(
            msg.DATE_DAY_RANGE(date=shown, last=last, month=MONTH_NAMES[jm - 1], year=jy)
        )
    try:
        return jdatetime.date(jy, jm, jd).togregorian()
    except (ValueError, OverflowError) as exc:  # beyond datetime.date.max
        raise JalaliError(msg.DATE_BEYOND(date=shown)) from exc


def to_jalali(d: datetime.date) -> tuple[int, int, int]:
    """The Jalali ``(year, month, day)`` of Gregorian date ``d``."""
    j = jdatetime.date.fromgregorian(date=d)
    return j.year, j.month, j.day


def parse_date(text: str) -> datetime.date:
    """Read a Jalali date ``YYYY/MM/DD`` (or ``YYYY-MM-DD``) into a Gregorian date.

    Persian, Arabic-Indic or Latin digits; month and day may have one or two digits.
    Anything else, or a month or day that does not exist, raises :class:`JalaliError`.
    """
    cleaned = _clean(text)
    if not cleaned:
        raise JalaliError(msg.DATE_EMPTY())
    match = _DATE.fullmatch(cleaned)
    if match is None:
        raise JalaliError(msg.DATE_UNREADABLE(text=_shown(text)))
    return from_jalali(int(match[1]), int(match[3]), int(match[4]))


def parse_time(text: str) -> datetime.time:
    """Read ``HH:MM`` (Persian or Latin digits), from 00:00 to 23:59, into a time."""
    cleaned = _clean(text)
    if not cleaned:
        raise JalaliError(msg.TIME_EMPTY())
    match = _TIME.fullmatch(cleaned)
    if match is None:
        raise JalaliError(msg.TIME_UNREADABLE(text=_shown(text)))
    hour, minute = int(match[1]), int(match[2])
    if hour > 23:
        raise JalaliError(msg.TIME_HOUR_RANGE(text=_shown(text)))
    if minute > 59:
        raise JalaliError(msg.TIME_MINUTE_RANGE(text=_shown(text)))
    return datetime.time(hour, minute)


def parse_datetime(text: str) -> datetime.datetime:
    """Read ``YYYY/MM/DD HH:MM``, or a date alone (taken as 00:00), into a moment in Tehran."""
    parts = _clean(text).split()
    if len(parts) <= 1:
        return at(parse_date(text))
    if len(parts) == 2:
        return at(parse_date(parts[0]), parse_time(parts[1]))
    raise JalaliError(msg.DATETIME_UNREADABLE(text=_shown(text)))


def at(day: datetime.date, time: datetime.time | None = None) -> datetime.datetime:
    """The moment `time` (midnight when None) of `day` in Tehran, as the program keeps
    moments."""
    return datetime.datetime.combine(day, time or datetime.time(), tzinfo=TEHRAN)


def format_date_latin(d: datetime.date) -> str:
    """``1405/01/10``: the Jalali date in ASCII digits, for logs and JSON."""
    jy, jm, jd = to_jalali(d)
    return f"{jy:04d}/{jm:02d}/{jd:02d}"


def format_date(d: datetime.date) -> str:
    """``۱۴۰۵/۰۱/۱۰``: the Jalali date in Persian digits, zero padded."""
    return to_persian_digits(format_date_latin(d))


def format_time(t: datetime.time) -> str:
    """``۰۹:۰۰``: hours and minutes in Persian digits."""
    return to_persian_digits(f"{t.hour:02d}:{t.minute:02d}")


def format_datetime(dt: datetime.datetime) -> str:
    """``۱۴۰۵/۰۱/۱۰ ۰۹:۰۰``: Jalali date and time in Persian digits."""
    return f"{format_date(dt.date())} {format_time(dt.time())}"


def add_months(d: datetime.date, months: int) -> datetime.date:
    """Add ``months`` Jalali months (may be negative) to ``d``.

    When the target month is shorter the day is clamped to its last day:
    1405/06/31 + 1 → 1405/07/30, 1403/12/30 + 12 → 1404/12/29.
    """
    jy, jm, jd = to_jalali(d)
    ny, nm0 = divmod(jy * 12 + (jm - 1) + months, 12)
    nm = nm0 + 1
    return from_jalali(ny, nm, min(jd, days_in_month(ny, nm)))


def jalali_year(d: datetime.date) -> int:
    """The Jalali year of ``d``."""
    return to_jalali(d)[0]


def jalali_month(d: datetime.date) -> int:
    """The Jalali month (1-12) of ``d``."""
    return to_jalali(d)[1]


def year_bounds(jy: int) -> tuple[datetime.date, datetime.date]:
    """First day of Jalali year ``jy`` and first day of the next one (a half-open range)."""
    return from_jalali(jy, 1, 1), from_jalali(jy + 1, 1, 1)


def months_between(start: datetime.date, end: datetime.date) -> int:
    """Whole Jalali months from ``start`` to ``end`` (end exclusive).

    The largest ``n`` with ``add_months(start, n) <= end``: 1405/01/01 → 1405/07/01 is 6,
    1405/01/01 → 1405/06/31 is 5. When ``end`` is before ``start`` the result is
    ``-months_between(end, start)``.
    """
    if end < start:
        return -months_between(end, start)
    sy, sm, _ = to_jalali(start)
    ey, em, _ = to_jalali(end)
    n = (ey * 12 + em) - (sy * 12 + sm)
    if add_months(start, n) > end:
        n -= 1
    return n


def years_between(start: datetime.date, end: datetime.date) -> int:
    """Whole Jalali years from ``start`` to ``end``, counted to the day: 1402/08/15 →
    1404/08/15 is 2, → 1404/08/14 is 1 (an anniversary on 12/30 of a leap year falls on the
    last day of Esfand in other years). Negative when ``end`` is before ``start``."""
    return months_between(start, end) // 12 if end >= start else -years_between(end, start)


def weekday_name(d: datetime.date) -> str:
    """The Persian name of the weekday of ``d`` (شنبه … جمعه)."""
    return WEEKDAY_NAMES[(d.weekday() + 2) % 7]
