"""Contracts after signing: ending cancels future bookings with their own trail and notices;
an extension into another semansara moves the contract when its term ends (R-5.4)."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import capacity
from app.workflow.audit import verify_chain
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def test_ending_a_contract_cancels_future_bookings_visibly(world: World) -> None:
    world.ngo("N1", email="ngo@example.org")
    world.contract("R1", "N1", "C1")
    world.book_hall("B1", "1405/02/01", "10:00", "12:00", people=20)
    world.do("desk", "schedule_booking", ref="B1")
    world.do("desk", "notify_booking", ref="B1")
    out = world.do("deputy", "end_contract", contract="C1")
    assert out["cancelled_bookings"] == 1
    booking = m.Booking.get(m.Booking.ref == "B1")
    assert booking.state == "cancelled" and booking.cancel_reason == "پایان قرارداد"
    last = (
        m.AuditEvent.select()
        .where(m.AuditEvent.object_ref == "B1")
        .order_by(m.AuditEvent.id.desc())
        .get()
    )
    assert (last.before_state, last.after_state, last.actor) == (
        "zal_issued",
        "cancelled",
        "deputy",
    )  # its notices issued (ذ), so it is told
    notices = booking.notifications.where(m.Notification.body.contains("لغو"))
    assert sorted(n.recipient for n in notices) == ["manager", "ngo"]
    assert verify_chain().ok


def test_move_to_another_semansara_waits_for_the_end_of_the_term(world: World) -> None:
    world.do(
        "admin",
        "add_semansara",
        code="S2",
        district=7,
        name="سمن‌سرای منطقه ۷",
        desks=1,
        meeting_rooms=1,
        workshop_rooms=0,
        halls=0,
        shelves=2,
        max_contracts=1,
    )
    world.ngo("N1")
    world.contract("R1", "N1", "C1")  # S1: 1405/01/10 – 1405/07/10
    world.do("deputy", "allocate", contract="C1", service="shelf", count=1)
    world.at("1405/05/20 10:00")
    world.do("desk", "request_extension", contract="C1", ref="E1", semansara="S2")
    world.do("deputy", "decide_extension", ref="E1", decision="accept")
    s1, s2 = (m.Semansara.get(m.Semansara.code == c) for c in ("S1", "S2"))
    assert m.Contract.get(m.Contract.ref == "C1").semansara == s1
    assert capacity.places(s1).contracts == 1 and capacity.places(s2).free == 0  # held
    assert m.Allocation.get().state == "active"  # the shelf stays until the move
    world.at("1405/07/10 08:30").ngo("N2")  # any call after the day applies the move
    lease = m.Contract.get(m.Contract.ref == "C1")
    assert lease.semansara == s2 and m.Allocation.get().state == "released"
    assert capacity.places(s1).contracts == 0 and capacity.places(s2).contracts == 1
    moved = m.AuditEvent.get(m.AuditEvent.action == "move_contract")
    assert (moved.actor, moved.object_ref, moved.decision) == ("system", "C1", "moved")
    assert verify_chain().ok
