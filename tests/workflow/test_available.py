"""The services say which actions are possible now and why the others are not."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import available, errors
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _by(possibles, action: str, variant: str = ""):  # noqa: ANN001, ANN202
    return next(p for p in possibles if (p.action, p.variant) == (action, variant))


def test_request_actions_follow_role_state_and_rules(world: World) -> None:
    world.ngo("N1")
    world.do("desk", "submit_request", ref="R1", ngo="N1", semansara="S1", channel="portal")
    request = m.Request.get(m.Request.ref == "R1")
    desk = available.for_request(world.ctx("desk"), request)
    assert _by(desk, "review_request", "accept").allowed
    assert _by(desk, "refer_request").error.code == errors.OUT_OF_ORDER
    deputy = available.for_request(world.ctx("deputy"), request)
    assert _by(deputy, "review_request", "accept").error.code == errors.FORBIDDEN_ROLE
    assert _by(deputy, "check_capacity").error.code == errors.OUT_OF_ORDER


def test_expired_licence_disables_accept_with_the_rule(world: World) -> None:
    world.ngo("N1", expires="1405/01/01")
    world.do("desk", "submit_request", ref="R1", ngo="N1", semansara="S1", channel="portal")
    desk = available.for_request(world.ctx("desk"), m.Request.get(m.Request.ref == "R1"))
    accept = _by(desk, "review_request", "accept")
    assert accept.error.code == errors.LICENCE_EXPIRED and accept.error.rule == "R-1.1"
    assert _by(desk, "review_request", "reject").allowed


def test_note_return_explained_until_manager_confirms(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    finance = available.for_contract(world.ctx("fin"), contract)
    # state «received»: the button says what the note waits for, as the action itself would
    assert _by(finance, "return_note").error.code == errors.NOTE_NOT_RETURNABLE
    with pytest.raises(errors.WorkflowError) as refused:
        world.do("fin", "return_note", contract="C1")
    assert refused.value.code == errors.NOTE_NOT_RETURNABLE
    world.do("deputy", "end_contract", contract="C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    manager = available.for_contract(world.ctx("mgr1"), contract)
    assert _by(manager, "confirm_no_damage").allowed
    world.do("mgr1", "confirm_no_damage", contract="C1")
    finance = available.for_contract(world.ctx("fin"), m.Contract.get(m.Contract.ref == "C1"))
    assert _by(finance, "return_note").allowed


def test_extension_decision_offered_with_its_limits(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    assert not [p for p in available.for_contract(world.ctx("deputy"), contract)
                if p.action == "decide_extension"]  # nothing pending, nothing offered
    world.at("1405/06/01 10:00").do("desk", "request_extension", contract="C1", ref="E1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    deputy = available.for_contract(world.ctx("deputy"), contract)
    assert _by(deputy, "decide_extension", "accept").allowed
    assert _by(deputy, "decide_extension", "reject").allowed
    desk = available.for_contract(world.ctx("desk"), contract)
    assert _by(desk, "decide_extension", "accept").error.code == errors.FORBIDDEN_ROLE
    world.do("deputy", "end_contract", contract="C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    ended = _by(available.for_contract(world.ctx("deputy"), contract), "decide_extension", "accept")
    assert ended.error.code == errors.NO_ACTIVE_CONTRACT
    with pytest.raises(errors.WorkflowError) as refused:
        world.do("deputy", "decide_extension", ref="E1", decision="accept")
    assert refused.value.code == ended.error.code


def test_settle_damage_offered_only_while_a_damage_case_is_open(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.do("deputy", "end_contract", contract="C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    closed = _by(available.for_contract(world.ctx("fin"), contract), "settle_damage")
    assert closed.error.code == errors.OUT_OF_ORDER
    world.do("mgr1", "report_damage", contract="C1", description="شکستن شیشهٔ پنجره")
    contract = m.Contract.get(m.Contract.ref == "C1")
    assert _by(available.for_contract(world.ctx("fin"), contract), "settle_damage").allowed
    manager = _by(available.for_contract(world.ctx("mgr1"), contract), "settle_damage")
    assert manager.error.code == errors.FORBIDDEN_ROLE


def test_R3_6_a_started_slot_disables_schedule_and_notify_before_its_state(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.do("desk", "request_booking", ref="B1", contract="C1", service="meeting_room",
             date="1405/02/01", start="10:00", end="12:00", people=5)
    booking = m.Booking.get(m.Booking.ref == "B1")
    before = available.for_booking(world.ctx("desk"), booking)
    assert _by(before, "schedule_booking").allowed
    assert _by(before, "notify_booking").error.code == errors.OUT_OF_ORDER
    world.at("1405/02/01 10:00")  # read before anyone acted: the booking is still at خ
    desk = available.for_booking(world.ctx("desk"), booking)
    for action in ("schedule_booking", "notify_booking"):
        error = _by(desk, action).error
        assert (error.code, error.rule) == (errors.BOOKING_PAST, "R-3.6"), action
    assert _by(desk, "cancel_booking").error.rule == "R-4.1"
    deputy = available.for_booking(world.ctx("deputy"), booking)
    assert _by(deputy, "schedule_booking").error.code == errors.FORBIDDEN_ROLE


def test_R1_1_an_expired_licence_disables_allocations_and_cards(world: World) -> None:
    world.ngo("N1", expires="1405/03/31")
    world.contract("R1", "N1", "C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    assert _by(available.for_contract(world.ctx("deputy"), contract), "allocate").allowed
    world.at("1405/04/01 09:00")
    allocate = _by(available.for_contract(world.ctx("deputy"), contract), "allocate")
    cards = _by(available.for_contract(world.ctx("desk"), contract), "order_business_cards")
    for possible in (allocate, cards):
        assert (possible.error.code, possible.error.rule) == (errors.LICENCE_EXPIRED, "R-1.1")
    assert "۱۴۰۵/۰۳/۳۱" in allocate.error.message_fa
