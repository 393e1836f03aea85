"""Steps خ, د, ذ: booking a room of the contract's own semansara (R-2.1, R-2.2, R-3.4, R-4.1).

The room is held from the request (خ): first come, first served for services too (R-3.3).
The database refuses two bookings of one room at once (migration 0002); the NGO's row is
locked while its hours are summed so that two desks cannot both spend its last hours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import peewee as pw
from peewee import fn

from app.db import models as m
from app.db.database import db, integrity_kind
from app.db.statements import Statement
from app.workflow import closed_days, errors, find, jalali, persian, quotas, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.contracts import running, semansara_on
from app.workflow.eligibility import check_licence
from app.workflow.machines import BookingFlow
from app.workflow.policy import ROOM_SERVICES, SERVICE_NAMES, Policy, policy_on
from app.workflow.service import Context, Result, action

# a booking (خ) is asked for by phone or on HQ's panel.
BOOKING_CHANNELS = {"phone": "تلفنی", "portal": "سامانه پنل کاربری"}


def _slot(date: Any, start: Any, end: Any) -> tuple[dt.datetime, dt.datetime]:
    day = validate.date(date, "date")
    start_at = jalali.at(day, validate.time(start, "start"))
    end_at = jalali.at(day, validate.time(end, "end"))
    if end_at <= start_at:
        raise validate.invalid("end", msg.END_BEFORE_START())
    return start_at, end_at


def _opening_hours(semansara: m.Semansara, start_at: dt.datetime, end_at: dt.datetime) -> None:
    if start_at.strftime("%H:%M") < semansara.opens or end_at.strftime("%H:%M") > semansara.closes:
        raise errors.WorkflowError(
            errors.OUTSIDE_OPENING_HOURS,
            msg.OPENING_HOURS(
                semansara=semansara.name, opens=semansara.opens, closes=semansara.closes
            ),
            "R-2.2",
        )


def _headcount(service: str, people: int, policy: Policy) -> None:
    cap = policy["people_caps"][service]
    if people > cap:
        raise errors.WorkflowError(
            errors.HEADCOUNT_EXCEEDED,
            msg.HEADCOUNT(service=SERVICE_NAMES[service], cap=cap, people=people),
            "R-2.1",
        )


def _hours(service: str, cap: int, used: int, minutes: int) -> None:
    """R-4.1: refuse a booking past the NGO's yearly hours of `service`."""
    if used + minutes > cap * 60:
        raise errors.WorkflowError(
            errors.QUOTA_EXCEEDED,
            msg.HOURS_CAP(service=SERVICE_NAMES[service], cap=cap, left=max(cap * 60 - used, 0)),
            "R-4.1",
        )


def overlapping(room: m.Room, start_at: dt.datetime, end_at: dt.datetime) -> pw.ModelSelect:
    # Bookings lie within one day's opening hours: only those starting in the day before can
    # overlap, which keeps this an index range on (room, start_at).
    return _overlapping_since(room, start_at - dt.timedelta(days=1), start_at, end_at)


def _overlapping_since(
    room: m.Room | int, since: dt.datetime, start_at: dt.datetime, end_at: dt.datetime
) -> pw.ModelSelect:
    return m.Booking.select().where(
        (m.Booking.room == room)
        & (m.Booking.start_at > since)
        & (m.Booking.start_at < end_at)
        & (m.Booking.end_at > start_at)
        & m.Booking.state.in_(BookingFlow.live)
    )


# `overlapping(...).exists()` for every room tried, built once (`since`: a day before).
_ROOM_TAKEN = Statement(
    lambda *args: pw.Select(columns=[fn.EXISTS(_overlapping_since(*args))]).bind(db),
    (m.Booking.room, m.Booking.start_at, m.Booking.start_at, m.Booking.end_at),
)


def _rooms(semansara: m.Semansara, service: str, number: int | None) -> list[m.Room]:
    """The active rooms of `service` to try, in order; only room `number` when one is asked."""
    query = semansara.rooms.where((m.Room.kind == service) & (m.Room.active == True))  # noqa: E712
    if number is not None:
        query = query.where(m.Room.number == number)
    rooms = list(query.order_by(m.Room.number))
    if not rooms:
        what = {"semansara": semansara.name, "service": SERVICE_NAMES[service]}
        if number is not None:
            raise validate.invalid("room", msg.NO_ROOM_NUMBERED(number=number, **what))
        raise errors.WorkflowError(errors.NO_CAPACITY, msg.NO_ROOM_OF_KIND(**what), "R-2.2")
    return rooms


