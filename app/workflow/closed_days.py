"""R-2.3: the days a semansara is closed — Fridays, Iran's official holidays (solar and lunar,
from the `holidays` package's Iran calendar) and the closures HQ declares — and the closed days
HQ declares open. One question, `closed_reason(semansara, day)`, answers for the booking checks,
the calendar, the reports and the demo.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import holidays

from app.db import models as m
from app.workflow import errors, find, jalali, validate
from app.workflow.audit import Trail
from app.workflow.service import Context, Result, action

FRIDAY = 4  # date.weekday()
KINDS = {"closed": "تعطیل", "open": "باز"}


@lru_cache(maxsize=32)
def _official(year: int) -> dict[dt.date, str]:
    """Iran's official holidays of Gregorian `year`, by their Persian names (two on one day are
    joined by a Persian comma)."""
    calendar = holidays.country_holidays("IR", years=year, language="fa_IR")
    return {day: name.replace("; ", "، ") for day, name in calendar.items()}


def official_holiday(day: dt.date) -> str | None:
    """The Persian name of the official holiday on `day`, or None."""
    return _official(day.year).get(day)


def _declared(semansara: m.Semansara | None, day: dt.date) -> m.DeclaredDay | None:
    """The latest declaration of `day` for every semansara or for `semansara`."""
    where = m.DeclaredDay.semansara.is_null()
    if semansara is not None:
        where |= m.DeclaredDay.semansara == semansara
    return (m.DeclaredDay.select().where((m.DeclaredDay.day == day) & where)
            .order_by(m.DeclaredDay.id.desc()).first())


def closed_reason(semansara: m.Semansara | None, day: dt.date) -> str | None:
    """Why `semansara` (None: the semansaras in general) is closed on `day`, in Persian; None
    when it is open. A declaration of HQ wins over Fridays and holidays."""
    declared = _declared(semansara, day)
    if declared is not None:
        return None if declared.kind == "open" else declared.reason
    if day.weekday() == FRIDAY:
        return "جمعه"
    return official_holiday(day)


def check_open(semansara: m.Semansara, day: dt.date) -> None:
    """Refuse `CLOSED_DAY` (R-2.3) when `semansara` is closed on `day`."""
    why = closed_reason(semansara, day)
    if why is not None:
        because = "" if why == jalali.weekday_name(day) else f" ({why})"  # not «جمعه (جمعه)»
        raise errors.WorkflowError(
            errors.CLOSED_DAY, f"«{semansara.name}» در {jalali.weekday_name(day)} "
                               f"{jalali.format_date(day)} تعطیل است{because}.", "R-2.3",
            field="date")


def closed_days(semansara: m.Semansara | None, first: dt.date, days: int
                ) -> dict[dt.date, str]:
    """The closed days among `days` days from `first`, with why (for a calendar)."""
    out = {}
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        why = closed_reason(semansara, day)
        if why is not None:
            out[day] = why
    return out


@action("declare_day")
def declare_day(ctx: Context, trail: Trail, *, date: Any, kind: str, reason: str,
                semansara: str = "") -> Result:
    """HQ declares a day closed (a closure besides the calendar's) or open (a closed day the
    semansaras work), for every semansara or one, with its reason (R-2.3)."""
    day = validate.date(date, "date")
    kind = validate.choice(kind, "kind", KINDS, KINDS)
    reason = validate.text(reason, "reason", max_len=500)
    house = find.one(m.Semansara, semansara) if semansara else None
    m.DeclaredDay.create(day=day, semansara=house, kind=kind, reason=reason,
                         declared_by=ctx.user.username, declared_at=ctx.now)
    trail.about("calendar", jalali.format_date_latin(day), decision=f"declared_{kind}",
                reason=reason, data={"semansara": house.code if house else ""})
    return {"ref": jalali.format_date_latin(day), "kind": kind,
            "semansara": house.code if house else "", "open": closed_reason(house, day) is None}
