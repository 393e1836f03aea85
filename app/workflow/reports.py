"""Reports: occupancy, quota use, requests per step, contracts ending, notes held.

Each function reads the database (never writes) and returns a plain `Report`: its title, its
tables (Persian column headings, rows of typed values: int, float, `datetime.date`, str, None),
the series a chart needs and the filters used. How the values are shown (digits, grouping,
Jalali dates) is for the window, the Excel file and the PDF to decide; nothing here imports Qt.

Who may see them: every staff role (`view_reports`). A semansara manager sees only their own
semansara: asking for no semansara gives theirs, asking for another is refused (as the home
worklist scopes a manager's items to their semansara).

Sums, counts and medians are computed by the database (one aggregate query per question), not
by Python loops over bookings: a year of a large office is hundreds of thousands of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, SQL, Case, fn

from app.db import models as m
from app.db.database import db, is_postgres
from app.workflow import (
    closed_days,
    contracts,
    errors,
    find,
    jalali,
    persian,
    quotas,
    roles,
    validate,
)
from app.workflow import messages as msg
from app.workflow.machines import (
    STEP_OF_STATE,
    BookingFlow,
    NoteFlow,
    RequestFlow,
    state_label,
)
from app.workflow.policy import ROOM_SERVICES, SERVICE_NAMES, policy_on
from app.workflow.service import Context, check_role

ACTION = "view_reports"

# Kinds of values in a column (how the window, Excel and the PDF show them):
TEXT = "text"  # str
INT = "int"  # a count, grouped by three
YEAR = "year"  # a year, never grouped
HOURS = "hours"  # float hours
PERCENT = "percent"  # float ratio, 0.25 = 25 %
DAYS = "days"  # float days
RIALS = "rials"  # int rials
DATE = "date"  # datetime.date, shown in the Jalali calendar

ALL_SEMANSARAS = "همهٔ سمن‌سراها"
TOTAL = "جمع"

# Short names for chart labels, where the full service names do not fit under a bar.
ROOM_SHORT = {"meeting_room": "اتاق جلسات", "workshop_room": "اتاق کارگاه", "hall": "سالن"}
ROOM_SHORTER = {"meeting_room": "جلسات", "workshop_room": "کارگاه", "hall": "سالن"}


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # Persian heading
    kind: str = TEXT


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Series:
    name: str  # Persian, for the legend
    values: tuple[float, ...]  # one per category


@dataclass(frozen=True)
class Chart:
    title: str
    categories: tuple[str, ...]  # Persian, in reading order (the first is drawn at the right)
    series: tuple[Series, ...]
    unit: str  # the value axis, e.g. «درصد»
    stacked: bool = False
    kind: str = INT  # how the values read: PERCENT (0–100 here), HOURS, INT, DAYS


@dataclass(frozen=True)
class Filter:
    label: str
    value: Any
    kind: str = TEXT


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    tables: tuple[Table, ...]  # the first is the report's own; the rest are totals
    chart: Chart | None
    filters: tuple[Filter, ...]
    made_at: dt.datetime
    made_by: str

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.tables[0].columns

    @property
    def rows(self) -> tuple[tuple[Any, ...], ...]:
        return self.tables[0].rows


# --- who may see what ----------------------------------------------------------------------------


def _scope(ctx: Context, semansara: str) -> m.Semansara | None:
    """The semansara the report is limited to (None: all). Checks the role first."""
    check_role(ctx.user, ACTION)
    semansara_row = find.one(m.Semansara, semansara) if semansara else None
    if ctx.user.role == roles.SEMANSARA_MANAGER:
        own = ctx.user.semansara_id
        if own is None or (semansara_row is not None and semansara_row.id != own):
            raise errors.WorkflowError(errors.FORBIDDEN_ROLE, msg.REPORTS_OWN_ONLY(), "R-3.5")
        semansara_row = semansara_row or m.Semansara.get_by_id(own)
    return semansara_row


def _year(ctx: Context, year: Any) -> int:
    if year in (None, ""):
        return jalali.jalali_year(ctx.today)
    return validate.integer(year, "year", low=1300, high=1600)


def _semansara_filter(semansara: m.Semansara | None) -> Filter:
    return Filter("سمن‌سرا", semansara.name if semansara else ALL_SEMANSARAS)


def _made_by(ctx: Context) -> str:
    return ctx.user.full_name or ctx.user.username


def _at(day: dt.date) -> dt.datetime:
    return jalali.at(day)


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(float(value), places)


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _days_between(later: str, earlier: str) -> str:
    """SQL for the days from `earlier` to `later` (two timestamp columns), as a real number."""
    if is_postgres():
        return f"EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0"
    return f"(julianday({later}) - julianday({earlier}))"


# --- occupancy -----------------------------------------------------------------------------------


def month_starts(year: int) -> list[dt.date]:
    """The first day of each month of Jalali `year`, and the first day of the next year."""
    return [jalali.from_jalali(year, month, 1) for month in range(1, 13)] + [
        jalali.from_jalali(year + 1, 1, 1)
    ]


def occupancy(ctx: Context, *, year: Any = None, semansara: str = "") -> Report:
    """Booked hours over open hours, per semansara and room type, per Jalali month of `year`.

    Open hours of a month = the semansara's active rooms of that type × its daily opening
    hours (`opens`–`closes`) × the month's open days: the days it is not closed (R-2.3,
    `closed_days`: Fridays, official holidays and HQ's declarations). A booking on any day
    still counts as booked.
    Booked hours are those of live bookings (requested, scheduled or notified; not cancelled or
    refused) that start in the month. Opening hours and rooms are today's.
    """
    semansara_row = _scope(ctx, semansara)
    year = _year(ctx, year)
    starts = month_starts(year)
    semansaras = m.Semansara.select().order_by(m.Semansara.district, m.Semansara.code)
    if semansara_row is not None:
        semansaras = semansaras.where(m.Semansara.id == semansara_row.id)
    semansaras = list(semansaras)
    rooms = (
        m.Room.select(m.Room.semansara, m.Room.kind, fn.COUNT(m.Room.id))
        .where(m.Room.active == True)  # noqa: E712
        .group_by(m.Room.semansara, m.Room.kind)
    )
    room_count = {(s, k): n for s, k, n in rooms.tuples()}

    month = Case(None, [(m.Booking.start_at < _at(starts[i]), i) for i in range(1, 12)], 12)
    booked_q = (
        m.Booking.select(
            m.Booking.semansara, m.Booking.service, month.alias("month"), fn.SUM(m.Booking.minutes)
        )
        .where(
            (m.Booking.start_at >= _at(starts[0]))
            & (m.Booking.start_at < _at(starts[12]))
            & m.Booking.state.in_(BookingFlow.live)
            & m.Booking.service.in_(ROOM_SERVICES)
        )
        # by the output column's name: PostgreSQL does not see two parametrised CASEs as one
        .group_by(m.Booking.semansara, m.Booking.service, SQL("month"))
    )
    if semansara_row is not None:
        booked_q = booked_q.where(m.Booking.semansara == semansara_row.id)
    booked: dict[tuple[int, str], list[int]] = {}
    for semansara_id, service, month_no, minutes in booked_q.tuples():
        booked.setdefault((semansara_id, service), [0] * 12)[int(month_no) - 1] += int(minutes)

    rows = []
    total_booked = {k: [0] * 12 for k in ROOM_SERVICES}
    total_open = {k: [0] * 12 for k in ROOM_SERVICES}
    for h in semansaras:
        day_minutes = max(_minutes(h.closes) - _minutes(h.opens), 0)
        days = [closed_days.open_days(h, starts[i], starts[i + 1]) for i in range(12)]
        for kind in ROOM_SERVICES:
            count = room_count.get((h.id, kind), 0)
            minutes = booked.get((h.id, kind), [0] * 12)
            if not count and not any(minutes):
                continue
            opened = [count * day_minutes * d for d in days]
            for i in range(12):
                total_booked[kind][i] += minutes[i]
                total_open[kind][i] += opened[i]
            rows.append(_occupancy_row(h.name, SERVICE_NAMES[kind], count, minutes, opened))
    totals = []
    for kind in ROOM_SERVICES:
        if any(total_open[kind]) or any(total_booked[kind]):
            rooms_total = sum(room_count.get((h.id, kind), 0) for h in semansaras)
            totals.append(
                _occupancy_row(
                    ALL_SEMANSARAS if semansara_row is None else semansara_row.name,
                    SERVICE_NAMES[kind],
                    rooms_total,
                    total_booked[kind],
                    total_open[kind],
                )
            )
    columns = (
        Column("semansara", "سمن‌سرا"),
        Column("room_type", "نوع اتاق"),
        Column("rooms", "تعداد اتاق", INT),
        Column("booked", "ساعت رزروشده", HOURS),
        Column("open", "ساعت باز", HOURS),
        Column("rate", "اشغال سال", PERCENT),
        *(Column(f"m{i + 1}", jalali.MONTH_NAMES[i], PERCENT) for i in range(12)),
    )
    chart = Chart(
        "اشغال به تفکیک ماه و نوع اتاق",
        tuple(jalali.MONTH_NAMES),
        tuple(
            Series(
                ROOM_SHORT[kind],
                tuple(
                    round(100 * total_booked[kind][i] / total_open[kind][i], 1)
                    if total_open[kind][i]
                    else 0.0
                    for i in range(12)
                ),
            )
            for kind in ROOM_SERVICES
            if any(total_open[kind])
        ),
        "درصد اشغال",
        kind=PERCENT,
    )
    return Report(
        "occupancy",
        f"اشغال اتاق‌ها در سال {persian.to_persian_digits(year)}",
        (
            Table("اشغال به تفکیک سمن‌سرا و نوع اتاق", columns, tuple(rows)),
            Table("جمع به تفکیک نوع اتاق", columns, tuple(totals)),
        ),
        chart,
        (Filter("سال", year, YEAR), _semansara_filter(semansara_row)),
        ctx.now,
        _made_by(ctx),
    )


def _occupancy_row(
    name: str, kind_name: str, rooms: int, booked: list[int], opened: list[int]
) -> tuple[Any, ...]:
    return (
        name,
        kind_name,
        rooms,
        round(sum(booked) / 60, 2),
        round(sum(opened) / 60, 2),
        _ratio(sum(booked), sum(opened)),
        *(_ratio(booked[i], opened[i]) for i in range(12)),
    )


# --- quota use -----------------------------------------------------------------------------------


def quota_use(ctx: Context, *, year: Any = None, semansara: str = "") -> Report:
    """Room hours each NGO used in Jalali `year` against its yearly cap (R-4.1), and per level.

    The NGOs are those with a contract that ran during the year (in the semansara asked for,
    if any) or a booking in it. Hours used are counted as the quota rule counts them: live
    bookings of the NGO whose Jalali year is `year`. Caps come from `quotas.service_cap` with
    the policy in force on the report's day within that year (its first day for a later year,
    its last for an earlier one); a room type the NGO's level does not offer has no row.
    """
    semansara_row = _scope(ctx, semansara)
    year = _year(ctx, year)
    first, after = jalali.year_bounds(year)
    policy = policy_on(min(max(ctx.today, first), after - dt.timedelta(days=1)))

    ran = m.Contract.select(m.Contract.ngo).where(
        (m.Contract.starts < after) & (m.Contract.ends > first)
    )
    used_q = (
        m.Booking.select(m.Booking.ngo, m.Booking.service, fn.SUM(m.Booking.minutes))
        .where(
            (m.Booking.year == year)
            & m.Booking.state.in_(BookingFlow.live)
            & m.Booking.service.in_(ROOM_SERVICES)
        )
        .group_by(m.Booking.ngo, m.Booking.service)
    )
    if semansara_row is not None:
        ran = ran.where(m.Contract.semansara == semansara_row.id)
        used_q = used_q.where(m.Booking.semansara == semansara_row.id)
    used = {(n, s): int(minutes) for n, s, minutes in used_q.tuples()}
    ngo_ids = {n for n, _ in used} | {c.ngo_id for c in ran}
    ngos = (
        m.Ngo.select(m.Ngo.id, m.Ngo.code, m.Ngo.name, m.Ngo.level)
        .where(m.Ngo.id.in_(list(ngo_ids)))
        .order_by(m.Ngo.level, m.Ngo.code)
        if ngo_ids
        else []
    )

    rows = []
    per_level: dict[tuple[int, str], list[float]] = {}
    for ngo in ngos:
        for service in ROOM_SERVICES:
            try:
                cap = quotas.service_cap(ngo.level, service, policy)
            except errors.WorkflowError:
                continue
            hours = used.get((ngo.id, service), 0) / 60
            left = max(cap - hours, 0)
            rows.append(
                (
                    ngo.code,
                    ngo.name,
                    ngo.level,
                    SERVICE_NAMES[service],
                    round(hours, 2),
                    cap,
                    round(left, 2),
                    _ratio(hours, cap),
                )
            )
            total = per_level.setdefault((ngo.level, service), [0, 0.0, 0.0, 0.0])
            total[0] += 1
            total[1] += hours
            total[2] += cap
            total[3] += left
    order = {s: i for i, s in enumerate(ROOM_SERVICES)}
    keys = sorted(per_level, key=lambda k: (k[0], order[k[1]]))
    totals = tuple(
        (
            level,
            SERVICE_NAMES[service],
            per_level[level, service][0],
            round(per_level[level, service][1], 2),
            round(per_level[level, service][2], 2),
            round(per_level[level, service][3], 2),
            _ratio(per_level[level, service][1], per_level[level, service][2]),
        )
        for level, service in keys
    )
    columns = (
        Column("code", "کد سمن"),
        Column("ngo", "نام سمن"),
        Column("level", "سطح", INT),
        Column("service", "نوع اتاق"),
        Column("used", "ساعت مصرف‌شده", HOURS),
        Column("allowed", "سقف ساعت", HOURS),
        Column("left", "ساعت باقی‌مانده", HOURS),
        Column("rate", "درصد مصرف", PERCENT),
    )
    total_columns = (
        Column("level", "سطح", INT),
        Column("service", "نوع اتاق"),
        Column("ngos", "تعداد سمن", INT),
        Column("used", "ساعت مصرف‌شده", HOURS),
        Column("allowed", "سقف ساعت", HOURS),
        Column("left", "ساعت باقی‌مانده", HOURS),
        Column("rate", "درصد مصرف", PERCENT),
    )
    chart = Chart(
        "مصرف سهمیه به تفکیک سطح",
        tuple(
            f"سطح {persian.to_persian_digits(level)} – {ROOM_SHORTER[service]}"
            for level, service in keys
        ),
        (
            Series("مصرف‌شده", tuple(round(per_level[k][1], 1) for k in keys)),
            Series("باقی‌مانده", tuple(round(per_level[k][3], 1) for k in keys)),
        ),
        "ساعت",
        stacked=True,
        kind=HOURS,
    )
    return Report(
        "quota_use",
        f"مصرف سهمیهٔ سمن‌ها در سال {persian.to_persian_digits(year)}",
        (
            Table("مصرف سهمیه به تفکیک سمن", columns, tuple(rows)),
            Table("جمع به تفکیک سطح", total_columns, totals),
        ),
        chart,
        (
            Filter("سال", year, YEAR),
            _semansara_filter(semansara_row),
            Filter("نسخهٔ شیوه‌نامه", policy.number, YEAR),
        ),
        ctx.now,
        _made_by(ctx),
    )


# --- requests per step ---------------------------------------------------------------------------


def _waits(year: int | None, semansara: m.Semansara | None) -> dict[str, tuple[int, float, float]]:
    """For each state: how many times it was left, and the mean and median days spent in it.

    Requests: from the audit trail, where each step's event names the state before and after
    it. A state is entered by the event whose `after_state` it is, and left by the next event
    on the same request whose `before_state` it is (a request enters each state at most once).
    Bookings: from their own step times (requested → scheduled → notified). With `year`, only
    the stays that ended in that Jalali year are counted. The median is the middle value (the
    mean of the two middle ones), by window functions, on SQLite and PostgreSQL alike.
    """
    p = db.obj.param
    params: list[Any] = []
    bounds = [_at(d) for d in jalali.year_bounds(year)] if year else None
    request_where = [
        "e.object_type = 'request'",
        "e.after_state <> e.before_state",
        "e.after_state <> ''",
    ]
    join = ""
    if bounds:
        request_where.append(f"l.at >= {p} AND l.at < {p}")
        params += bounds
    if semansara is not None:
        join = "JOIN request r ON r.ref = e.object_ref"
        request_where.append(f"r.semansara_id = {p}")
        params.append(semansara.id)
    parts = [
        f"SELECT e.after_state AS state, {_days_between('l.at', 'e.at')} AS days "
        "FROM audit_event e JOIN audit_event l ON l.object_type = e.object_type "
        "AND l.object_ref = e.object_ref AND l.before_state = e.after_state "
        "AND l.after_state <> l.before_state AND l.after_state <> '' AND l.id > e.id "
        f"{join} WHERE {' AND '.join(request_where)}"
    ]
    for state, entered, left in (
        ("khe_requested", "requested_at", "scheduled_at"),
        ("dal_scheduled", "scheduled_at", "notified_at"),
    ):
        where = [f"{left} IS NOT NULL", f"{entered} IS NOT NULL"]
        if bounds:
            where.append(f"{left} >= {p} AND {left} < {p}")
            params += bounds
        if semansara is not None:
            where.append(f"semansara_id = {p}")
            params.append(semansara.id)
        parts.append(
            f"SELECT '{state}' AS state, {_days_between(left, entered)} AS days "
            f"FROM booking WHERE {' AND '.join(where)}"
        )
    sql = (
        f"WITH spans AS ({' UNION ALL '.join(parts)}), "
        "ranked AS (SELECT state, days, ROW_NUMBER() OVER (PARTITION BY state ORDER BY days) "
        "AS rn, COUNT(*) OVER (PARTITION BY state) AS n FROM spans) "
        "SELECT state, COUNT(*), AVG(days), "
        "AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN days END) "
        "FROM ranked GROUP BY state"
    )
    return {
        state: (int(n), float(mean), float(median))
        for state, n, mean, median in db.execute_sql(sql, params).fetchall()
    }


def requests_by_step(ctx: Context, *, year: Any = None, semansara: str = "") -> Report:
    """How many requests (steps الف–ح) and bookings (خ–ذ) are in each state now, and how long
    each step kept them: the mean and median days between entering a state and leaving it
    (see `_waits`). Counts are of today; the waiting times are of stays that ended in `year`
    (all years when `year` is 0)."""
    semansara_row = _scope(ctx, semansara)
    year = None if year in (0, "0") else _year(ctx, year)
    requests = m.Request.select(m.Request.state, fn.COUNT(m.Request.id)).group_by(m.Request.state)
    bookings = m.Booking.select(m.Booking.state, fn.COUNT(m.Booking.id)).group_by(m.Booking.state)
    if semansara_row is not None:
        requests = requests.where(m.Request.semansara == semansara_row.id)
        bookings = bookings.where(m.Booking.semansara == semansara_row.id)
    counts = dict(requests.tuples()) | dict(bookings.tuples())
    waits = _waits(year, semansara_row)
    rows = []
    open_states = []
    for flow in (RequestFlow, BookingFlow):
        for state in flow.states:
            n, mean, median = waits.get(state.id, (0, None, None))
            rows.append(
                (
                    STEP_OF_STATE.get(state.id, ""),
                    state_label(flow, state.id),
                    int(counts.get(state.id, 0)),
                    n,
                    _round(median),
                    _round(mean),
                )
            )
            if not state.final and state.id != "zal_notified":
                open_states.append((state.id, rows[-1]))
    columns = (
        Column("step", "مرحله"),
        Column("state", "وضعیت"),
        Column("now", "تعداد اکنون", INT),
        Column("measured", "دفعات سنجیده", INT),
        Column("median", "میانهٔ انتظار (روز)", DAYS),
        Column("mean", "میانگین انتظار (روز)", DAYS),
    )
    chart = Chart(
        "کارهای در جریان به تفکیک مرحله",
        tuple(
            f"{row[0]}" + ("" if state != "te_waitlisted" else " (صف)")
            for state, row in open_states
        ),
        (Series("تعداد اکنون", tuple(float(row[2]) for _, row in open_states)),),
        "تعداد",
    )
    year_filter = (
        Filter("سال پایان انتظار", year, YEAR) if year else Filter("سال پایان انتظار", "همهٔ سال‌ها")
    )
    return Report(
        "requests_by_step",
        "درخواست‌ها و نوبت‌ها به تفکیک مرحله و زمان انتظار",
        (Table("به تفکیک وضعیت", columns, tuple(rows)),),
        chart,
        (year_filter, _semansara_filter(semansara_row)),
        ctx.now,
        _made_by(ctx),
    )


# --- contracts ending ----------------------------------------------------------------------------


def contracts_ending(ctx: Context, *, days: Any = 60, semansara: str = "") -> Report:
    """Running contracts whose contract ends within `days` days of today (or has already ended
    without the contract being closed), soonest first, with their last day (`ends` is kept
    exclusive; `contracts.last_day`) and the days to it, the extensions used and left
    (R-5.2), the last day to ask for one (R-5.1, `contracts.extension_deadline`) and any
    extension request not decided yet."""
    semansara_row = _scope(ctx, semansara)
    days = validate.integer(60 if days in (None, "") else days, "days", low=0, high=3650)
    today = ctx.today
    policy = policy_on(today)
    query = (
        m.Contract.select(m.Contract, m.Ngo, m.Semansara)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .where(contracts.ending_soon(today, days))
        .order_by(m.Contract.ends, m.Contract.ref)
    )
    if semansara_row is not None:
        query = query.where(m.Contract.semansara == semansara_row.id)
    contract_rows = list(query)
    ids = [c.id for c in contract_rows]
    accepted: dict[int, int] = {}
    pending: set[int] = set()
    if ids:
        extensions = (
            m.Extension.select(m.Extension.contract, m.Extension.state, fn.COUNT(m.Extension.id))
            .where(m.Extension.contract.in_(ids) & m.Extension.state.in_(("accepted", "requested")))
            .group_by(m.Extension.contract, m.Extension.state)
        )
        for contract_id, state, n in extensions.tuples():
            if state == "accepted":
                accepted[contract_id] = n
            else:
                pending.add(contract_id)
    rows = []
    per_house: dict[str, int] = {}
    for contract in contract_rows:
        used = accepted.get(contract.id, 0)
        deadline = contracts.extension_deadline(contract, policy)
        rows.append(
            (
                contract.ref,
                contract.ngo.name,
                contract.semansara.name,
                contract.starts,
                contracts.last_day(contract.ends),
                (contracts.last_day(contract.ends) - today).days,
                used,
                max(policy["max_extensions"] - used, 0),
                deadline,
                (deadline - today).days,
                "در انتظار تصمیم" if contract.id in pending else "",
            )
        )
        per_house[contract.semansara.name] = per_house.get(contract.semansara.name, 0) + 1
    columns = (
        Column("contract", "قرارداد"),
        Column("ngo", "سمن"),
        Column("semansara", "سمن‌سرا"),
        Column("starts", "آغاز", DATE),
        Column("last_day", "آخرین روز", DATE),
        Column("days_left", "روز تا آخرین روز", INT),
        Column("extensions", "تمدیدهای انجام‌شده", INT),
        Column("extensions_left", "تمدید باقی‌مانده", INT),
        Column("deadline", "مهلت درخواست تمدید", DATE),
        Column("deadline_days", "روز تا مهلت", INT),
        Column("pending", "درخواست تمدید"),
    )
    chart = Chart(
        "قراردادهای رو به پایان به تفکیک سمن‌سرا",
        tuple(per_house),
        (Series("تعداد قرارداد", tuple(float(n) for n in per_house.values())),),
        "تعداد",
    )
    return Report(
        "contracts_ending",
        f"قراردادهایی که تا {persian.to_persian_digits(days)} روز دیگر پایان می‌یابند",
        (Table("قراردادها", columns, tuple(rows)),),
        chart,
        (
            Filter("روزهای پیش رو", days, INT),
            Filter("تا تاریخ", today + dt.timedelta(days=days), DATE),
            _semansara_filter(semansara_row),
        ),
        ctx.now,
        _made_by(ctx),
    )


# --- notes held ----------------------------------------------------------------------------------


def notes_held(ctx: Context, *, semansara: str = "") -> Report:
    """Promissory notes not returned to their NGO (any state but «returned», so a note kept
    for damage shows too), oldest first: the amount given and the amount that was due when
    it was received (R-6.2, as stored at signing), since when finance holds it, and totals
    per state."""
    semansara_row = _scope(ctx, semansara)
    today = ctx.today
    query = (
        m.PromissoryNote.select(m.PromissoryNote, m.Contract, m.Ngo, m.Semansara)
        .join(m.Contract)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .where(m.PromissoryNote.state != "returned")
        .order_by(m.PromissoryNote.received_at, m.PromissoryNote.serial)
    )
    totals_q = (
        m.PromissoryNote.select(
            m.PromissoryNote.state,
            fn.COUNT(m.PromissoryNote.id),
            fn.SUM(m.PromissoryNote.amount),
            fn.SUM(m.PromissoryNote.amount_due),
        )
        .join(m.Contract, JOIN.INNER)
        .where(m.PromissoryNote.state != "returned")
        .group_by(m.PromissoryNote.state)
    )
    if semansara_row is not None:
        query = query.where(m.Contract.semansara == semansara_row.id)
        totals_q = totals_q.where(m.Contract.semansara == semansara_row.id)
    rows = []
    for note in query:
        contract = note.contract
        since = note.received_at.date()
        rows.append(
            (
                note.serial,
                state_label(NoteFlow, note.state),
                note.amount,
                note.amount_due,
                since,
                (today - since).days,
                contract.ref,
                contract.ngo.name,
                contract.semansara.name,
            )
        )
    by_state = {
        state: (int(n), int(amount or 0), int(due or 0))
        for state, n, amount, due in totals_q.tuples()
    }
    totals = [
        (state_label(NoteFlow, s.id), *by_state[s.id]) for s in NoteFlow.states if s.id in by_state
    ]
    if totals:
        totals.append(
            (TOTAL, sum(t[1] for t in totals), sum(t[2] for t in totals), sum(t[3] for t in totals))
        )
    columns = (
        Column("serial", "شمارهٔ سفته"),
        Column("state", "وضعیت"),
        Column("amount", "مبلغ سفته (ریال)", RIALS),
        Column("amount_due", "مبلغ لازم هنگام دریافت (ریال)", RIALS),
        Column("since", "تاریخ دریافت", DATE),
        Column("days", "روزهای نگهداری", INT),
        Column("contract", "قرارداد"),
        Column("ngo", "سمن"),
        Column("semansara", "سمن‌سرا"),
    )
    total_columns = (
        Column("state", "وضعیت"),
        Column("count", "تعداد", INT),
        Column("amount", "جمع مبلغ سفته‌ها (ریال)", RIALS),
        Column("amount_due", "جمع مبلغ لازم (ریال)", RIALS),
    )
    states = [t for t in totals if t[0] != TOTAL]
    chart = Chart(
        "سفته‌های نگهداری‌شده به تفکیک وضعیت",
        tuple(t[0] for t in states),
        (Series("تعداد", tuple(float(t[1]) for t in states)),),
        "تعداد",
    )
    return Report(
        "notes_held",
        "سفته‌های بازگردانده‌نشده",
        (
            Table("سفته‌ها", columns, tuple(rows)),
            Table("جمع به تفکیک وضعیت", total_columns, tuple(totals)),
        ),
        chart,
        (Filter("تا تاریخ", today, DATE), _semansara_filter(semansara_row)),
        ctx.now,
        _made_by(ctx),
    )


# --- all of them ---------------------------------------------------------------------------------

REPORTS: dict[str, Callable[..., Report]] = {
    "occupancy": occupancy,
    "quota_use": quota_use,
    "requests_by_step": requests_by_step,
    "contracts_ending": contracts_ending,
    "notes_held": notes_held,
}
REPORT_NAMES = {
    "occupancy": "اشغال اتاق‌ها",
    "quota_use": "مصرف سهمیه",
    "requests_by_step": "درخواست‌ها به تفکیک مرحله",
    "contracts_ending": "قراردادهای رو به پایان",
    "notes_held": "سفته‌های نگهداری‌شده",
}
# The filters each report reads (the others are ignored).
REPORT_FILTERS = {
    "occupancy": ("year", "semansara"),
    "quota_use": ("year", "semansara"),
    "requests_by_step": ("year", "semansara"),
    "contracts_ending": ("days", "semansara"),
    "notes_held": ("semansara",),
}


def make(ctx: Context, name: str, **filters: Any) -> Report:
    """Report `name` with the filters it reads among `filters` (year, semansara, days)."""
    if name not in REPORTS:
        raise errors.WorkflowError(errors.NOT_FOUND, msg.UNKNOWN_REPORT(name=name))
    wanted = {k: v for k, v in filters.items() if k in REPORT_FILTERS[name] and v is not None}
    with db.atomic():  # one consistent reading of the database
        return REPORTS[name](ctx, **wanted)
