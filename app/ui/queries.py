"""Read-only queries for display. Nothing here writes: every change goes through a workflow action.

What a person sees is the workflow's to say (`scope`): every list, search and look-up of a
record takes `who`, the signed-in user, and a semansara manager gets only their semansara's
records (another's is None, as if it did not exist).

Rules are not repeated here either: free places, the staff shortfall and the waiting queue come
from the workflow's own functions (`capacity`, `registry`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from app.db import models as m
from app.ui import texts
from app.workflow import (
    available,
    bookings,
    bootstrap,
    capacity,
    contracts,
    find,
    jalali,
    levels,
    persian,
    quotas,
    registry,
    scope,
    validate,
)
from app.workflow.clock import Clock
from app.workflow.errors import SLOT_TAKEN, WorkflowError
from app.workflow.machines import (
    LIVE_BOOKING_STATES,
    OPEN_REQUEST_STATES,
    RUNNING_CONTRACT_STATES,
)
from app.workflow.policy import ROOM_SERVICES, policy_on
from app.workflow.policy_admin import review_due
from app.workflow.roles import ADMIN, DESK_EXPERT, ROLES
from app.workflow.service import Context

# --- users -------------------------------------------------------------------------------------


def active_users() -> list[m.User]:
    return list(m.User.select().where(m.User.active == True).order_by(m.User.id))  # noqa: E712


def default_user(users: list[m.User]) -> m.User | None:
    """Until sign-in exists: the first service-desk expert, else the administrator."""
    for role in (DESK_EXPERT, ADMIN):
        for user in users:
            if user.role == role:
                return user
    return users[0] if users else None


# --- home --------------------------------------------------------------------------------------


def home_counts(who: Any) -> dict[str, int]:
    def seen(model: type[m.BaseModel], where: pw.Expression) -> int:
        return scope.limit(who, model.select().where(where), model).count()

    return {
        "ngos": seen(m.Ngo, m.Ngo.active == True),  # noqa: E712
        "semansaras": seen(m.Semansara, m.Semansara.active == True),  # noqa: E712
        "open_requests": seen(m.Request, m.Request.state.in_(OPEN_REQUEST_STATES)),
        "running_contracts": seen(m.Contract, m.Contract.state.in_(RUNNING_CONTRACT_STATES)),
    }


# --- NGOs --------------------------------------------------------------------------------------

NGO_LIST_FIELDS = (
    m.Ngo.id,
    m.Ngo.code,
    m.Ngo.name,
    m.Ngo.licence_issuer,
    m.Ngo.licence_no,
    m.Ngo.licence_expires,
    m.Ngo.founded,
    m.Ngo.members,
    m.Ngo.level,
    m.Ngo.district,
)


@dataclass(frozen=True)
class NgoListRow:
    id: int
    code: str
    name: str
    licence_issuer: str
    licence_no: str
    licence_expires: dt.date
    founded: dt.date
    members: int
    level: int | None
    district: int | None


def _ngo_search(text: str) -> pw.Expression | None:
    """Name and licence number by their normalised keys (ي = ی, ZWNJ ignored, any digits);
    the code as typed, with its digits made Latin."""
    key = persian.normalise(text)
    if not key:
        return None
    code = persian.to_latin_digits(text.strip())
    return (
        m.Ngo.name_key.contains(key) | m.Ngo.licence_key.contains(key) | m.Ngo.code.contains(code)
    )


def _ngo_query(search: str, who: Any) -> pw.ModelSelect:
    query = scope.limit(who, m.Ngo.select(*NGO_LIST_FIELDS), m.Ngo)
    condition = _ngo_search(search)
    return query if condition is None else query.where(condition)


def ngo_count(search: str = "", *, who: Any) -> int:
    return _ngo_query(search, who).count()


def ngo_page(search: str = "", after_id: int = 0, limit: int = 200, *, who: Any
             ) -> list[NgoListRow]:
    """The next `limit` NGOs after id `after_id`, in registration order (keyset paging: as fast
    on the last page of 10,000 rows as on the first)."""
    query = (_ngo_query(search, who).where(m.Ngo.id > after_id).order_by(m.Ngo.id).limit(limit)
             .tuples())
    return [NgoListRow(*row) for row in query]


def ngo_list_row(code: str, *, who: Any) -> NgoListRow | None:
    row = _ngo_query("", who).where(m.Ngo.code == code).tuples().first()
    return NgoListRow(*row) if row else None


def ngo_by_code(code: str, *, who: Any) -> m.Ngo | None:
    return scope.limit(who, m.Ngo.select(), m.Ngo).where(m.Ngo.code == code).first()


def licensing_bodies(on: dt.date) -> list[str]:
    return list(policy_on(on)["licensing_bodies"])


# --- semansaras --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SemansaraRow:
    code: str
    name: str
    district: int
    desks: int
    meeting_rooms: int
    workshop_rooms: int
    halls: int
    shelves: int
    max_contracts: int
    places: capacity.Places
    staff_short: dict[str, int]  # kind → how many missing; empty when none


def semansara_row(house: m.Semansara, today: dt.date) -> SemansaraRow:
    return SemansaraRow(
        code=house.code,
        name=house.name,
        district=house.district,
        desks=house.desks,
        meeting_rooms=house.meeting_rooms,
        workshop_rooms=house.workshop_rooms,
        halls=house.halls,
        shelves=house.shelves,
        max_contracts=house.max_contracts,
        places=capacity.places(house),
        staff_short=registry.staff_shortfall(house, today),
    )


def semansara_rows(today: dt.date, *, who: Any) -> list[SemansaraRow]:
    houses = scope.limit(who, m.Semansara.select(), m.Semansara).order_by(m.Semansara.district,
                                                                           m.Semansara.code)
    return [semansara_row(house, today) for house in houses]


def semansara_by_code(code: str, *, who: Any) -> m.Semansara | None:
    return (scope.limit(who, m.Semansara.select(), m.Semansara)
            .where(m.Semansara.code == code).first())


def rooms_of(house: m.Semansara) -> list[m.Room]:
    return list(house.rooms.order_by(m.Room.kind, m.Room.number))


def staff_of(house: m.Semansara) -> list[m.Staff]:
    return list(
        house.staff.where(m.Staff.active == True).order_by(m.Staff.id)  # noqa: E712
    )


@dataclass(frozen=True)
class QueueEntry:
    position: int
    ref: str
    ngo_name: str
    registered_at: dt.datetime


def queue_of(house: m.Semansara) -> list[QueueEntry]:
    """Those waiting for a place in `house` in their order (R-3.3), as the workflow keeps it:
    open requests without a place and extensions moving in."""
    return [
        QueueEntry(position, entry.ref, entry.ngo.name, entry.since)
        for position, entry in enumerate(capacity.queue(house), start=1)
    ]


# --- requests, the home page's reminders, timelines, levels (requests/home/NGO pages) ----------


@dataclass(frozen=True)
class RequestListRow:
    id: int
    ref: str
    ngo_name: str
    ngo_code: str
    semansara_name: str
    channel: str
    registered_at: dt.datetime
    state: str


REQUEST_LIST_FIELDS = (
    m.Request.id,
    m.Request.ref,
    m.Ngo.name,
    m.Ngo.code,
    m.Semansara.name,
    m.Request.channel,
    m.Request.registered_at,
    m.Request.state,
)


@dataclass(frozen=True)
class RequestFilter:
    """What the requests page shows: a search (ref, NGO code or normalised NGO name), the
    states of one step (empty: all) and one semansara's code (empty: all)."""

    search: str = ""
    states: tuple[str, ...] = ()
    semansara: str = ""


