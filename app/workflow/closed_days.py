"""R-2.3: the days a semansara is closed — Fridays, Iran's official holidays (solar and lunar,
from the `holidays` package's Iran calendar) and the closures HQ declares — and the closed days
HQ declares open. One question, `closure(semansara, day)` (`closed_reason` for its Persian
words), answers for the booking checks, the calendar, the reports (`open_days`) and the demo.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import peewee as pw

from app.db import models as m
from app.db.statements import Statement
from app.workflow import errors, find, jalali, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.service import Context, Result, action

FRIDAY = 4  # date.weekday(): the weekly holiday
KINDS = {"closed": "تعطیل", "open": "باز"}


@dataclass(frozen=True)
class Closure:
    """Why a semansara is closed on a day, in Persian and in English (a declared reason is
    the same in both)."""

    fa: str
    en: str
    weekly: bool = False  # the weekly holiday, which the day's own name already says

    def text(self, language: str = msg.FA) -> str:
        return self.en if language == msg.EN else self.fa


@lru_cache(maxsize=64)
def _official(year: int, language: str = "fa_IR") -> dict[dt.date, str]:
    """Iran's official holidays of Gregorian `year`, by their names in `language` (two on one
    day are joined by a comma)."""
    import holidays  # 0.1 s, for the first day asked about, not at start-up

    calendar = holidays.country_holidays("IR", years=year, language=language)
    comma = "، " if language == "fa_IR" else ", "
    return {day: name.replace("; ", comma) for day, name in calendar.items()}


def official_holiday(day: dt.date) -> str | None:
    """The Persian name of the official holiday on `day`, or None."""
    return _official(day.year).get(day)


def _declared_query(semansara_id: int | None, first: dt.date, end: dt.date) -> pw.ModelSelect:
    where = m.DeclaredDay.semansara.is_null()
    if semansara_id is not None:
        where |= m.DeclaredDay.semansara == semansara_id
    return (
        m.DeclaredDay.select()
        .where((m.DeclaredDay.day >= first) & (m.DeclaredDay.day < end) & where)
        .order_by(m.DeclaredDay.id)
    )


# Asked for every booking and every day the demonstration plans: built once, for HQ's
# declarations alone and for those of one semansara too.
_DECLARED_FOR_ALL = Statement(
    lambda first, end: _declared_query(None, first, end), (m.DeclaredDay.day, m.DeclaredDay.day)
)
_DECLARED_FOR_ONE = Statement(
    _declared_query, (m.DeclaredDay.semansara, m.DeclaredDay.day, m.DeclaredDay.day)
)


def _declared(
    semansara: m.Semansara | None, first: dt.date, end: dt.date
) -> dict[dt.date, m.DeclaredDay]:
    """The latest declaration of each day from `first` up to `end` (exclusive) for every
    semansara or for `semansara`."""
    if semansara is None:
        rows = _DECLARED_FOR_ALL.rows(first, end)
    else:
        rows = _DECLARED_FOR_ONE.rows(semansara.id, first, end)
    return {row.day: row for row in rows}  # the later declaration of a day wins


def closure(semansara: m.Semansara | None, day: dt.date) -> Closure | None:
    """Why `semansara` (None: the semansaras in general) is closed on `day`; None when it is
    open. A declaration of HQ wins over Fridays and holidays."""
    return _closure(_declared(semansara, day, day + dt.timedelta(days=1)).get(day), day)


def _closure(declared: m.DeclaredDay | None, day: dt.date) -> Closure | None:
    if declared is not None:
        return None if declared.kind == "open" else Closure(declared.reason, declared.reason)
    if day.weekday() == FRIDAY:
        return Closure(jalali.weekday_name(day), msg.write(day, "weekday", msg.EN), weekly=True)
    name = official_holiday(day)
    return Closure(name, _official(day.year, "en_US")[day]) if name is not None else None


def closed_reason(semansara: m.Semansara | None, day: dt.date) -> str | None:
    """Why `semansara` is closed on `day`, in Persian (`closure`); None when it is open."""
    closed = closure(semansara, day)
    return closed.fa if closed is not None else None


def check_open(semansara: m.Semansara, day: dt.date) -> None:
    """Refuse `CLOSED_DAY` (R-2.3) when `semansara` is closed on `day`."""
    why = closure(semansara, day)
    if why is not None:
        said = (
            msg.CLOSED_ON(semansara=semansara.name, day=day)
            if why.weekly  # not «جمعه (جمعه)»
            else msg.CLOSED_ON_BECAUSE(semansara=semansara.name, day=day, why=why)
        )
        raise errors.WorkflowError(errors.CLOSED_DAY, said, "R-2.3", field="date")


def open_days(semansara: m.Semansara | None, first: dt.date, end: dt.date) -> int:
    """The days from `first` up to `end` (exclusive) on which `semansara` is open."""
    closed = closed_days(semansara, first, (end - first).days)
    return (end - first).days - len(closed)


def closed_days(
    semansara: m.Semansara | None, first: dt.date, days: int, language: str = msg.FA
) -> dict[dt.date, str]:
    """The closed days among `days` days from `first`, with why in `language` (a calendar)."""
    declared = _declared(semansara, first, first + dt.timedelta(days=days))
    out = {}
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        why = _closure(declared.get(day), day)
        if why is not None:
            out[day] = why.text(language)
    return out


@action("declare_day")
def declare_day(
    ctx: Context, trail: Trail, *, date: Any, kind: str, reason: str, semansara: str = ""
) -> Result:
    """HQ declares a day closed (a closure besides the calendar's) or open (a closed day the
    semansaras work), for every semansara or one, with its reason (R-2.3)."""
    day = validate.date(date, "date")
    kind = validate.choice(kind, "kind", KINDS, KINDS)
    reason = validate.text(reason, "reason", max_len=500)
    semansara_row = find.one(m.Semansara, semansara) if semansara else None
    m.DeclaredDay.create(
        day=day,
        semansara=semansara_row,
        kind=kind,
        reason=reason,
        declared_by=ctx.user.username,
        declared_at=ctx.now,
    )
    trail.about(
        "calendar",
        jalali.format_date_latin(day),
        decision=f"declared_{kind}",
        reason=reason,
        data={"semansara": semansara_row.code if semansara_row else ""},
    )
    return {
        "ref": jalali.format_date_latin(day),
        "kind": kind,
        "semansara": semansara_row.code if semansara_row else "",
        "open": closed_reason(semansara_row, day) is None,
    }
