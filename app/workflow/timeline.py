"""R-3.6: time moves the state. What falls due by the calendar rather than by a person's act.

- an accepted move to another semansara begins (R-5.4) on the first day of its term;
- a contract whose last day has passed is ended, dated the day after its last day (its `ends`);
- a booking whose slot has started while still at خ or د expires, dated at the slot's start.

Each is applied as the `system` user with its own audit event, in the order of the times they
fell due, so that the audit trail stays in time order. `apply_due` runs inside every service
call's transaction before the call reads anything (`service.DUE_STEPS`, set below), and
`catch_up` runs it on its own when the program opens a database. Rows are taken under lock and
checked again, so two desks that catch up at once do not do the same thing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee as pw
from peewee import fn

from app.db import models as m
from app.db.database import db, is_postgres
from app.db.statements import Statement
from app.workflow import audit, contracts, jalali
from app.workflow.audit import Trail
from app.workflow.clock import Clock, FixedClock
from app.workflow.machines import BookingFlow, ContractFlow
from app.workflow.service import DUE_STEPS, Context

SYSTEM = "system"
# Why the bookings of a contract ended by time are cancelled (the notice says it).
TERM_OVER = "پایان مدت قرارداد"

Due = tuple[dt.datetime, int, int, Callable[[], bool]]  # when, kind, row id, apply


def _locked(query: pw.ModelSelect) -> pw.ModelSelect:
    return query.for_update() if is_postgres() else query


def midnight(day: dt.date) -> dt.datetime:
    return jalali.at(day)


def system_context(at: dt.datetime) -> Context:
    """The program itself acting at `at` (not a stored account)."""
    user = m.User(username=SYSTEM, role=SYSTEM, full_name="سامانه", active=True)
    return Context(user, FixedClock(at))


def end_by_time(contract_id: int) -> bool:
    """End contract `contract_id` the day after its last day (R-3.6), unless that is done."""
    contract = _locked(m.Contract.select().where(m.Contract.id == contract_id)).get()
    if contract.state not in ContractFlow.running:
        return False
    ctx = system_context(midnight(contract.ends))
    trail = Trail(step="").about(
        "contract",
        contract.ref,
        decision="ended_by_time",
        data={"last_day": contracts.last_day(contract.ends)},
    )
    contracts.close(ctx, contract, trail, TERM_OVER)
    audit.record(ctx.now, SYSTEM, SYSTEM, "end_contract", trail)
    return True


def expire(booking_id: int) -> bool:
    """A booking whose slot started while still at خ or د expires (R-3.6)."""
    booking = _locked(m.Booking.select().where(m.Booking.id == booking_id)).get()
    if booking.state not in BookingFlow.waiting:
        return False  # cancelled with its contract meanwhile, or done already
    trail = Trail(step="").about(
        "booking",
        booking.ref,
        decision="expired",
        data={"start": booking.start_at, "minutes_returned": booking.minutes},
    )
    BookingFlow(booking, trail).fire("expire")
    booking.save()
    audit.record(booking.start_at, SYSTEM, SYSTEM, "expire_booking", trail)
    return True


def _anything_due_query(today: dt.date, now: dt.datetime) -> pw.Select:
    moves = (
        m.Extension.select(m.Extension.id)
        .join(m.Contract)
        .where(
            (m.Extension.state == "accepted")
            & m.Extension.starts.is_null(False)
            & (m.Extension.starts <= today)
            & m.Contract.state.in_(ContractFlow.running)
            & (m.Contract.semansara != m.Extension.to_semansara)
        )
    )
    ending = m.Contract.select(m.Contract.id).where(
        m.Contract.state.in_(ContractFlow.running) & (m.Contract.ends <= today)
    )
    started = m.Booking.select(m.Booking.id).where(
        m.Booking.state.in_(BookingFlow.waiting) & (m.Booking.start_at <= now)
    )
    return pw.Select(columns=[fn.EXISTS(moves) | fn.EXISTS(ending) | fn.EXISTS(started)]).bind(db)


# Asked at the start of every service call: built once (the contract's `ends` and the
# extension's `starts` are both date columns, converted alike).
_ANYTHING_DUE = Statement(_anything_due_query, (m.Contract.ends, m.Booking.start_at))


def _anything_due(now: dt.datetime) -> bool:
    """Whether anything may have fallen due by `now`: one narrow query, where `_due` reads
    whole rows in three, so that the calls that find nothing (nearly all) stay cheap. It may
    say yes where `_due` then finds nothing (an accepted move whose contract is already in
    place, or not the latest), never no where `_due` finds something."""
    return bool(_ANYTHING_DUE.scalar(now.date(), now))


def _due(now: dt.datetime) -> list[Due]:
    if not _anything_due(now):
        return []
    today = now.date()
    due: list[Due] = []
    for extension in contracts.due_moves(today):
        at = midnight(extension.starts)
        due.append((at, 0, extension.id, lambda e=extension, at=at: contracts.move_contract(e, at)))
    ending = m.Contract.select(m.Contract.id, m.Contract.ends).where(
        m.Contract.state.in_(ContractFlow.running) & (m.Contract.ends <= today)
    )
    for contract_id, ends in ending.tuples():
        due.append((midnight(ends), 1, contract_id, lambda i=contract_id: end_by_time(i)))
    started = m.Booking.select(m.Booking.id, m.Booking.start_at).where(
        m.Booking.state.in_(BookingFlow.waiting) & (m.Booking.start_at <= now)
    )
    for booking_id, start_at in started.tuples():
        due.append((start_at, 2, booking_id, lambda i=booking_id: expire(i)))
    return sorted(due, key=lambda d: d[:3])


KINDS = ("moved", "ended", "expired")


def apply_due(now: dt.datetime) -> dict[str, int]:
    """Apply, oldest first, everything that has fallen due by `now`, in the caller's
    transaction. Returns how many of each kind (`KINDS`) were applied."""
    counts = dict.fromkeys(KINDS, 0)
    for _at, kind, _id, step in _due(now):
        if step():
            counts[KINDS[kind]] += 1
    return counts


def catch_up(clock: Clock) -> dict[str, int]:
    """Bring the database up to `clock`'s time in one transaction: safe to call at any time
    (a second call finds nothing to do). For start-up and sign-in, before anything is read."""
    now = clock.now().replace(microsecond=0)
    with db.atomic(), audit.collecting():
        return apply_due(now)


# Set on import: the window imports the timeline to open a database, and signs in (which applies
# what fell due) before its first action imports the rest of the workflow (`api`).
DUE_STEPS[:] = [apply_due]