def _request_query(wanted: RequestFilter, who: Any) -> pw.ModelSelect:
    query = m.Request.select(*REQUEST_LIST_FIELDS).join(m.Ngo).switch(m.Request).join(m.Semansara)
    query = scope.limit(who, query, m.Request)
    key = persian.normalise(wanted.search)
    if key:
        code = persian.to_latin_digits(wanted.search.strip())
        query = query.where(
            m.Ngo.name_key.contains(key) | m.Request.ref.contains(code) | m.Ngo.code.contains(code)
        )
    if wanted.states:
        query = query.where(m.Request.state.in_(wanted.states))
    if wanted.semansara:
        query = query.where(m.Semansara.code == wanted.semansara)
    return query


def request_count(wanted: RequestFilter, *, who: Any) -> int:
    return _request_query(wanted, who).count()


def request_page(
    wanted: RequestFilter, before_id: int | None, limit: int = 200, *, who: Any
) -> list[RequestListRow]:
    """The next `limit` requests before id `before_id`, newest first (keyset paging)."""
    query = _request_query(wanted, who)
    if before_id is not None:
        query = query.where(m.Request.id < before_id)
    rows = query.order_by(m.Request.id.desc()).limit(limit).tuples()
    return [RequestListRow(*row) for row in rows]


def request_list_row(ref: str, *, who: Any) -> RequestListRow | None:
    row = _request_query(RequestFilter(), who).where(m.Request.ref == ref).tuples().first()
    return RequestListRow(*row) if row else None


