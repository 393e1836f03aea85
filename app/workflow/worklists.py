"""What waits for each role: the work queue on the home page and the reminders beside it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.db import models as m
from app.workflow import capacity, contracts, jalali, machines, persian, registry, roles
from app.workflow.contracts import last_day
from app.workflow.machines import STEP_OF_STATE, ContractFlow, Flow, Queue, Step
from app.workflow.notes import missing_rates
from app.workflow.notifications import RECIPIENT_NAMES
from app.workflow.policy import policy_on
from app.workflow.policy_admin import review_due

LIMIT = 200  # items per kind; the page shows the count of the rest

# The subjects of the reminders (Persian patterns the interface translates, `subjects`).
NOTICE_WAITS = "{ngo}، {at}: {recipients}"
NOTICE_FAILED = "{ngo}، {at}: {recipients} (ناموفق: {reason})"
LICENCE_EXPIRED = "{ngo}: مجوز فعالیت از {expires} منقضی است"
RELEASE_SUBJECTS = {  # an allocation to release, by service
    "shelf": "{ngo}: {count} قفسه بیش از سقف سطح {level}",
    "desk": "{ngo}: {count} میز بیش از سقف سطح {level}",
}
NGO = "{ngo}"
SEMANSARA = "{semansara}"
ROOM_OPENED = "جا در «{semansara}» باز شد: نوبت اول صف {ngo}"
RATE_MISSING = "نرخ تورم سال {year} ثبت نشده است"
POLICY_REVIEW = "بازبینی سه‌ماههٔ شیوه‌نامه"


@dataclass(frozen=True)
class WorkItem:
    """One thing waiting. `kind` says what to do; `subject` (a Persian pattern, one of the
    module's literals, so that the interface can translate it) and `values` say about what."""

    kind: str  # what to do, e.g. "review_request"
    ref: str  # the object's ref or code
    subject: str  # e.g. "{ngo} در {semansara}"
    values: dict[str, Any]  # names as written; dates and numbers as values
    since: dt.datetime | dt.date | None
    rule: str = ""
    step: str = ""

    @property
    def title(self) -> str:
        """The subject in Persian, for logs and the command line."""
        return self.subject.format(**{k: _persian(v) for k, v in self.values.items()})


def _persian(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return jalali.format_datetime(value)
    if isinstance(value, dt.date):
        return jalali.format_date(value)
    if isinstance(value, tuple):
        return "، ".join(value)
    return persian.to_persian_digits(value) if isinstance(value, int) else str(value)


# --- the per-state queues, from the machines' tables ----------------------------------------------
# Each query reads the columns its items show, not whole rows: the worklist is the home page's
# first read.


def _requests(
    states: tuple[str, ...], kind: str, queue: Queue, semansara_id: int | None, _now: dt.datetime
) -> list[WorkItem]:
    query = (
        m.Request.select(
            m.Request.id,
            m.Request.ref,
            m.Request.state,
            m.Request.registered_at,
            m.Ngo.id,
            m.Ngo.name,
            m.Semansara.id,
            m.Semansara.name,
        )
        .join(m.Ngo)
        .switch(m.Request)
        .join(m.Semansara)
        .where(m.Request.state.in_(states))
        .order_by(m.Request.registered_at)
        .limit(LIMIT)
    )
    if semansara_id is not None:
        query = query.where(m.Request.semansara == semansara_id)
    if queue.only:
        query = query.where(NARROWINGS[queue.only]())
    return [
        WorkItem(
            kind,
            r.ref,
            queue.subject,
            {"ngo": r.ngo.name, "semansara": r.semansara.name},
            r.registered_at,
            queue.rule,
            STEP_OF_STATE.get(r.state, ""),
        )
        for r in query
    ]


def _note_with_finance() -> Any:
    """R-6.1: requests whose contract's note finance has taken (the letters wait for it)."""
    held = (
        m.Contract.select(m.Contract.request)
        .join(m.PromissoryNote)
        .where(m.PromissoryNote.custody_at.is_null(False))
    )
    return m.Request.id.in_(held)


def _bookings(
    states: tuple[str, ...], kind: str, queue: Queue, semansara_id: int | None, now: dt.datetime
) -> list[WorkItem]:
    """Bookings waiting in `states` whose slot is still to come (R-3.6: a started one is no
    longer work; it expires)."""
    query = (
        m.Booking.select(
            m.Booking.id,
            m.Booking.ref,
            m.Booking.state,
            m.Booking.start_at,
            m.Booking.requested_at,
            m.Ngo.id,
            m.Ngo.name,
        )
        .join(m.Ngo)
        .where(m.Booking.state.in_(states) & (m.Booking.start_at > now))
        .order_by(m.Booking.start_at)
        .limit(LIMIT)
    )
    if semansara_id is not None:
        query = query.where(m.Booking.semansara == semansara_id)
    return [
        WorkItem(
            kind,
            b.ref,
            queue.subject,
            {"ngo": b.ngo.name, "at": b.start_at},
            b.requested_at,
            queue.rule,
            STEP_OF_STATE.get(b.state, ""),
        )
        for b in query
    ]


def _notes(
    states: tuple[str, ...], kind: str, queue: Queue, semansara_id: int | None, _now: dt.datetime
) -> list[WorkItem]:
    query = (
        m.PromissoryNote.select(m.PromissoryNote, m.Contract, m.Ngo)
        .join(m.Contract)
        .join(m.Ngo)
        .where(m.PromissoryNote.state.in_(states))
        .order_by(m.PromissoryNote.received_at)
        .limit(LIMIT)
    )
    if semansara_id is not None:
        query = query.where(m.Contract.semansara == semansara_id)
    if queue.only:
        query = query.where(NARROWINGS[queue.only]())
    return [
        WorkItem(
            kind,
            n.contract.ref,
            queue.subject,
            {"ngo": n.contract.ngo.name, "serial": n.serial},
            n.received_at,
            queue.rule,
        )
        for n in query
    ]


def _extensions(
    states: tuple[str, ...], kind: str, queue: Queue, semansara_id: int | None, _now: dt.datetime
) -> list[WorkItem]:
    query = (
        m.Extension.select(m.Extension, m.Contract, m.Ngo)
        .join(m.Contract)
        .join(m.Ngo)
        .where(m.Extension.state.in_(states))
        .order_by(m.Extension.requested_at)
    )
    if semansara_id is not None:
        query = query.where(m.Contract.semansara == semansara_id)
    return [
        WorkItem(
            kind, e.ref, queue.subject, {"ngo": e.contract.ngo.name}, e.requested_at, queue.rule
        )
        for e in query.limit(LIMIT)
    ]


# How the records of each machine wait, and the narrowings a queue may name (`Queue.only`).
READERS = {"request": _requests, "booking": _bookings, "note": _notes, "extension": _extensions}
NARROWINGS = {
    "note_with_finance": _note_with_finance,
    "contract_ended": lambda: m.Contract.state.in_(("ended", "settled")),
}


def queues(role: str) -> list[tuple[type[Flow], str, Step]]:
    """The per-state work queues of `role`: the steps of the machines' tables with a queue that
    `role` takes, in the tables' order."""
    return [
        (flow, name, declared)
        for flow, name, declared in machines.all_steps()
        if declared.queue is not None and role in declared.roles
    ]


def _queued(role: str, now: dt.datetime, semansara_id: int | None) -> list[WorkItem]:
    items: list[WorkItem] = []
    for flow, name, declared in queues(role):
        read = READERS[flow.record]
        items += read(flow.sources(name), declared.action, declared.queue, semansara_id, now)
    return items


# --- reminders beside the queues ------------------------------------------------------------------


def _undelivered(now: dt.datetime) -> list[WorkItem]:
    """Step ذ notices not delivered yet (waiting, or an e-mail that failed, with its reason)
    of bookings still to come: one item per booking, naming whom they are for."""
    query = (
        m.Notification.select(
            m.Notification.id,
            m.Notification.recipient,
            m.Notification.state,
            m.Notification.created_at,
            m.Booking.id,
            m.Booking.ref,
            m.Booking.start_at,
            m.Ngo.id,
            m.Ngo.name,
        )
        .join(m.Booking)
        .join(m.Ngo)
        .where(
            m.Notification.state.in_(("pending", "failed"))
            & (m.Booking.state == "zal_issued")
            & (m.Booking.start_at > now)
        )
        .order_by(m.Booking.start_at, m.Notification.id)
        .limit(LIMIT)
    )
    waiting: dict[str, list[m.Notification]] = {}
    for note in query:
        waiting.setdefault(note.booking.ref, []).append(note)
    reasons = _failures([n for notes in waiting.values() for n in notes if n.state == "failed"])
    items = []
    for ref, notes in waiting.items():
        values = {
            "ngo": notes[0].booking.ngo.name,
            "at": notes[0].booking.start_at,
            "recipients": tuple(RECIPIENT_NAMES[n.recipient] for n in notes),
        }
        reason = next((reasons[n.id] for n in notes if n.id in reasons), "")
        subject = NOTICE_WAITS
        if reason:
            subject, values["reason"] = NOTICE_FAILED, reason
        items.append(WorkItem("deliver_notice", ref, subject, values, notes[0].created_at, "", "ذ"))
    return items


def _failures(notes: list[m.Notification]) -> dict[int, str]:
    """The reason of the last failed delivery of each of `notes` (kept in its audit event)."""
    if not notes:
        return {}
    ids = {n.id for n in notes}
    events = (
        m.AuditEvent.select(m.AuditEvent.data)
        .where(
            (m.AuditEvent.action == "record_delivery")
            & (m.AuditEvent.decision == "notice_failed")
            & (m.AuditEvent.object_type == "booking")
            & m.AuditEvent.object_ref.in_({n.booking.ref for n in notes})
        )
        .order_by(m.AuditEvent.id)
    )
    out = {}
    for (data,) in events.tuples():
        fields = json.loads(data)
        if fields.get("notification") in ids and fields.get("error"):
            out[fields["notification"]] = fields["error"]
    return out


def _licences_expired(on: dt.date) -> list[WorkItem]:
    """R-1.1: NGOs with a running contract whose licence has expired: their services stop
    until a renewed licence is entered."""
    query = (
        m.Ngo.select(m.Ngo)
        .join(m.Contract)
        .where(m.Contract.state.in_(ContractFlow.running) & (m.Ngo.licence_expires < on))
        .distinct()
        .order_by(m.Ngo.licence_expires, m.Ngo.code)
        .limit(LIMIT)
    )
    return [
        WorkItem(
            "licence_expired",
            n.code,
            LICENCE_EXPIRED,
            {"ngo": n.name, "expires": n.licence_expires},
            n.licence_expires,
            "R-1.1",
        )
        for n in query
    ]


def _allocations_over_cap(on: dt.date) -> list[WorkItem]:
    """R-4.6: allocations of running contracts above the caps of the NGO's level (lowered
    during the contract), one item each, to be released by hand."""
    query = (
        m.Allocation.select(
            m.Allocation, m.Contract.id, m.Contract.ref, m.Ngo.id, m.Ngo.name, m.Ngo.level
        )
        .join(m.Contract)
        .join(m.Ngo)
        .where((m.Allocation.state == "active") & m.Contract.state.in_(ContractFlow.running))
        .order_by(m.Contract.id)
    )
    by_contract: dict[int, list[m.Allocation]] = {}
    for allocation in query:
        by_contract.setdefault(allocation.contract_id, []).append(allocation)
    policy = policy_on(on)
    items = []
    for allocations in by_contract.values():
        contract = allocations[0].contract
        for row in contracts.over_cap(allocations, contract.ngo.level, policy):
            items.append(
                WorkItem(
                    "release_allocation",
                    contract.ref,
                    RELEASE_SUBJECTS[row.service],
                    {
                        "ngo": contract.ngo.name,
                        "count": row.count,
                        "level": contract.ngo.level or 0,
                    },
                    row.allocated_at,
                    "R-4.6",
                )
            )
    return items[:LIMIT]


def _ending_soon(on: dt.date, semansara_id: int | None = None) -> list[WorkItem]:
    """R-5.1: running contracts ending soon (`contracts.ending_soon`)."""
    query = (
        m.Contract.select(m.Contract, m.Ngo)
        .join(m.Ngo)
        .where(contracts.ending_soon(on))
        .order_by(m.Contract.ends)
        .limit(LIMIT)
    )
    if semansara_id is not None:
        query = query.where(m.Contract.semansara == semansara_id)
    return [
        WorkItem("contract_ending", c.ref, NGO, {"ngo": c.ngo.name}, last_day(c.ends), "R-5.1")
        for c in query
    ]


def _room_opened(on: dt.date) -> list[WorkItem]:
    """R-3.3, R-3.2: semansaras with a free place and a waiting queue: offer it to the first
    waiting request that may still be served, unless the place is owed to an earlier one."""
    items = []
    waiting = (
        m.Semansara.select().join(m.Request).where(m.Request.state == "te_waitlisted").distinct()
    )
    for semansara in waiting:
        first = capacity.offer(semansara, on)
        if first is not None:
            items.append(
                WorkItem(
                    "check_capacity",
                    first.ref,
                    ROOM_OPENED,
                    {"semansara": semansara.name, "ngo": first.ngo.name},
                    first.registered_at,
                    "R-3.3",
                    "ت",
                )
            )
    return items


def _staff_short(on: dt.date) -> list[WorkItem]:
    short = registry.staff_shortfalls(on)
    semansaras = (
        m.Semansara.select().where(m.Semansara.id.in_(list(short))).order_by(m.Semansara.code)
    )
    return [
        WorkItem(
            "staff_short", semansara.code, SEMANSARA, {"semansara": semansara.name}, None, "R-7.1"
        )
        for semansara in semansaras
    ]


def _unassessed() -> list[WorkItem]:
    query = (
        m.Ngo.select(m.Ngo, m.Request)
        .join(m.Request)
        .where(m.Ngo.level.is_null() & (m.Request.state == "alef_registered"))
        .order_by(m.Request.registered_at)
        .limit(LIMIT)
    )
    return [
        WorkItem("assess_level", n.code, NGO, {"ngo": n.name}, n.request.registered_at, "R-4.5")
        for n in query
    ]


def _inflation_missing(on: dt.date) -> list[WorkItem]:
    """R-6.4: each year up to the last completed one whose rate is missing (no contract is
    signed until it is entered)."""
    return [
        WorkItem("set_inflation", str(year), RATE_MISSING, {"year": year}, None, "R-6.4")
        for year in missing_rates(on)
    ]


def _review_due(on: dt.date) -> list[WorkItem]:
    if not review_due(on):
        return []
    return [WorkItem("review_policy", "policy", POLICY_REVIEW, {}, None, "R-8.1")]


Reminder = Callable[[dt.date, dt.datetime, "int | None"], list[WorkItem]]

# What each role is reminded of besides its queues, in order.
REMINDERS: dict[str, tuple[Reminder, ...]] = {
    roles.DESK_EXPERT: (
        lambda on, now, _: _undelivered(now),
        lambda on, now, _: _licences_expired(on),
        lambda on, now, _: _allocations_over_cap(on),
        lambda on, now, semansara: _ending_soon(on, semansara),
    ),
    roles.DISTRICT_DEPUTY: (
        lambda on, now, _: _room_opened(on),
        lambda on, now, semansara: _ending_soon(on, semansara),
        lambda on, now, _: _staff_short(on),
    ),
    roles.EMPOWERMENT_DEPUTY: (lambda on, now, _: _unassessed(),),
    roles.FINANCE_DEPUTY: (lambda on, now, _: _inflation_missing(on),),
    roles.SEMANSARA_MANAGER: (lambda on, now, semansara: _ending_soon(on, semansara),),
    roles.ADMIN: (lambda on, now, _: _review_due(on), lambda on, now, _: _staff_short(on)),
}


def subjects() -> list[str]:
    """Every subject a work item may have (for the interface's translations): the queues' of
    the machines' tables and the reminders'."""
    queued = [s.queue.subject for _, _, s in machines.all_steps() if s.queue is not None]
    return list(
        dict.fromkeys(
            queued
            + [
                NOTICE_WAITS,
                NOTICE_FAILED,
                LICENCE_EXPIRED,
                *RELEASE_SUBJECTS.values(),
                NGO,
                SEMANSARA,
                ROOM_OPENED,
                RATE_MISSING,
                POLICY_REVIEW,
            ]
        )
    )


def worklist(user: m.User, on: dt.date, now: dt.datetime | None = None) -> list[WorkItem]:
    """The items waiting for `user`'s role on day `on`: the queues of the steps the role takes
    (oldest first within each), then its reminders. A semansara manager sees their semansara's
    only. `now` (by default the start of `on`) leaves out bookings whose slot has started."""
    now = now or jalali.at(on)
    semansara = user.semansara_id if user.role == roles.SEMANSARA_MANAGER else None
    items = _queued(user.role, now, semansara)
    for remind in REMINDERS.get(user.role, ()):
        items += remind(on, now, semansara)
    return items
