"""Bookings (steps خ, د, ذ) as the window reads them: one semansara's week for the calendar,
one booking with its NGO, contract and room, the contracts a semansara serves on a day, the
closed days of a week (R-2.3), and the booking form's check before saving, which is the
workflow's own `bookings.check_booking`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from app.db import models as m
from app.workflow import available, bookings, closed_days, contracts, jalali, persian, quotas, scope
from app.workflow.available import Possible
from app.workflow.errors import WorkflowError
from app.workflow.machines import BookingFlow, ContractFlow
from app.workflow.policy import ROOM_SERVICES, policy_on
from app.workflow.read.records import (
    BookingRecord,
    RoomRecord,
    copy,
    parties,
)
from app.workflow.service import Context


@dataclass(frozen=True)
class CalendarRoom:
    id: int
    kind: str
    number: int
    active: bool


@dataclass(frozen=True)
class CalendarBooking:
    id: int
    ref: str
    room_id: int
    service: str
    start_at: dt.datetime
    end_at: dt.datetime
    state: str
    people: int
    ngo_name: str
    ngo_code: str
    contract_ref: str


@dataclass(frozen=True)
class ContractChoice:
    ref: str
    ngo_name: str
    ngo_code: str


@dataclass(frozen=True)
class BookingCheck:
    """What the service would say of a booking, found before saving (read only): the
    workflow's `bookings.check_booking`, every problem and not only the first, with the live
    bookings that fill the rooms of the type then (`taken`) and the room it would get."""

    year: int
    cap: int | str | None = None  # hours a year, UNLIMITED, or None (not for this level)
    minutes_used: int = 0
    minutes_asked: int = 0
    problems: tuple[WorkflowError, ...] = ()
    taken: tuple[CalendarBooking, ...] = ()
    room: int | None = None
    closed: str | None = field(default=None)  # why the day is closed, None when open

    @property
    def minutes_left(self) -> int | None:
        if not isinstance(self.cap, int):
            return None
        return max(self.cap * 60 - self.minutes_used, 0)

    def codes(self) -> list[str]:
        return [problem.code for problem in self.problems]


CALENDAR_FIELDS = (
    m.Booking.id,
    m.Booking.ref,
    m.Booking.room,
    m.Booking.service,
    m.Booking.start_at,
    m.Booking.end_at,
    m.Booking.state,
    m.Booking.people,
    m.Ngo.name,
    m.Ngo.code,
    m.Contract.ref,
)


def week_start(day: dt.date) -> dt.date:
    """The Saturday that starts the Iranian week of `day`."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def _calendar_query() -> pw.ModelSelect:
    return m.Booking.select(*CALENDAR_FIELDS).join(m.Ngo).switch(m.Booking).join(m.Contract)


def _house(code: str, who: Any) -> m.Semansara | None:
    query = scope.limit(who, m.Semansara.select(), m.Semansara)
    return query.where(m.Semansara.code == code).first()


def week(code: str, first: dt.date, days: int = 7, *, who: Any) -> list[CalendarBooking]:
    """Every booking of semansara `code` starting within `days` days from `first` (all
    states): one range on the (semansara, start_at) index, whatever its history holds."""
    house = _house(code, who)
    if house is None:
        return []
    start = jalali.at(first)
    query = _calendar_query().where(
        (m.Booking.semansara == house)
        & (m.Booking.start_at >= start)
        & (m.Booking.start_at < start + dt.timedelta(days=days))
    )
    query = scope.limit(who, query.order_by(m.Booking.start_at, m.Booking.id), m.Booking)
    return [CalendarBooking(*row) for row in query.tuples()]


def calendar_booking(ref: str, *, who: Any) -> CalendarBooking | None:
    query = scope.limit(who, _calendar_query().where(m.Booking.ref == ref), m.Booking)
    row = query.tuples().first()
    return CalendarBooking(*row) if row else None


def rooms(
    code: str, also: set[int] | frozenset[int] = frozenset(), *, who: Any
) -> list[CalendarRoom]:
    """The bookable rooms of semansara `code` (meeting rooms, workshop rooms, halls in that
    order), and retired ones among `also` (rooms with bookings in the week shown)."""
    house = _house(code, who)
    if house is None:
        return []
    query = m.Room.select(m.Room.id, m.Room.kind, m.Room.number, m.Room.active).where(
        (m.Room.semansara == house)
        & m.Room.kind.in_(ROOM_SERVICES)
        & ((m.Room.active == True) | m.Room.id.in_(list(also)))  # noqa: E712
    )
    found = [CalendarRoom(*row) for row in query.tuples()]
    return sorted(found, key=lambda r: (ROOM_SERVICES.index(r.kind), r.number))


def closed(
    code: str, first: dt.date, days: int = 7, *, who: Any, language: str = "fa"
) -> dict[dt.date, str]:
    """The days among `days` from `first` on which semansara `code` is closed, with why in
    `language` (R-2.3: Fridays, the official holidays, HQ's declarations, which also open a
    closed day) — the workflow's one rule."""
    house = _house(code, who)
    return closed_days.closed_days(house, first, days, language) if house else {}