def request_by_ref(ref: str, *, who: Any) -> m.Request | None:
    query = (
        m.Request.select(m.Request, m.Ngo, m.Semansara)
        .join(m.Ngo)
        .switch(m.Request)
        .join(m.Semansara)
        .where(m.Request.ref == ref)
    )
    return scope.limit(who, query, m.Request).first()


def contract_of(request: m.Request) -> m.Contract | None:
    return m.Contract.get_or_none(m.Contract.request == request)


def letters_of(contract: m.Contract) -> dict[str, m.IntroductionLetter]:
    return {letter.to: letter for letter in contract.letters}


def semansara_choices(who: Any = None) -> list[tuple[str, str]]:
    """(code, name) of the active semansaras, by district (`who`: those they may see; None: all,
    where a form chooses a semansara to act on and the service checks it)."""
    query = (
        scope.limit(who, m.Semansara.select(m.Semansara.code, m.Semansara.name), m.Semansara)
        .where(m.Semansara.active == True)  # noqa: E712
        .order_by(m.Semansara.district, m.Semansara.code)
        .tuples()
    )
    return list(query)


def request_timeline(request: m.Request) -> list[m.AuditEvent]:
    """The audit events of `request` and of the contract and note it led to, in order."""
    contract = contract_of(request)
    about = (m.AuditEvent.object_type == "request") & (m.AuditEvent.object_ref == request.ref)
    if contract is not None:
        about |= m.AuditEvent.object_type.in_(("contract", "note")) & (
            m.AuditEvent.object_ref == contract.ref
        )
    return list(m.AuditEvent.select().where(about).order_by(m.AuditEvent.id))


def full_names() -> dict[str, str]:
    """username → the person's name (or the username when no name is kept)."""
    query = m.User.select(m.User.username, m.User.full_name).tuples()
    return {username: name or username for username, name in query}


def is_demo() -> bool:
    """Whether the database is the demonstration data set (`semansara demo`)."""
    return bootstrap.is_demo()


def needs_administrator() -> bool:
    """No active administrator has a password (an upgraded database whose administrator
    never signed in): `semansara init` gives one."""
    return bootstrap.needs_administrator()


def user_by_username(username: str) -> m.User | None:
    key = find.username_key(username)
    return m.User.get_or_none((m.User.username_key == key) & (m.User.active == True))  # noqa: E712