def _take_room(rooms: list[m.Room], fields: dict[str, Any], *, chosen: bool) -> m.Booking:
    """Book the first of `rooms` free at that time; `chosen`: the person asked for that room."""
    start_at, end_at = fields["start_at"], fields["end_at"]
    for room in rooms:
        if _ROOM_TAKEN.scalar(room.id, start_at - dt.timedelta(days=1), start_at, end_at):
            continue
        try:
            with db.atomic():  # a savepoint: the database has the last word
                return m.Booking.create(room=room, **fields)
        except pw.IntegrityError as exc:
            if integrity_kind(exc) != "overlap":
                raise  # not the room (a reference taken meanwhile): the service decides
            continue
    raise slot_taken(rooms[0], fields["start_at"], fields["end_at"], chosen=chosen)


def slot_taken(
    room: m.Room, start_at: dt.datetime, end_at: dt.datetime, *, chosen: bool
) -> errors.WorkflowError:
    """SLOT_TAKEN (R-2.2): room `room` (`chosen`: the one asked for), or every room of its
    type, is booked at that time."""
    what = {
        "service": SERVICE_NAMES[room.kind],
        "semansara": room.semansara.name,
        "start": start_at,
        "end": end_at.time(),
    }
    taken = msg.ROOM_TAKEN(number=room.number, **what) if chosen else msg.ROOMS_TAKEN(**what)
    return errors.WorkflowError(errors.SLOT_TAKEN, taken, "R-2.2")


def slot_not_started(start_at: dt.datetime, now: dt.datetime, ref: str = "") -> None:
    """R-3.6: a slot that has started can no longer be requested, scheduled or notified."""
    if start_at <= now:
        passed = (
            msg.BOOKING_TIME_PASSED(booking=ref, start=start_at)
            if ref
            else msg.SLOT_TIME_PASSED(start=start_at)
        )
        raise errors.WorkflowError(
            errors.BOOKING_PAST, passed, "R-3.6", field=None if ref else "date"
        )


@dataclass
class BookingCheck:
    """What `request_booking` would say of a booking, found without writing.

    `problems` are every refusal it would give, in the order it checks them (R-3.6, R-2.2,
    R-3.1, R-1.1, R-4.4, R-2.1, R-2.3, R-4.1, and with `rooms` R-2.2's free room); the action
    raises the first, the booking form and the calendar show them all before saving. A free
    room is the database's to say for certain, at the moment of booking."""

    year: int
    minutes_asked: int
    cap: int | str | None = None  # hours a year, UNLIMITED, or None (not for this level)
    minutes_used: int = 0
    problems: list[errors.WorkflowError] = field(default_factory=list)
    room: int | None = None  # with `rooms`: the number of the room the booking would get
    taken: list[m.Booking] = field(default_factory=list)  # with `rooms`: the live bookings
    # that fill the rooms of the type (or the room asked for) at that time

    @property
    def minutes_left(self) -> int | None:
        """Minutes left this Jalali year before this booking, when the cap is a number."""
        return max(self.cap * 60 - self.minutes_used, 0) if isinstance(self.cap, int) else None


