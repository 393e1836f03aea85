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
    assert _by(finance, "return_note").error.code == errors.OUT_OF_ORDER  # state: received
    world.do("deputy", "end_contract", contract="C1")
    contract = m.Contract.get(m.Contract.ref == "C1")
    manager = available.for_contract(world.ctx("mgr1"), contract)
    assert _by(manager, "confirm_no_damage").allowed
    world.do("mgr1", "confirm_no_damage", contract="C1")
    finance = available.for_contract(world.ctx("fin"), m.Contract.get(m.Contract.ref == "C1"))
    assert _by(finance, "return_note").allowed