def roles_to_act(request: m.Request, clock: Clock) -> list[str]:
    """The roles that may take the request's next step now (withdrawal aside), asked of the
    workflow's own `available.for_request` for a stand-in user of each role."""
    out = []
    for role in ROLES:
        stand_in = m.User(username="", role=role, active=True)
        for possible in available.for_request(Context(stand_in, clock), request):
            if possible.action == "withdraw_request":
                continue
            if possible.allowed or possible.error.code not in ("FORBIDDEN_ROLE", "OUT_OF_ORDER"):
                out.append(role)
                break
    return out


@dataclass(frozen=True)
class ContractReminder:
    ref: str
    ngo_name: str
    semansara_name: str
    day: dt.date  # the end (exclusive) or the extension deadline


def _running_contracts(semansara_id: int | None) -> pw.ModelSelect:
    query = (
        m.Contract.select(m.Contract, m.Ngo, m.Semansara)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .where(m.Contract.state.in_(RUNNING_CONTRACT_STATES))
    )
    if semansara_id is not None:
        query = query.where(m.Contract.semansara == semansara_id)
    return query


def contracts_ending(
    on: dt.date, semansara_id: int | None = None, limit: int = 200
) -> list[ContractReminder]:
    """Running contracts that end within the policy's reminder days (R-5.1)."""
    days = policy_on(on)["ending_soon_days"]
    query = (
        _running_contracts(semansara_id)
        .where(m.Contract.ends.between(on, on + dt.timedelta(days=days)))
        .order_by(m.Contract.ends)
        .limit(limit)
    )
    return [
        ContractReminder(c.ref, c.ngo.name, c.semansara.name, contracts.last_day(c.ends))
        for c in query
    ]


def extension_deadlines(
    on: dt.date, semansara_id: int | None = None, limit: int = 200
) -> list[ContractReminder]:
    """Running contracts whose extension deadline (end − one month, R-5.1) falls within the
    reminder days and that have no extension request waiting."""
    policy = policy_on(on)
    days = policy["ending_soon_days"]
    horizon = jalali.add_months(on + dt.timedelta(days=days), policy["extension_deadline_months"])
    waiting = m.Extension.select(m.Extension.contract).where(m.Extension.state == "requested")
    query = (
        _running_contracts(semansara_id)
        .where(
            (m.Contract.ends > on) & (m.Contract.ends <= horizon) & m.Contract.id.not_in(waiting)
        )
        .order_by(m.Contract.ends)
    )
    out = []
    for lease in query:
        deadline = contracts.extension_deadline(lease, policy)
        if on <= deadline <= on + dt.timedelta(days=days):
            out.append(ContractReminder(lease.ref, lease.ngo.name, lease.semansara.name, deadline))
    return out[:limit]


@dataclass(frozen=True)
class NoteReminder:
    contract_ref: str
    ngo_name: str
    serial: str
    state: str
    since: dt.datetime


NOTE_WAITING_STATES = ("received", "return_confirmed", "damage_reported")


def notes_waiting(semansara_id: int | None = None, limit: int = 200) -> list[NoteReminder]:
    """Notes waiting for someone: to be taken into custody, returned, or settled (R-6.3)."""
    query = (
        m.PromissoryNote.select(m.PromissoryNote, m.Contract, m.Ngo)
        .join(m.Contract)
        .join(m.Ngo)
        .where(m.PromissoryNote.state.in_(NOTE_WAITING_STATES))
        .order_by(m.PromissoryNote.received_at)
        .limit(limit)
    )
    if semansara_id is not None:
        query = query.where(m.Contract.semansara == semansara_id)
    return [
        NoteReminder(
            n.contract.ref, n.contract.ngo.name, n.serial, n.state, n.confirmed_at or n.received_at
        )
        for n in query
    ]


def policy_review_due(on: dt.date) -> bool:
    return review_due(on)


def programs_of(ngo: m.Ngo) -> list[m.Program]:
    return list(ngo.programs.order_by(m.Program.date.desc(), m.Program.id.desc()))