def check_booking(
    contract: m.Contract | None,
    semansara: m.Semansara,
    service: str,
    start_at: dt.datetime,
    end_at: dt.datetime,
    people: int,
    now: dt.datetime,
    *,
    rooms: bool = False,
    room: int | None = None,
) -> BookingCheck:
    """The checks of `request_booking`; with no contract (the form asks before one is chosen),
    only those of the slot and the room type. With `rooms`, also which room of the type (room
    number `room`, when one is asked for) is free then."""
    day = start_at.date()
    policy = policy_on(now.date())
    check = BookingCheck(jalali.jalali_year(day), int((end_at - start_at).total_seconds() // 60))
    problems = check.problems
    if end_at <= start_at:
        problems.append(validate.invalid("end", msg.END_BEFORE_START()))
        return check

    def attempt(rule: Any) -> Any:
        try:
            return rule()
        except errors.WorkflowError as exc:
            problems.append(exc)
            return None

    attempt(lambda: slot_not_started(start_at, now))
    if contract is not None:
        attempt(lambda: running(contract, day))
        if contract.request.state != "he_letter_to_manager":  # خ comes after ح
            problems.append(
                errors.WorkflowError(
                    errors.OUT_OF_ORDER, msg.BOOKING_AFTER_LETTERS(), "R-3.1", field="contract"
                )
            )
        attempt(lambda: check_licence(contract.ngo, now.date(), day))
        check.cap = attempt(lambda: quotas.service_cap(contract.ngo.level, service, policy))
    attempt(lambda: _headcount(service, people, policy))
    attempt(lambda: closed_days.check_open(semansara, day))
    attempt(lambda: _opening_hours(semansara, start_at, end_at))
    if contract is not None and check.cap is not None:
        check.minutes_used = quotas.minutes_used(contract.ngo, service, check.year)
    if isinstance(check.cap, int):
        attempt(lambda: _hours(service, check.cap, check.minutes_used, check.minutes_asked))
    if rooms:
        _free_room(check, semansara, service, start_at, end_at, room)
    return check


def _free_room(
    check: BookingCheck,
    semansara: m.Semansara,
    service: str,
    start_at: dt.datetime,
    end_at: dt.datetime,
    number: int | None,
) -> None:
    """R-2.2: the first active room of the type free at that time (`check.room`), the live
    bookings that fill the others (`check.taken`), and SLOT_TAKEN when none is free."""
    query = semansara.rooms.where((m.Room.kind == service) & (m.Room.active == True))  # noqa: E712
    if number is not None:
        query = query.where(m.Room.number == number)
    candidates = list(query.order_by(m.Room.number))
    for each in candidates:
        busy = list(overlapping(each, start_at, end_at).order_by(m.Booking.start_at))
        if not busy and check.room is None:
            check.room = each.number
        check.taken += busy
    if candidates and check.room is None:
        check.problems.append(
            slot_taken(candidates[0], start_at, end_at, chosen=number is not None)
        )


@action("request_booking")
def request_booking(
    ctx: Context,
    trail: Trail,
    *,
    contract: str,
    service: str,
    date: Any,
    start: Any,
    end: Any,
    people: Any,
    channel: str = "phone",
    ref: str = "",
    semansara: str = "",
    room: Any = None,
) -> Result:
    """خ: hold a room of the type for the NGO: room `room` when the person chose one (in the
    calendar), else the first free one."""
    contract_row = find.one(m.Contract, contract, joined=(m.Semansara, m.Request))
    if service in ("desk", "shelf"):
        raise validate.invalid("service", msg.ALLOCATED_NOT_BOOKED(), "R-4.2")
    service = validate.choice(service, "service", ROOM_SERVICES, SERVICE_NAMES)
    channel = validate.choice(channel, "channel", BOOKING_CHANNELS, BOOKING_CHANNELS)
    start_at, end_at = _slot(date, start, end)
    people = validate.integer(people, "people", low=1, high=10_000)
    number = validate.integer(room, "room", low=1, high=10_000) if room not in (None, "") else None
    semansara_row = semansara_on(contract_row, start_at.date())
    if semansara and semansara != semansara_row.code:
        raise errors.WorkflowError(
            errors.OTHER_SEMANSARA, msg.ONLY_OWN_SEMANSARA(semansara=semansara_row.name), "R-3.4"
        )
    contract_row.ngo = ngo = find.locked(m.Ngo, contract_row.ngo_id)  # serialise this NGO's quota
    check = check_booking(contract_row, semansara_row, service, start_at, end_at, people, ctx.now)
    if check.problems:
        raise check.problems[0]
    rooms = _rooms(semansara_row, service, number)
    year, minutes = check.year, check.minutes_asked
    ref = find.new_ref(m.Booking, ref, "ref", "B")
    booking = _take_room(
        rooms,
        {
            "ref": ref,
            "contract": contract_row,
            "ngo": ngo,
            "semansara": semansara_row,
            "service": service,
            "start_at": start_at,
            "end_at": end_at,
            "year": year,
            "minutes": minutes,
            "people": people,
            "channel": channel,
            "state": "khe_requested",
            "requested_at": ctx.now,
            "requested_by": ctx.user.username,
        },
        chosen=number is not None,
    )
    trail.about(
        "booking",
        ref,
        before_state="",
        after_state=booking.state,
        decision="requested",
        data={
            "contract": contract_row.ref,
            "room": f"{service}#{booking.room.number}",
            "start": start_at,
            "end": end_at,
            "people": people,
            "channel": channel,
        },
    )
    out = {"ref": ref, "state": booking.state, "room": booking.room.number}
    if check.minutes_left is not None:
        out["hours_left"] = (check.minutes_left - minutes) / 60
    return out


def _booking(ref: str) -> m.Booking:
    return find.one(m.Booking, ref, lock=True, joined=(m.Contract,))


@action("schedule_booking")
def schedule_booking(ctx: Context, trail: Trail, *, ref: str) -> Result:
    booking = _booking(ref)
    trail.about("booking", booking.ref, decision="scheduled")
    # a slot not started, R-2.2 the contract covers its day: the step's guards
    BookingFlow(booking, trail).fire("schedule", ctx=ctx)
    booking.scheduled_at = ctx.now
    booking.save()
    return {"ref": booking.ref, "state": booking.state}


def notice_text(booking: m.Booking, recipient: str) -> str:
    """The message of step ذ for the NGO or the semansara manager."""
    when = (
        f"{jalali.weekday_name(booking.start_at.date())} "
        f"{jalali.format_date(booking.start_at.date())} از ساعت "
        f"{jalali.format_time(booking.start_at.time())} تا "
        f"{jalali.format_time(booking.end_at.time())}"
    )
    room = (
        f"{SERVICE_NAMES[booking.service]} شمارهٔ {persian.to_persian_digits(booking.room.number)}"
    )
    if recipient == "ngo":
        return (
            f"سمن محترم «{booking.ngo.name}»: نوبت {booking.ref} برای {room} "
            f"«{booking.semansara.name}» در {when} برای "
            f"{persian.format_number(booking.people)} نفر تنظیم شد."
        )
    return (
        f"مسئول محترم «{booking.semansara.name}»: {room} در {when} در اختیار سمن "
        f"«{booking.ngo.name}» ({persian.format_number(booking.people)} نفر) است؛ "
        f"نوبت {booking.ref}."
    )


@action("notify_booking")
def notify_booking(ctx: Context, trail: Trail, *, ref: str) -> Result:
    """ذ: issue the two notices; the step is done when both are delivered
    (`notifications.record_delivery`, `mark_printed`)."""
    booking = _booking(ref)
    trail.about("booking", booking.ref, decision="notified")
    BookingFlow(booking, trail).fire("notify", ctx=ctx)  # the step's guard
    booking.notified_at = ctx.now
    booking.save()
    # The manager's notice goes to the first active manager with an address, else on paper.
    managers = booking.semansara.managers.where(m.User.active == True)  # noqa: E712
    manager = managers.order_by((m.User.email == "").asc(), m.User.id).first()
    addresses = {"ngo": booking.ngo.email, "manager": manager.email if manager else ""}
    for recipient in ("ngo", "manager"):
        m.Notification.create(
            booking=booking,
            recipient=recipient,
            address=addresses[recipient],
            channel="email" if addresses[recipient] else "print",
            body=notice_text(booking, recipient),
            state="pending",
            created_at=ctx.now,
        )
    trail.data["manager"] = manager.username if manager else ""
    return {"ref": booking.ref, "state": booking.state, "notified": ["ngo", "manager"]}


def check_cancellable(booking: m.Booking, now: dt.datetime) -> None:
    if booking.start_at <= now:
        raise errors.WorkflowError(errors.OUT_OF_ORDER, msg.NOT_CANCELLABLE(), "R-4.1")


@action("cancel_booking")
def cancel_booking(ctx: Context, trail: Trail, *, ref: str, reason: str) -> Result:
    booking = _booking(ref)
    reason = validate.text(reason, "reason", max_len=4000)
    trail.about(
        "booking",
        booking.ref,
        decision="cancelled",
        reason=reason,
        data={"minutes_returned": booking.minutes},
    )
    BookingFlow(booking, trail).fire("cancel", ctx=ctx)  # not once its time has come
    booking.cancelled_at, booking.cancel_reason = ctx.now, reason
    booking.save()
    return {"ref": booking.ref, "state": booking.state}


@action("refuse_booking")
def refuse_booking(ctx: Context, trail: Trail, *, ref: str, reason: str) -> Result:
    """The desk declines a requested booking at step د; its room and hours are freed."""
    booking = _booking(ref)
    reason = validate.text(reason, "reason", max_len=4000)
    trail.about("booking", booking.ref, decision="refused", reason=reason)
    BookingFlow(booking, trail).fire("refuse", ctx=ctx)
    booking.cancel_reason = reason
    booking.save()
    return {"ref": booking.ref, "state": booking.state}