def busiest(first: dt.date, days: int = 7, *, who: Any) -> str | None:
    """The code of the semansara with the most live bookings in the week from `first`, or of
    the first semansara `who` may see when no booking falls in it."""
    start = jalali.at(first)
    count = pw.fn.COUNT(m.Booking.id)
    query = m.Booking.select(m.Semansara.code, count).join(m.Semansara)
    row = (
        scope.limit(who, query, m.Booking)
        .where(
            (m.Booking.start_at >= start)
            & (m.Booking.start_at < start + dt.timedelta(days=days))
            & m.Booking.state.in_(BookingFlow.live)
        )
        .group_by(m.Semansara.code)
        .order_by(count.desc(), m.Semansara.code)
        .tuples()
        .first()
    )
    if row:
        return row[0]
    houses = (
        scope.limit(who, m.Semansara.select(m.Semansara.code), m.Semansara)
        .where(m.Semansara.active == True)  # noqa: E712
        .order_by(m.Semansara.district, m.Semansara.code)
    )
    return houses.scalar()


def _row(ref: str, who: Any) -> m.Booking | None:
    query = (
        m.Booking.select(m.Booking, m.Ngo, m.Contract, m.Semansara, m.Room)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
        .switch(m.Booking)
        .join(m.Semansara)
        .switch(m.Booking)
        .join(m.Room)
        .where(m.Booking.ref == ref)
    )
    return scope.limit(who, query, m.Booking).first()


def booking(ref: str, *, who: Any) -> BookingRecord | None:
    row = _row(ref, who)
    if row is None:
        return None
    return copy(
        BookingRecord,
        row,
        contract_ref=row.contract.ref,
        room=copy(RoomRecord, row.room),
        **parties(row),
    )


def possibles(ctx: Context, ref: str) -> list[Possible]:
    """The booking's steps and whether `ctx.user` may take each now (`available`)."""
    row = _row(ref, ctx)
    return available.for_booking(ctx, row) if row else []


def quota(ngo: str, service: str, on: dt.date, *, who: Any) -> dict[str, Any] | None:
    """NGO `ngo`'s cap, use and what is left of `service` in the Jalali year of `on`."""
    row = scope.limit(who, m.Ngo.select(), m.Ngo).where(m.Ngo.code == ngo).first()
    return quotas.summary(row, on).get(service) if row else None


def contracts_serving(code: str, day: dt.date, *, who: Any = None) -> list[ContractChoice]:
    """Running contracts whose services semansara `code` gives on `day` (R-3.4, R-5.4): its
    own, and those moving into it by an accepted extension; by NGO name."""
    house = _house(code, who)
    if house is None:
        return []
    movers = m.Extension.select(m.Extension.contract).where(
        (m.Extension.state == "accepted") & (m.Extension.to_semansara == house)
    )
    query = (
        m.Contract.select(m.Contract, m.Ngo)
        .join(m.Ngo)
        .where(
            m.Contract.state.in_(ContractFlow.running)
            & ((m.Contract.semansara == house) | m.Contract.id.in_(movers))
        )
    )
    out = [
        ContractChoice(c.ref, c.ngo.name, c.ngo.code)
        for c in query
        if contracts.semansara_on(c, day).id == house.id
    ]
    return sorted(out, key=lambda c: (persian.normalise(c.ngo_name), c.ref))


def _calendar(booking: m.Booking) -> CalendarBooking:
    return CalendarBooking(
        booking.id,
        booking.ref,
        booking.room_id,
        booking.service,
        booking.start_at,
        booking.end_at,
        booking.state,
        booking.people,
        booking.ngo.name,
        booking.ngo.code,
        booking.contract.ref,
    )


def check(
    contract: str,
    semansara: str,
    service: str,
    start_at: dt.datetime | None,
    end_at: dt.datetime | None,
    people: int,
    now: dt.datetime,
    room: int | None = None,
) -> BookingCheck:
    """Check a booking the way `request_booking` will, without writing (the workflow's
    `bookings.check_booking`, with the free room): every problem found, and the bookings of
    the rooms of the type (or of the chosen `room`) taken then. Before the slot is whole,
    only the hours of the year of the chosen contract's NGO."""
    house = m.Semansara.get_or_none(m.Semansara.code == semansara)
    row = (
        m.Contract.select(m.Contract, m.Ngo, m.Request)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Request)
        .where(m.Contract.ref == contract)
        .first()
        if contract
        else None
    )
    year = jalali.jalali_year(start_at.date() if start_at else now.date())
    if house is None or start_at is None or end_at is None:
        if row is None:
            return BookingCheck(year)
        try:
            cap = quotas.service_cap(row.ngo.level, service, policy_on(now.date()))
        except WorkflowError:
            return BookingCheck(year)
        return BookingCheck(year, cap, quotas.minutes_used(row.ngo, service, year))
    rules = bookings.check_booking(
        row, house, service, start_at, end_at, people, now, rooms=True, room=room
    )
    taken = (
        m.Booking.select(m.Booking, m.Ngo, m.Contract)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
        .where(m.Booking.id.in_([b.id for b in rules.taken]))
        .order_by(m.Booking.start_at, m.Booking.id)
    )
    return BookingCheck(
        year=rules.year,
        cap=rules.cap,
        minutes_used=rules.minutes_used,
        minutes_asked=rules.minutes_asked,
        problems=tuple(rules.problems),
        taken=tuple(_calendar(b) for b in taken) if rules.taken else (),
        room=rules.room,
        closed=closed_days.closed_reason(house, start_at.date()),
    )