def assessments_of(ngo: m.Ngo) -> list[m.Assessment]:
    return list(ngo.assessments.order_by(m.Assessment.assessed_at.desc(), m.Assessment.id.desc()))


def level_suggestion(ngo: m.Ngo, on: dt.date) -> levels.Suggestion:
    return levels.suggest(ngo, on)


def level_policy(on: dt.date) -> dict:
    """The thresholds of R-4.5 in force on `on` (to explain a suggestion)."""
    policy = policy_on(on)
    return {
        "years": policy["level_years"],
        "members": policy["level_members"],
        "level3": policy["level3_activity"],
        "level4": policy["level4_activity"],
    }


# --- bookings, contracts and notes (bookings/contracts/notes pages) ----------------------------


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


def calendar_bookings(semansara_id: int, first: dt.date, days: int = 7, *, who: Any
                      ) -> list[CalendarBooking]:
    """Every booking of the semansara starting within `days` days from `first` (all states):
    one range on the (semansara, start_at) index, whatever the semansara's history holds."""
    start = jalali.at(first)
    end = start + dt.timedelta(days=days)
    query = (
        m.Booking.select(*CALENDAR_FIELDS)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
        .where(
            (m.Booking.semansara == semansara_id)
            & (m.Booking.start_at >= start)
            & (m.Booking.start_at < end)
        )
        .order_by(m.Booking.start_at, m.Booking.id)
    )
    return [CalendarBooking(*row) for row in scope.limit(who, query, m.Booking).tuples()]


def calendar_booking(ref: str, *, who: Any) -> CalendarBooking | None:
    query = (
        m.Booking.select(*CALENDAR_FIELDS)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
        .where(m.Booking.ref == ref)
    )
    row = scope.limit(who, query, m.Booking).tuples().first()
    return CalendarBooking(*row) if row else None


def calendar_rooms(
    semansara_id: int, also: set[int] | frozenset[int] = frozenset()
) -> list[CalendarRoom]:
    """The bookable rooms of the semansara (meeting rooms, workshop rooms, halls in that
    order), and retired ones among `also` (rooms with bookings in the week shown)."""
    query = (
        m.Room.select(m.Room.id, m.Room.kind, m.Room.number, m.Room.active)
        .where(
            (m.Room.semansara == semansara_id)
            & m.Room.kind.in_(ROOM_SERVICES)
            & ((m.Room.active == True) | m.Room.id.in_(list(also)))  # noqa: E712
        )
        .tuples()
    )
    rooms = [CalendarRoom(*row) for row in query]
    return sorted(rooms, key=lambda r: (ROOM_SERVICES.index(r.kind), r.number))


def busiest_semansara(first: dt.date, days: int = 7, *, who: Any) -> str | None:
    """The code of the semansara with the most live bookings in the week from `first`, or of
    the first semansara when no booking falls in it."""
    start = jalali.at(first)
    count = pw.fn.COUNT(m.Booking.id)
    query = m.Booking.select(m.Semansara.code, count).join(m.Semansara)
    row = (
        scope.limit(who, query, m.Booking)
        .where(
            (m.Booking.start_at >= start)
            & (m.Booking.start_at < start + dt.timedelta(days=days))
            & m.Booking.state.in_(LIVE_BOOKING_STATES)
        )
        .group_by(m.Semansara.code)
        .order_by(count.desc(), m.Semansara.code)
        .tuples()
        .first()
    )
    if row:
        return row[0]
    choices = semansara_choices(who)
    return choices[0][0] if choices else None


def booking_by_ref(ref: str, *, who: Any) -> m.Booking | None:
    return scope.limit(who, (
        m.Booking.select(m.Booking, m.Ngo, m.Contract, m.Semansara, m.Room)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
        .switch(m.Booking)
        .join(m.Semansara)
        .switch(m.Booking)
        .join(m.Room)
        .where(m.Booking.ref == ref)
    ), m.Booking).first()


