"""A semansara manager's week: the bookings at their semansara from today through the six days
after (today first), the days it is closed then (R-2.3), its capacity (free places, the queue,
the rooms; the workflow's `capacity`), what waits for the manager (their worklist: notes to
confirm, contracts ending) and the introduction letters addressed to them not yet delivered;
and the same as a `Report` to print.

A manager reads their own semansara only; HQ may name one (`code`). Another's is None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.db import models as m
from app.workflow import capacity, closed_days, jalali, scope, worklists
from app.workflow.machines import BookingFlow, ContractFlow, state_label
from app.workflow.policy import ROOM_SERVICES, SERVICE_NAMES
from app.workflow.reports import DATE, INT, TEXT, Column, Filter, Report, Table
from app.workflow.roles import SEMANSARA_MANAGER

DAYS = 7
ROOM_NAMES = {"meeting_room": "اتاق جلسات", "workshop_room": "اتاق کارگاه", "hall": "سالن"}


@dataclass(frozen=True)
class WeekBooking:
    ref: str
    start_at: dt.datetime
    end_at: dt.datetime
    room_kind: str
    room_number: int
    service: str
    state: str
    people: int
    ngo_name: str
    contract_ref: str

    @property
    def day(self) -> dt.date:
        return self.start_at.date()

    @property
    def live(self) -> bool:
        return self.state in BookingFlow.live


@dataclass(frozen=True)
class Capacity:
    total: int  # places (contracts at once)
    contracts: int  # running contracts
    free: int  # places not taken (the workflow's `capacity.places`)
    queue: int  # requests and extensions waiting for a place
    rooms: tuple[tuple[str, int], ...]  # (kind, active rooms of it), meeting rooms first


@dataclass(frozen=True)
class Letter:
    contract_ref: str
    serial: str
    ngo_name: str
    issued_at: dt.datetime


@dataclass(frozen=True)
class ManagerWeek:
    code: str
    name: str
    first: dt.date
    days: tuple[dt.date, ...]
    bookings: tuple[WeekBooking, ...]  # every state, by start
    closed: dict[dt.date, str]  # why each closed day is closed, in Persian
    capacity: Capacity
    work: tuple[worklists.WorkItem, ...]  # the manager's worklist (empty for HQ)
    letters: tuple[Letter, ...]

    def on(self, day: dt.date) -> list[WeekBooking]:
        return [b for b in self.bookings if b.day == day]


def _semansara(who: Any, code: str) -> m.Semansara | None:
    query = scope.limit(who, m.Semansara.select(), m.Semansara)
    own = scope.semansara_of(who)
    if own is not None:
        return query.first()
    return query.where(m.Semansara.code == code).first() if code else None


def _bookings(house: m.Semansara, first: dt.date, days: int) -> tuple[WeekBooking, ...]:
    start = jalali.at(first)
    query = (
        m.Booking.select(m.Booking, m.Room, m.Ngo, m.Contract)
        .join(m.Room)
        .switch(m.Booking)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
        .where(
            (m.Booking.semansara == house)
            & (m.Booking.start_at >= start)
            & (m.Booking.start_at < start + dt.timedelta(days=days))
        )
        .order_by(m.Booking.start_at, m.Booking.id)
    )
    return tuple(
        WeekBooking(
            b.ref,
            b.start_at,
            b.end_at,
            b.room.kind,
            b.room.number,
            b.service,
            b.state,
            b.people,
            b.ngo.name,
            b.contract.ref,
        )
        for b in query
    )


def _capacity(house: m.Semansara) -> Capacity:
    places = capacity.places(house)
    rooms = {kind: 0 for kind in ROOM_SERVICES}
    for room in m.Room.select().where((m.Room.semansara == house) & (m.Room.active == True)):  # noqa: E712
        rooms[room.kind] = rooms.get(room.kind, 0) + 1
    return Capacity(
        places.total,
        places.contracts,
        places.free,
        len(capacity.queue(house)),
        tuple(rooms.items()),
    )


def _letters(house: m.Semansara) -> tuple[Letter, ...]:
    """Introduction letters to the manager of running contracts here, not yet delivered."""
    query = (
        m.IntroductionLetter.select(m.IntroductionLetter, m.Contract, m.Ngo)
        .join(m.Contract)
        .join(m.Ngo)
        .where(
            (m.IntroductionLetter.to == "manager")
            & m.IntroductionLetter.delivered_at.is_null()
            & (m.Contract.semansara == house)
            & m.Contract.state.in_(ContractFlow.running)
        )
        .order_by(m.IntroductionLetter.issued_at, m.IntroductionLetter.id)
    )
    return tuple(Letter(x.contract.ref, x.serial, x.contract.ngo.name, x.issued_at) for x in query)


def week(now: dt.datetime, *, who: Any, code: str = "", days: int = DAYS) -> ManagerWeek | None:
    """The week from `now`'s day at the semansara `who` manages (or `code`, for HQ); None when
    there is none to show."""
    house = _semansara(who, code)
    if house is None:
        return None
    first = now.date()
    user = getattr(who, "user", who)
    work: tuple[worklists.WorkItem, ...] = ()
    if user is not None and user.role == SEMANSARA_MANAGER:
        work = tuple(worklists.worklist(user, first, now))
    return ManagerWeek(
        code=house.code,
        name=house.name,
        first=first,
        days=tuple(first + dt.timedelta(days=n) for n in range(days)),
        bookings=_bookings(house, first, days),
        closed=closed_days.closed_days(house, first, days),
        capacity=_capacity(house),
        work=work,
        letters=_letters(house),
    )


# --- the paper -----------------------------------------------------------------------------------

TITLE = "هفتهٔ سمن‌سرا"
BOOKING_COLUMNS = (
    Column("day", "روز", DATE),
    Column("weekday", "روز هفته"),
    Column("time", "ساعت"),
    Column("room", "اتاق"),
    Column("service", "خدمت"),
    Column("ngo", "سمن"),
    Column("people", "نفرات", INT),
    Column("state", "وضعیت"),
    Column("ref", "شمارهٔ رزرو"),
)
CAPACITY_COLUMNS = (
    Column("what", "ظرفیت"),
    Column("count", "تعداد", INT),
)
LETTER_COLUMNS = (
    Column("ngo", "سمن"),
    Column("contract", "قرارداد"),
    Column("serial", "شمارهٔ معرفی‌نامه"),
    Column("issued", "صدور", DATE),
)
CLOSED_COLUMNS = (Column("day", "روز", DATE), Column("why", "علت تعطیلی", TEXT))


def _clock(at: dt.datetime) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def report(week: ManagerWeek, made_at: dt.datetime, made_by: str) -> Report:
    """The week as a `Report` (the same layout as every report's PDF and Excel file)."""
    bookings = tuple(
        (
            b.day,
            jalali.weekday_name(b.day),
            f"{_clock(b.start_at)}–{_clock(b.end_at)}",
            f"{ROOM_NAMES.get(b.room_kind, b.room_kind)} {b.room_number}",
            SERVICE_NAMES.get(b.service, b.service),
            b.ngo_name,
            b.people,
            state_label(BookingFlow, b.state),
            b.ref,
        )
        for b in week.bookings
    )
    room_rows = tuple((ROOM_NAMES.get(kind, kind), count) for kind, count in week.capacity.rooms)
    places = (
        ("ظرفیت قرارداد همزمان", week.capacity.total),
        ("قراردادهای جاری", week.capacity.contracts),
        ("جای خالی", week.capacity.free),
        ("در صف انتظار", week.capacity.queue),
    )
    tables = [
        Table("رزروهای هفته", BOOKING_COLUMNS, bookings),
        Table("ظرفیت", CAPACITY_COLUMNS, places + room_rows),
    ]
    if week.closed:
        tables.append(Table("روزهای تعطیل", CLOSED_COLUMNS, tuple(week.closed.items())))
    if week.letters:
        letters = tuple((x.ngo_name, x.contract_ref, x.serial, x.issued_at) for x in week.letters)
        tables.append(Table("معرفی‌نامه‌های در راه", LETTER_COLUMNS, letters))
    return Report(
        name="manager-week",
        title=f"{TITLE}: {week.name}",
        tables=tuple(tables),
        chart=None,
        filters=(
            Filter("سمن‌سرا", week.name),
            Filter("از", week.days[0], DATE),
            Filter("تا", week.days[-1], DATE),
        ),
        made_at=made_at,
        made_by=made_by,
    )
