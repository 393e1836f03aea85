"""R-3.6: time moves the state. A contract past its last day is ended by the program and a
booking whose slot started at خ or د expires, as the `system` user, dated when they fell due,
before any call reads, and at start-up (`timeline.catch_up`). On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.db import models as m
from app.workflow import accounts, capacity, quotas, timeline
from app.workflow.audit import verify_chain
from app.workflow.errors import WorkflowError
from app.workflow.timeline import catch_up
from tests.factories import PASSWORD, World

NOTHING = {"moved": 0, "ended": 0, "expired": 0}


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _at(text: str) -> dt.datetime:
    from app.workflow import jalali

    return jalali.parse_datetime(text)


def _book(world: World, ref: str, day: str, start: str, end: str) -> None:
    world.do(
        "desk",
        "request_booking",
        ref=ref,
        contract="C1",
        service="meeting_room",
        date=day,
        start=start,
        end=end,
        people=5,
    )


def _state(model: type[m.BaseModel], ref: str) -> str:
    return model.get(model.ref == ref).state


def _system_events() -> list[m.AuditEvent]:
    """The system's steps of time (not the event that anchors a new database's first rows)."""
    return list(
        m.AuditEvent.select()
        .where((m.AuditEvent.actor == "system") & (m.AuditEvent.action != "anchor_trail"))
        .order_by(m.AuditEvent.id)
    )


def test_R3_6_a_contract_past_its_last_day_is_ended_by_the_system(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")  # 1405/01/10 – 1405/07/10 (last day 1405/07/09)
    world.do("deputy", "allocate", contract="C1", service="shelf", count=1)
    house = m.Semansara.get(m.Semansara.code == "S1")

    world.at("1405/07/09 23:59")
    assert catch_up(world.clock) == NOTHING  # its last day: still running
    assert _state(m.Contract, "C1") == "active"

    world.at("1405/07/12 10:00")
    assert catch_up(world.clock) == {"moved": 0, "ended": 1, "expired": 0}
    lease = m.Contract.get(m.Contract.ref == "C1")
    day_after = _at("1405/07/10 00:00")
    assert (lease.state, lease.ended_at) == ("ended", day_after)
    allocation = m.Allocation.get()
    assert (allocation.state, allocation.released_at) == ("released", day_after)
    assert capacity.places(house).contracts == 0
    [event] = _system_events()
    assert (event.at, event.actor, event.role, event.action, event.decision) == (
        day_after,
        "system",
        "system",
        "end_contract",
        "ended_by_time",
    )
    assert (event.object_ref, event.before_state, event.after_state) == ("C1", "active", "ended")
    data = json.loads(event.data)
    assert data["last_day"] == "2026-10-01" and data["released_allocations"] == 1  # 1405/07/09
    # the manager may now speak for the rooms, as after end_contract
    assert world.do("mgr1", "confirm_no_damage", contract="C1")["state"] == "return_confirmed"
    assert verify_chain().ok


def test_R3_6_catch_up_is_idempotent(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    _book(world, "B1", "1405/02/01", "10:00", "12:00")
    world.at("1405/08/01 09:00")
    assert catch_up(world.clock) == {"moved": 0, "ended": 1, "expired": 1}
    events = m.AuditEvent.select().count()
    assert catch_up(world.clock) == NOTHING  # the second time changes nothing
    assert world.do("desk", "show", ref="C1")["state"] == "ended"
    assert m.AuditEvent.select().count() == events
    assert verify_chain().ok


def test_R3_6_due_steps_run_before_an_action_reads(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.at("1405/07/10 08:00")  # nobody caught up: the next call ends the contract first
    with pytest.raises(WorkflowError) as refused:
        world.do("deputy", "allocate", contract="C1", service="shelf", count=1)
    assert refused.value.code == "NO_ACTIVE_CONTRACT"
    # a refused call leaves nothing, its due steps neither: the next call applies them again
    assert _system_events() == [] and m.Allocation.select().count() == 0
    assert world.do("desk", "show", ref="C1")["state"] == "ended"
    [event] = _system_events()
    assert (event.decision, event.at) == ("ended_by_time", _at("1405/07/10 00:00"))


def test_R3_6_a_slot_started_at_khe_or_dal_expires_and_frees_its_hours(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    _book(world, "B1", "1405/02/01", "10:00", "12:00")  # left at خ
    _book(world, "B2", "1405/02/01", "14:00", "16:00")
    world.do("desk", "schedule_booking", ref="B2")  # left at د
    _book(world, "B3", "1405/02/01", "08:00", "09:00")
    world.do("desk", "schedule_booking", ref="B3")
    world.do("desk", "notify_booking", ref="B3")  # ذ issued: not expired by time
    ngo = m.Ngo.get(m.Ngo.code == "N1")
    year = m.Booking.get(m.Booking.ref == "B1").year
    assert quotas.minutes_used(ngo, "meeting_room", year) == 5 * 60

    world.at("1405/02/01 15:00")
    assert catch_up(world.clock) == {"moved": 0, "ended": 0, "expired": 2}
    assert [_state(m.Booking, r) for r in ("B1", "B2", "B3")] == [
        "expired",
        "expired",
        "zal_issued",
    ]
    events = _system_events()
    assert [(e.object_ref, e.at, e.action, e.before_state, e.after_state) for e in events] == [
        ("B1", _at("1405/02/01 10:00"), "expire_booking", "khe_requested", "expired"),
        ("B2", _at("1405/02/01 14:00"), "expire_booking", "dal_scheduled", "expired"),
    ]
    assert {(e.actor, e.role) for e in events} == {("system", "system")}
    assert quotas.minutes_used(ngo, "meeting_room", year) == 60  # only B3 counts
    with pytest.raises(WorkflowError) as refused:
        world.do("desk", "schedule_booking", ref="B1")
    assert (refused.value.code, refused.value.rule) == ("BOOKING_PAST", "R-3.6")


def test_R3_6_events_of_one_catch_up_are_written_in_time_order(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")  # ends 1405/07/10
    _book(world, "B1", "1405/07/08", "10:00", "11:00")  # expires before the contract ends
    world.at("1405/07/20 09:00")
    assert catch_up(world.clock) == {"moved": 0, "ended": 1, "expired": 1}
    events = _system_events()
    assert [(e.object_ref, e.decision) for e in events] == [
        ("B1", "expired"),
        ("C1", "ended_by_time"),
    ]
    times = [e.at for e in m.AuditEvent.select().order_by(m.AuditEvent.id)]
    assert times == sorted(times)


def test_R3_6_a_failing_step_rolls_the_whole_catch_up_back(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    _book(world, "B1", "1405/07/08", "10:00", "11:00")
    world.at("1405/07/20 09:00")
    events = m.AuditEvent.select().count()

    def broken(lease_id: int) -> bool:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(timeline, "end_by_time", broken)
    with pytest.raises(RuntimeError):
        catch_up(world.clock)
    with pytest.raises(RuntimeError):  # an action's own transaction rolls back the same way
        world.do("desk", "show", ref="C1")
    # the expiry written before the failing end was rolled back with it
    assert (_state(m.Booking, "B1"), _state(m.Contract, "C1")) == ("khe_requested", "active")
    assert m.AuditEvent.select().count() == events
    monkeypatch.undo()
    assert catch_up(world.clock) == {"moved": 0, "ended": 1, "expired": 1}
    assert verify_chain().ok


def test_R3_6_signing_in_catches_up_first(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.give_passwords("desk")
    world.at("1405/07/11 08:00")
    accounts.sign_in("desk", PASSWORD, world.clock)
    assert _state(m.Contract, "C1") == "ended"
    last_two = list(m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).limit(2))
    assert [(e.actor, e.action) for e in reversed(last_two)] == [
        ("system", "end_contract"),
        ("desk", "sign_in"),
    ]
    assert verify_chain().ok


def test_R3_6_the_command_line_catches_up_when_it_opens_the_database(
    world: World, db_url: str
) -> None:
    from app.cli import _open
    from app.db.database import close_database

    world.ngo("N1")
    world.contract("R1", "N1", "C1")  # ends 1405/07/10, long past on the real clock
    close_database()
    _open(db_url)
    assert _state(m.Contract, "C1") == "ended"
    assert [e.decision for e in _system_events() if e.object_type == "contract"] == [
        "ended_by_time"
    ]