@dataclass(frozen=True)
class ContractChoice:
    ref: str
    ngo_name: str
    ngo_code: str


def contracts_serving(house: m.Semansara, day: dt.date) -> list[ContractChoice]:
    """Running contracts whose services are given by `house` on `day` (R-3.4, R-5.4): its own,
    and those moving into it by an accepted extension; by NGO name."""
    movers = m.Extension.select(m.Extension.contract).where(
        (m.Extension.state == "accepted") & (m.Extension.to_semansara == house)
    )
    query = (
        m.Contract.select(m.Contract, m.Ngo)
        .join(m.Ngo)
        .where(
            m.Contract.state.in_(RUNNING_CONTRACT_STATES)
            & ((m.Contract.semansara == house) | m.Contract.id.in_(movers))
        )
    )
    out = [
        ContractChoice(lease.ref, lease.ngo.name, lease.ngo.code)
        for lease in query
        if contracts.semansara_on(lease, day).id == house.id
    ]
    return sorted(out, key=lambda c: (persian.normalise(c.ngo_name), c.ref))


@dataclass
class BookingCheck:
    """What the service would say of a booking, found before saving (read only).

    The rules' part is the workflow's own `bookings.check_booking`; this adds what the form
    shows beside it: `taken`, the live bookings that fill every room of the type at that time,
    and `room`, the number of the room the booking would get."""

    cap: int | str | None = None  # hours a year, UNLIMITED, or None (not for this level)
    minutes_used: int = 0
    minutes_asked: int = 0
    year: int = 0
    problems: list[WorkflowError] = field(default_factory=list)
    taken: list[CalendarBooking] = field(default_factory=list)
    room: int | None = None
    weekend: bool = False

    @property
    def minutes_left(self) -> int | None:
        if not isinstance(self.cap, int):
            return None
        return max(self.cap * 60 - self.minutes_used, 0)

    def codes(self) -> list[str]:
        return [problem.code for problem in self.problems]


def _busy(room: m.Room, start_at: dt.datetime, end_at: dt.datetime) -> list[CalendarBooking]:
    query = (
        bookings.overlapping(room, start_at, end_at)
        .select(m.Booking, m.Ngo, m.Contract)
        .join(m.Ngo)
        .switch(m.Booking)
        .join(m.Contract)
    )
    return [
        CalendarBooking(
            b.id,
            b.ref,
            room.id,
            b.service,
            b.start_at,
            b.end_at,
            b.state,
            b.people,
            b.ngo.name,
            b.ngo.code,
            b.contract.ref,
        )
        for b in query
    ]


def booking_check(
    contract_ref: str,
    house: m.Semansara,
    service: str,
    start_at: dt.datetime | None,
    end_at: dt.datetime | None,
    people: int,
    now: dt.datetime,
    room: int | None = None,
) -> BookingCheck:
    """Check a booking the way `request_booking` will, without writing: every problem found,
    not only the first, and the rooms of the type (or the chosen `room`) taken then."""
    check = BookingCheck()
    lease = (
        m.Contract.select(m.Contract, m.Ngo, m.Request)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Request)
        .where(m.Contract.ref == contract_ref)
        .first()
        if contract_ref
        else None
    )
    check.year = jalali.jalali_year(start_at.date() if start_at else now.date())
    if start_at is None or end_at is None or end_at <= start_at:
        if start_at is not None and end_at is not None:
            check.problems.append(validate.invalid("end", texts.BOOKING_CHECK_END))
        if lease is not None:  # the hours of the year, before a slot is chosen
            with contextlib.suppress(WorkflowError):
                check.cap = quotas.service_cap(lease.ngo.level, service, policy_on(now.date()))
                check.minutes_used = quotas.minutes_used(lease.ngo, service, check.year)
        return check
    rules = bookings.check_booking(lease, house, service, start_at, end_at, people, now)
    check.cap, check.minutes_used = rules.cap, rules.minutes_used
    check.minutes_asked, check.problems = rules.minutes_asked, rules.problems
    check.weekend = start_at.weekday() == 4  # Friday
    active = m.Room.active == True  # noqa: E712
    rooms = house.rooms.where((m.Room.kind == service) & active).order_by(m.Room.number)
    if room is not None:
        rooms = rooms.where(m.Room.number == room)
    for each in rooms:
        busy = _busy(each, start_at, end_at)
        if not busy and check.room is None:
            check.room = each.number
        check.taken.extend(busy)
    if check.taken and check.room is None:
        taken = texts.BOOKING_CHECK_ROOM_TAKEN if room is not None else texts.BOOKING_CHECK_TAKEN
        check.problems.append(WorkflowError(SLOT_TAKEN, taken, "R-2.2"))
    return check


