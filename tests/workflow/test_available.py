"""The services say which actions are possible now and why the others are not."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import available, errors
from app.workflow.available import Possible
from tests.factories import World, a_national_code


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
    assert not [
        p
        for p in available.for_contract(world.ctx("deputy"), contract)
        if p.action == "decide_extension"
    ]  # nothing pending, nothing offered
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
    world.do(
        "desk",
        "request_booking",
        ref="B1",
        contract="C1",
        service="meeting_room",
        date="1405/02/01",
        start="10:00",
        end="12:00",
        people=5,
    )
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


def _agree(world: World, user: str, possible, action: str, **args) -> str:  # noqa: ANN001
    """The button's refusal is the action's own: same code, same rule."""
    assert possible.error is not None, possible
    with pytest.raises(errors.WorkflowError) as refused:
        world.do(user, action, **args)
    assert (refused.value.code, refused.value.rule) == (possible.error.code, possible.error.rule)
    return refused.value.code


def _request_possible(world: World, user: str, ref: str, action: str, variant: str = ""):  # noqa: ANN202
    request = m.Request.get(m.Request.ref == ref)
    return _by(available.for_request(world.ctx(user), request), action, variant)


def test_eligibility_disables_refer_grant_invite_and_sign_as_the_actions_refuse(
    world: World,
) -> None:
    """R-3.2: after the licence ran out (1405/02/01), پ, ت, ث and ج are each refused, and
    their buttons say so with the same code."""
    for code in ("N1", "N2", "N3", "N4"):
        world.ngo(code, expires="1405/02/01")
    world.request_to("R4", "N4", "se_invited")  # S1's two places go first
    world.request_to("R3", "N3", "te_capacity_ok")
    world.request_to("R2", "N2", "pe_referred")
    world.request_to("R1", "N1", "be_reviewed")
    world.at("1405/02/05 09:00")
    for ref, user, action, args in (
        ("R1", "desk", "refer_request", {"ref": "R1"}),
        ("R2", "deputy", "check_capacity", {"ref": "R2"}),
        ("R3", "deputy", "invite", {"ref": "R3", "date": "1405/02/06"}),
        (
            "R4",
            "deputy",
            "sign_contract",
            {"ref": "R4", "note_serial": "SF-4", "note_amount": 10**12},
        ),
    ):
        possible = _request_possible(world, user, ref, action)
        assert _agree(world, user, possible, action, **args) == errors.LICENCE_EXPIRED


def test_sign_disabled_for_missing_rates_and_people_as_the_action_refuses(world: World) -> None:
    """R-6.4 (no rates entered yet), then R-6.5 (no representative's national code)."""
    world.ngo("N1", representative_national_code="")
    world.request_to("R1", "N1", "se_invited")
    sign = {"ref": "R1", "note_serial": "SF-1", "note_amount": 10**12}
    assert (
        _agree(
            world,
            "deputy",
            _request_possible(world, "deputy", "R1", "sign_contract"),
            "sign_contract",
            **sign,
        )
        == errors.NOT_ELIGIBLE
    )
    world.do("desk", "update_ngo", code="N1", representative_national_code=a_national_code())
    assert (
        _agree(
            world,
            "deputy",
            _request_possible(world, "deputy", "R1", "sign_contract"),
            "sign_contract",
            **sign,
        )
        == errors.INFLATION_MISSING
    )
    world.sign("R1", "C1")


def test_letters_disabled_until_finance_takes_the_note(world: World) -> None:
    """R-6.1: NOTE_NOT_RECEIVED on the button and from the action; then allowed."""
    world.ngo("N1")
    world.request_to("R1", "N1", "se_invited")
    world.sign("R1", "C1")
    letter = _request_possible(world, "deputy", "R1", "deliver_letter", "representative")
    assert (
        _agree(world, "deputy", letter, "deliver_letter", contract="C1", to="representative")
        == errors.NOTE_NOT_RECEIVED
    )
    world.do("fin", "take_note_custody", contract="C1")
    assert _request_possible(world, "deputy", "R1", "deliver_letter", "representative").allowed


def test_accept_disabled_for_a_service_outside_the_level(world: World) -> None:
    """R-4.3: the level assessed after الف; the button at ب says what the action says."""
    world.ngo("N1", level=None)
    world.do(
        "desk",
        "submit_request",
        ref="R1",
        ngo="N1",
        semansara="S1",
        channel="portal",
        services=["desk"],
    )
    world.do("emp", "assess_level", ngo="N1")
    accept = _request_possible(world, "desk", "R1", "review_request", "accept")
    assert (
        _agree(world, "desk", accept, "review_request", ref="R1", decision="accept")
        == errors.SERVICE_NOT_IN_LEVEL
    )


def test_extension_request_disabled_while_another_is_pending_or_not_begun(world: World) -> None:
    """R-5.5: EXTENSION_PENDING on the button and from the action."""
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.at("1405/06/01 10:00").do("desk", "request_extension", contract="C1", ref="E1")

    def ask() -> Possible:
        contract = m.Contract.get(m.Contract.ref == "C1")
        return _by(available.for_contract(world.ctx("desk"), contract), "request_extension")

    assert (
        _agree(world, "desk", ask(), "request_extension", contract="C1", ref="E2")
        == errors.EXTENSION_PENDING
    )
    world.do("deputy", "decide_extension", ref="E1", decision="accept")
    assert (
        _agree(world, "desk", ask(), "request_extension", contract="C1", ref="E2")
        == errors.EXTENSION_PENDING
    )
    world.at("1405/07/10 09:00")
    assert ask().allowed
