"""Numbers and dates as the interface shows them.

Windows call these rather than `app.workflow.persian` / `app.workflow.jalali` directly, so that
the interface language (`app.ui.i18n`) decides the digits in one place. Documents and the
workflow's own messages stay Persian whatever the interface language.
"""

from __future__ import annotations

import datetime

from app.workflow import jalali, persian


def digits(value: str | int) -> str:
    """``value`` with the interface's digits."""
    return persian.to_persian_digits(value)


def number(n: int) -> str:
    """A whole number grouped by three."""
    return persian.format_number(n)


def rials(n: int) -> str:
    """An amount in rials."""
    return persian.format_rials(n)


def date(d: datetime.date) -> str:
    """A Jalali date, zero padded."""
    return jalali.format_date(d)


def time(t: datetime.time) -> str:
    """Hours and minutes."""
    return jalali.format_time(t)


def datetime_text(dt: datetime.datetime) -> str:
    """A Jalali date and time."""
    return jalali.format_datetime(dt)