def booking_quota(ngo: m.Ngo, service: str, on: dt.date) -> dict[str, Any] | None:
    """The NGO's cap, use and what is left of `service` in the Jalali year of `on`."""
    return quotas.summary(ngo, on).get(service)


# contracts


@dataclass(frozen=True)
class ContractListRow:
    id: int
    ref: str
    ngo_name: str
    ngo_code: str
    semansara_name: str
    starts: dt.date
    ends: dt.date
    state: str
    note_state: str | None


CONTRACT_LIST_FIELDS = (
    m.Contract.id,
    m.Contract.ref,
    m.Ngo.name,
    m.Ngo.code,
    m.Semansara.name,
    m.Contract.starts,
    m.Contract.ends,
    m.Contract.state,
    m.PromissoryNote.state,
)

# The contracts page's filter: key → the contract states it shows (empty: all).
CONTRACT_FILTERS: dict[str, tuple[str, ...]] = {
    "": (),
    "running": RUNNING_CONTRACT_STATES,
    "ended": ("ended",),
    "settled": ("settled",),
}


def _contract_query(search: str, states: tuple[str, ...], who: Any) -> pw.ModelSelect:
    query = (
        m.Contract.select(*CONTRACT_LIST_FIELDS)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .switch(m.Contract)
        .join(
            m.PromissoryNote,
            pw.JOIN.LEFT_OUTER,
            on=(m.PromissoryNote.contract == m.Contract.id),
        )
    )
    query = scope.limit(who, query, m.Contract)
    key = persian.normalise(search)
    if key:
        code = persian.to_latin_digits(search.strip())
        query = query.where(
            m.Ngo.name_key.contains(key) | m.Contract.ref.contains(code) | m.Ngo.code.contains(code)
        )
    if states:
        query = query.where(m.Contract.state.in_(states))
    return query


def contract_count(search: str = "", states: tuple[str, ...] = (), *, who: Any) -> int:
    return _contract_query(search, states, who).count()


def contract_page(
    search: str = "", states: tuple[str, ...] = (), before_id: int | None = None, limit: int = 200,
    *, who: Any,
) -> list[ContractListRow]:
    """The next `limit` contracts before id `before_id`, newest first (keyset paging)."""
    query = _contract_query(search, states, who)
    if before_id is not None:
        query = query.where(m.Contract.id < before_id)
    return [
        ContractListRow(*row) for row in query.order_by(m.Contract.id.desc()).limit(limit).tuples()
    ]


def contract_list_row(ref: str, *, who: Any) -> ContractListRow | None:
    row = _contract_query("", (), who).where(m.Contract.ref == ref).tuples().first()
    return ContractListRow(*row) if row else None


def contract_by_ref(ref: str, *, who: Any) -> m.Contract | None:
    query = (
        m.Contract.select(m.Contract, m.Ngo, m.Semansara)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
        .where(m.Contract.ref == ref)
    )
    return scope.limit(who, query, m.Contract).first()


def ending_soon_days(on: dt.date) -> int:
    return int(policy_on(on)["ending_soon_days"])


