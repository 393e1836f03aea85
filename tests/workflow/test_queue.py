"""R-3.3 and R-3.2: one first-come order per semansara from step الف, for requests at every step
and extensions moving in; a request that may no longer be served holds nobody up."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import capacity, errors
from app.workflow.worklists import worklist
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _deputy_offers(world: World) -> set[str]:
    deputy = m.User.get(m.User.username == "deputy")
    return {i.ref for i in worklist(deputy, world.clock.today()) if i.kind == "check_capacity"}


def _house(code: str = "S1") -> m.Semansara:
    return m.Semansara.get(m.Semansara.code == code)


def _full_with_two_waiting(world: World, licence_of_first: str, at_alef: str = "") -> None:
    """S1 (two places) full with C1 and C2; R3 (N3, licence until `licence_of_first`) and R4
    wait in that order, after `at_alef` (registered, not reviewed) when one is named."""
    world.ngo("N1")
    world.ngo("N2")
    world.ngo("N3", expires=licence_of_first)
    world.ngo("N4")
    world.contract("R1", "N1", "C1")
    world.contract("R2", "N2", "C2")
    if at_alef:
        world.ngo("N0")
        world.do(
            "desk", "submit_request", ref=at_alef, ngo="N0", semansara="S1", channel="in_person"
        )
    for ref, ngo in (("R3", "N3"), ("R4", "N4")):
        world.request_to(ref, ngo, "pe_referred")
        assert world.do("deputy", "check_capacity", ref=ref)["state"] == "te_waitlisted"


def test_the_queue_holds_every_open_request_without_a_place_in_order_of_registration(
    world: World,
) -> None:
    """R-3.3: whatever step they reached; a granted place leaves the queue."""
    for code in ("N1", "N2", "N3"):
        world.ngo(code)
    world.at("1405/01/10 09:00").do(
        "desk", "submit_request", ref="R1", ngo="N1", semansara="S1", channel="portal"
    )
    world.at("1405/01/10 09:10").request_to("R2", "N2", "pe_referred")
    world.at("1405/01/10 09:20").request_to("R3", "N3", "be_reviewed")
    assert [e.ref for e in capacity.queue(_house())] == ["R1", "R2", "R3"]
    assert [
        capacity.queue_position(m.Request.get(m.Request.ref == r)) for r in ("R1", "R2", "R3")
    ] == [1, 2, 3]
    world.do("deputy", "check_capacity", ref="R2")  # two places, one owed to R1: granted
    assert [e.ref for e in capacity.queue(_house())] == ["R1", "R3"]
    assert capacity.queue_position(m.Request.get(m.Request.ref == "R2")) is None


def test_a_later_request_waits_while_the_places_are_owed_to_earlier_ones(world: World) -> None:
    """R-3.3: S1 has two places; R1 and R2, registered first, are still at الف: R3 waits, and
    takes a place before them only with a written reason."""
    for code in ("N1", "N2", "N3"):
        world.ngo(code)
    for minute, (ref, ngo) in enumerate((("R1", "N1"), ("R2", "N2")), start=1):
        world.at(f"1405/01/10 09:0{minute}").do(
            "desk", "submit_request", ref=ref, ngo=ngo, semansara="S1", channel="portal"
        )
    world.at("1405/01/10 09:30").request_to("R3", "N3", "pe_referred")
    assert world.do("deputy", "check_capacity", ref="R3")["state"] == "te_waitlisted"
    with pytest.raises(errors.WorkflowError) as refused:
        world.do("deputy", "check_capacity", ref="R3")
    assert (refused.value.code, refused.value.rule) == (errors.QUEUE_ORDER, "R-3.3")
    assert "R1" in refused.value.message_fa
    out = world.do("deputy", "check_capacity", ref="R3", pass_over_reason="برنامهٔ فوری سمن")
    assert out["state"] == "te_capacity_ok"
    event = (
        m.AuditEvent.select()
        .where((m.AuditEvent.action == "check_capacity") & (m.AuditEvent.object_ref == "R3"))
        .order_by(m.AuditEvent.id.desc())
        .get()
    )
    assert '"passed_over": ["R1", "R2"]' in event.data


def test_an_ineligible_earlier_request_neither_gets_the_place_nor_holds_up_the_next(
    world: World,
) -> None:
    """R-3.2, R-3.3: when C1 ends, R3's licence has run out: the worklist offers the place to
    R4, R4 takes it without a reason, and R3 is refused with its rule."""
    _full_with_two_waiting(world, licence_of_first="1405/02/01")
    world.at("1405/02/10 09:00").do("deputy", "end_contract", contract="C1")
    assert _deputy_offers(world) == {"R4"}
    with pytest.raises(errors.WorkflowError) as refused:
        world.do("deputy", "check_capacity", ref="R3")
    assert (refused.value.code, refused.value.rule) == (errors.LICENCE_EXPIRED, "R-1.1")
    assert m.Request.get(m.Request.ref == "R3").state == "te_waitlisted"
    out = world.do("deputy", "check_capacity", ref="R4")
    assert out["state"] == "te_capacity_ok"
    assert m.Request.get(m.Request.ref == "R4").pass_over_reason == ""
    assert _deputy_offers(world) == set()  # no place left


def test_a_freed_place_is_offered_to_the_first_waiting_when_it_is_eligible(world: World) -> None:
    """R-3.3: with R3 still eligible, the place is offered to R3, not R4."""
    _full_with_two_waiting(world, licence_of_first="1408/01/01")
    assert _deputy_offers(world) == set()  # full
    world.do("deputy", "end_contract", contract="C1")
    assert _deputy_offers(world) == {"R3"}


def test_a_place_owed_to_a_request_still_at_alef_is_not_offered(world: World) -> None:
    """R-3.3: R0, registered before R3, is still at الف: the freed place waits for it."""
    _full_with_two_waiting(world, licence_of_first="1408/01/01", at_alef="R0")
    assert [e.ref for e in capacity.queue(_house())] == ["R0", "R3", "R4"]
    world.do("deputy", "end_contract", contract="C1")
    assert _deputy_offers(world) == set()
    world.do("desk", "withdraw_request", ref="R0", reason="سمن منصرف شد")
    assert _deputy_offers(world) == {"R3"}


def test_a_pending_move_joins_the_order_by_the_day_it_was_asked(world: World) -> None:
    """R-3.3, R-5.4: an extension into S2 asked before R2 was registered comes first; accepted,
    it holds its place in S2 from then."""
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
    world.ngo("N2")
    world.contract("R1", "N1", "C1")  # S1: 1405/01/10 – 1405/07/10
    world.at("1405/05/20 10:00").do(
        "desk", "request_extension", contract="C1", ref="E1", semansara="S2"
    )
    world.at("1405/05/20 11:00").request_to("R2", "N2", "pe_referred", semansara="S2")
    assert [e.ref for e in capacity.queue(_house("S2"))] == ["E1", "R2"]
    assert capacity.queue_position(m.Request.get(m.Request.ref == "R2")) == 2
    assert world.do("deputy", "check_capacity", ref="R2")["state"] == "te_waitlisted"
    world.do("deputy", "decide_extension", ref="E1", decision="accept")
    assert capacity.places(_house("S2")).free == 0
    assert [e.ref for e in capacity.queue(_house("S2"))] == ["R2"]
    out = world.do("deputy", "check_capacity", ref="R2", pass_over_reason="فوری")
    assert out["state"] == "te_waitlisted"  # no place to give, reason or not
