"""Invariants under random use: random actions by random users at random dates, and after each
one the procedure's guarantees still hold (R-2.1, R-3.1, R-3.5, R-4.1, R-4.2, R-5.2, R-5.3, R-6.3).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import uuid
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import fn

from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import audit, jalali, quotas
from app.workflow.api import WorkflowError
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from app.workflow.contracts import served_months
from app.workflow.machines import BookingFlow, RequestFlow
from app.workflow.policy import ROOM_SERVICES, policy_on
from tests.conftest import PG_BASE
from tests.factories import World

NGOS = 6
ROLE_OF = {
    "submit_request": "desk",
    "review_request": "desk",
    "refer_request": "desk",
    "withdraw_request": "desk",
    "check_capacity": "deputy",
    "invite": "deputy",
    "sign_contract": "deputy",
    "deliver_letter": "deputy",
    "request_booking": "desk",
    "schedule_booking": "desk",
    "notify_booking": "desk",
    "cancel_booking": "desk",
    "request_extension": "desk",
    "decide_extension": "deputy",
    "end_contract": "deputy",
    "confirm_no_damage": "mgr1",
    "report_damage": "mgr1",
    "return_note": "fin",
    "allocate": "deputy",
    "order_business_cards": "desk",
    "take_note_custody": "fin",
}
USERNAMES = ["desk", "deputy", "emp", "fin", "mgr1", "mgr2", "admin"]


def _pick(rows: list, n: int):  # noqa: ANN202
    return rows[n % len(rows)] if rows else None


def _args(world: World, op: str, a: int, b: int) -> dict | None:
    refs = lambda model, field="ref": [getattr(r, field) for r in model.select().order_by(model.id)]  # noqa: E731
    request = _pick(refs(m.Request), a)
    contract = _pick(refs(m.Contract), a)
    booking = _pick(refs(m.Booking), a)
    if op == "submit_request":
        return {
            "ref": f"R{uuid.uuid4().hex[:6]}",
            "ngo": f"N{a % NGOS}",
            "semansara": "S1" if b % 3 else "S2",
            "channel": "portal",
        }
    if op == "review_request" and request:
        return {"ref": request, "decision": "accept" if b % 4 else "reject", "reason": "دلیل"}
    if op in ("refer_request", "check_capacity") and request:
        return {"ref": request} | (
            {"pass_over_reason": "فوری"} if op == "check_capacity" and b % 5 == 0 else {}
        )
    if op == "withdraw_request" and request:
        return {"ref": request, "reason": "انصراف"}
    if op == "invite" and request:
        return {"ref": request, "date": jalali.format_date_latin(world.clock.today())}
    if op == "sign_contract" and request:
        return {
            "ref": request,
            "contract": f"C{uuid.uuid4().hex[:6]}",
            "note_serial": uuid.uuid4().hex[:10],
            "note_amount": 200_000_000,
        }
    if op == "deliver_letter" and contract:
        return {"contract": contract, "to": "representative" if b % 2 else "manager"}
    if op == "request_booking" and contract:
        day = world.clock.today() + dt.timedelta(days=1 + b % 40)
        start = 7 + b % 10  # now and then before opening time
        return {
            "ref": f"B{uuid.uuid4().hex[:6]}",
            "contract": contract,
            "service": ROOM_SERVICES[a % 3],
            "date": jalali.format_date_latin(day),
            "start": f"{start:02d}:00",
            "end": f"{start + 1 + a % 4:02d}:00",
            "people": 1 + b % 14,
            "channel": "phone",
        }
    if op in ("schedule_booking", "notify_booking") and booking:
        return {"ref": booking}
    if op == "cancel_booking" and booking:
        return {"ref": booking, "reason": "لغو"}
    if op == "request_extension" and contract:
        return {"contract": contract, "ref": f"E{uuid.uuid4().hex[:6]}"} | (
            {"semansara": "S2"} if b % 4 == 0 else {}
        )
    if op == "decide_extension":
        extension = _pick(refs(m.Extension), a)
        return extension and {
            "ref": extension,
            "decision": "accept" if b % 5 else "reject",
            "reason": "دلیل",
        }
    if op in ("end_contract", "confirm_no_damage", "return_note", "take_note_custody") and contract:
        return {"contract": contract}
    if op == "report_damage" and contract:
        return {"contract": contract, "description": "شکستگی میز"}
    if op == "allocate" and contract:
        return {"contract": contract, "service": "shelf" if b % 2 else "desk", "count": 1 + a % 3}
    if op == "order_business_cards" and contract:
        return {"contract": contract, "count": 100 * (1 + b % 8)}
    return None


NEXT_STEP = {
    "alef_registered": "review_request",
    "be_reviewed": "refer_request",
    "pe_referred": "check_capacity",
    "te_waitlisted": "check_capacity",
    "te_capacity_ok": "invite",
    "se_invited": "sign_contract",
    "jim_contracted": "deliver_letter",
    "che_letter_to_representative": "deliver_letter",
}


def _drive(world: World, a: int, b: int) -> tuple[str, dict] | None:
    """The natural next step of a random request, so that random runs reach deep states."""
    request = _pick(
        list(m.Request.select().where(m.Request.state.in_(list(NEXT_STEP))).order_by(m.Request.id)),
        a,
    )
    if request is None:
        return None
    op = NEXT_STEP[request.state]
    if op == "deliver_letter":
        to = "representative" if request.state == "jim_contracted" else "manager"
        return op, {"contract": request.contracts.get().ref, "to": to}
    args = _args(world, op, 0, b) or {}
    return op, args | {"ref": request.ref} | (
        {"decision": "accept"} if op == "review_request" else {}
    )


def _drive_contract(world: World, a: int, b: int) -> tuple[str, str, dict] | None:
    """The next step of a random contract: extend, end, confirm, return its note."""
    contract = _pick(list(m.Contract.select().order_by(m.Contract.id)), a)
    if contract is None:
        return None
    note = contract.notes.get()
    pending = contract.extensions.where(m.Extension.state == "requested").first()
    manager = m.User.get(m.User.semansara == contract.semansara).username
    if pending is not None:
        return "deputy", "decide_extension", {"ref": pending.ref, "decision": "accept"}
    if contract.state in ("active", "extended"):
        if b % 3:
            return (
                "desk",
                "request_extension",
                {"contract": contract.ref, "ref": f"E{uuid.uuid4().hex[:6]}"},
            )
        return "deputy", "end_contract", {"contract": contract.ref}
    if note.state in ("received", "in_custody"):
        return (
            manager,
            "confirm_no_damage" if b % 4 else "report_damage",
            {"contract": contract.ref, **({} if b % 4 else {"description": "آسیب"})},
        )
    return "fin", "return_note", {"contract": contract.ref}


def check_invariants() -> None:
    # No room holds two live bookings at once.
    other = m.Booking.alias()
    clash = (
        m.Booking.select()
        .join(
            other,
            on=(
                (other.room == m.Booking.room)
                & (other.id != m.Booking.id)
                & (other.start_at < m.Booking.end_at)
                & (m.Booking.start_at < other.end_at)
            ),
        )
        .where(m.Booking.state.in_(BookingFlow.live) & other.state.in_(BookingFlow.live))
    )
    assert not clash.exists(), "a room is double-booked"
    policy = policy_on(dt.date(2026, 3, 30))
    for ngo in m.Ngo.select():
        # No NGO past its yearly hours or five years.
        for service in ROOM_SERVICES:
            for (year,) in (
                m.Booking.select(m.Booking.year).where(m.Booking.ngo == ngo).distinct().tuples()
            ):
                used = quotas.minutes_used(ngo, service, year)
                cap = policy.level_cap(ngo.level, service) or 0
                assert used <= cap * 60, (ngo.code, service, year, used)
        assert served_months(ngo) <= policy["max_total_months"]
    for contract in m.Contract.select():
        assert contract.extensions.where(m.Extension.state == "accepted").count() <= 9
        for service in ("shelf", "desk"):
            cap = policy.level_cap(contract.ngo.level, service) or 0
            assert quotas.allocated(contract, service) <= cap
    for year, total in (
        m.BusinessCardOrder.select(m.BusinessCardOrder.year, fn.SUM(m.BusinessCardOrder.count))
        .group_by(m.BusinessCardOrder.ngo, m.BusinessCardOrder.year)
        .tuples()
    ):
        assert total <= 1000, (year, total)
    # No note returned before the contract ended and the manager confirmed.
    for note in m.PromissoryNote.select().where(m.PromissoryNote.state == "returned"):
        assert note.contract.state in ("ended", "settled")
        assert note.confirmed_at is not None
    assert audit.verify_chain().ok
    # Every request's history is a path along the machine's transitions.
    allowed = {(s.id, t.target.id) for s in RequestFlow.states for t in s.transitions}
    for request in m.Request.select():
        events = (
            m.AuditEvent.select()
            .where(
                (m.AuditEvent.object_type == "request") & (m.AuditEvent.object_ref == request.ref)
            )
            .order_by(m.AuditEvent.id)
        )
        state = ""
        for event in events:
            if event.before_state == event.after_state:
                continue  # still waiting in the queue
            assert event.before_state == state, (request.ref, state, event.before_state)
            assert state == "" or (state, event.after_state) in allowed
            state = event.after_state
        assert state == request.state


OPS = (
    sorted(ROLE_OF)
    + ["advance"] * 2
    + ["drive"] * 12
    + ["submit_request"] * 4
    + ["request_booking"] * 6
    + ["schedule_booking", "notify_booking"] * 2
    + ["drive_contract"] * 8
)
actions = st.lists(
    st.tuples(st.sampled_from(OPS), st.integers(0, 99), st.integers(0, 999), st.integers(0, 9)),
    min_size=20,
    max_size=60,
)


def _play(url: str, steps: list[tuple[str, int, int, int]]) -> None:
    database = open_database(url)
    try:
        clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
        initialise(database, clock.now(), starter_users=False)
        world = World(clock)
        world.do(
            "admin",
            "add_semansara",
            code="S2",
            district=7,
            name="سمن‌سرای منطقه ۷",
            desks=1,
            meeting_rooms=2,
            workshop_rooms=0,
            halls=1,
            shelves=2,
            max_contracts=1,
        )
        world.do("admin", "add_user", username="mgr2", role="semansara_manager", semansara="S2")
        for i in range(NGOS):
            world.ngo(f"N{i}", level=2 + i % 2, members=30 + 40 * (i % 2))
        # Start with running contracts so that random runs reach bookings, extensions and notes.
        world.contract("R0", "N0", "C0")
        world.contract("R1", "N1", "C1", semansara="S2")
        for op, a, b, who in steps:
            if op == "advance":
                clock.advance(dt.timedelta(days=1 + 9 * b % 120))
                continue
            if op == "drive_contract":
                driven = _drive_contract(world, a, b)
                if driven is not None:
                    with contextlib.suppress(WorkflowError):  # a refusal is an outcome
                        world.do(*driven[:2], **driven[2])
                    check_invariants()
                continue
            if op == "drive":
                driven = _drive(world, a, b)
                if driven is None:
                    continue
                op, args = driven
            else:
                args = _args(world, op, a, b)
            if args is None:
                continue
            user = ROLE_OF[op] if who < 8 else USERNAMES[who % len(USERNAMES)]
            with contextlib.suppress(WorkflowError):  # the invariants hold either way
                world.do(user, op, **args)
            check_invariants()
    finally:
        close_database()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_invariants_hold_on_sqlite(steps) -> None:  # noqa: ANN001
    with tempfile.TemporaryDirectory() as tmp:
        _play(str(Path(tmp) / "inv.sqlite"), steps)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_invariants_hold_on_postgresql(steps) -> None:  # noqa: ANN001
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        _play(f"{PG_BASE}?options=-csearch_path%3D{schema},public", steps)
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