def extensions_of(contract: m.Contract) -> list[m.Extension]:
    return list(contract.extensions.order_by(m.Extension.requested_at, m.Extension.id))


def pending_extensions(contract: m.Contract) -> list[m.Extension]:
    return list(
        contract.extensions.where(m.Extension.state == "requested").order_by(m.Extension.id)
    )


def allocations_of(contract: m.Contract) -> list[m.Allocation]:
    return list(contract.allocations.order_by(m.Allocation.allocated_at, m.Allocation.id))


def card_orders_of(contract: m.Contract) -> list[m.BusinessCardOrder]:
    return list(contract.card_orders.order_by(m.BusinessCardOrder.ordered_at))


def note_of(contract: m.Contract) -> m.PromissoryNote | None:
    return m.PromissoryNote.get_or_none(m.PromissoryNote.contract == contract)


def contract_figures(contract: m.Contract, on: dt.date) -> dict[str, Any]:
    return contracts.contract_figures(contract, on)


def other_semansaras(contract: m.Contract) -> list[tuple[str, str]]:
    """(code, name) of the active semansaras other than the contract's own (R-5.4)."""
    return [(code, name) for code, name in semansara_choices() if code != contract.semansara.code]


# notes


@dataclass(frozen=True)
class NoteListRow:
    id: int
    serial: str
    amount: int
    state: str
    contract_ref: str
    ngo_name: str
    semansara_name: str
    received_at: dt.datetime
    custody_at: dt.datetime | None
    confirmed_at: dt.datetime | None
    returned_at: dt.datetime | None


NOTE_LIST_FIELDS = (
    m.PromissoryNote.id,
    m.PromissoryNote.serial,
    m.PromissoryNote.amount,
    m.PromissoryNote.state,
    m.Contract.ref,
    m.Ngo.name,
    m.Semansara.name,
    m.PromissoryNote.received_at,
    m.PromissoryNote.custody_at,
    m.PromissoryNote.confirmed_at,
    m.PromissoryNote.returned_at,
)


def _note_query(search: str, states: tuple[str, ...], who: Any) -> pw.ModelSelect:
    query = (
        m.PromissoryNote.select(*NOTE_LIST_FIELDS)
        .join(m.Contract)
        .join(m.Ngo)
        .switch(m.Contract)
        .join(m.Semansara)
    )
    query = scope.limit(who, query, m.PromissoryNote)
    key = persian.normalise(search)
    if key:
        code = persian.to_latin_digits(search.strip())
        query = query.where(
            m.Ngo.name_key.contains(key)
            | m.Contract.ref.contains(code)
            | m.PromissoryNote.serial.contains(code)
        )
    if states:
        query = query.where(m.PromissoryNote.state.in_(states))
    return query


def note_count(search: str = "", states: tuple[str, ...] = (), *, who: Any) -> int:
    return _note_query(search, states, who).count()


def note_page(
    search: str = "", states: tuple[str, ...] = (), before_id: int | None = None, limit: int = 200,
    *, who: Any,
) -> list[NoteListRow]:
    query = _note_query(search, states, who)
    if before_id is not None:
        query = query.where(m.PromissoryNote.id < before_id)
    rows = query.order_by(m.PromissoryNote.id.desc()).limit(limit).tuples()
    return [NoteListRow(*row) for row in rows]


def note_list_row(contract_ref: str, *, who: Any) -> NoteListRow | None:
    row = _note_query("", (), who).where(m.Contract.ref == contract_ref).tuples().first()
    return NoteListRow(*row) if row else None


def note_state_counts(*, who: Any) -> dict[str, int]:
    count = pw.fn.COUNT(m.PromissoryNote.id)
    query = scope.limit(who, m.PromissoryNote.select(m.PromissoryNote.state, count),
                        m.PromissoryNote).group_by(m.PromissoryNote.state)
    return dict(query.tuples())
