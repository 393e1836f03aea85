"""Each role's work queue shows what waits for it, and nothing that does not."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow.worklists import worklist
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _kinds(world: World, username: str) -> set[tuple[str, str]]:
    user = m.User.get(m.User.username == username)
    return {(i.kind, i.ref) for i in worklist(user, world.clock.today())}


def test_requests_wait_for_the_role_of_their_next_step(world: World) -> None:
    world.ngo("N1")
    world.ngo("N2")
    world.do("desk", "submit_request", ref="R1", ngo="N1", semansara="S1", channel="portal")
    world.request_to("R2", "N2", "pe_referred")
    assert ("review_request", "R1") in _kinds(world, "desk")
    assert ("check_capacity", "R2") in _kinds(world, "deputy")
    assert ("check_capacity", "R1") not in _kinds(world, "deputy")


def test_room_opening_offers_the_place_to_the_first_waiting(world: World) -> None:
    for code in ("N1", "N2", "N3"):
        world.ngo(code)
    world.contract("R1", "N1", "C1")
    world.contract("R2", "N2", "C2")  # S1 holds two contracts: now full
    world.do("desk", "submit_request", ref="R3", ngo="N3", semansara="S1", channel="portal")
    world.do("desk", "review_request", ref="R3", decision="accept")
    world.do("desk", "refer_request", ref="R3")
    assert world.do("deputy", "check_capacity", ref="R3")["state"] == "te_waitlisted"
    assert ("check_capacity", "R3") not in _kinds(world, "deputy")
    world.do("deputy", "end_contract", contract="C1")
    assert ("check_capacity", "R3") in _kinds(world, "deputy")


def test_notes_wait_for_finance_and_the_own_manager(world: World) -> None:
    """R-6.1, R-6.3: finance takes the note after signing, before the letters go."""
    world.ngo("N1")
    world.request_to("R1", "N1", "se_invited")
    world.sign("R1", "C1")
    assert ("take_note_custody", "C1") in _kinds(world, "fin")
    world.do("fin", "take_note_custody", contract="C1")
    assert ("take_note_custody", "C1") not in _kinds(world, "fin")
    assert ("confirm_no_damage", "C1") not in _kinds(world, "mgr1")
    world.do("deputy", "end_contract", contract="C1")
    assert ("confirm_no_damage", "C1") in _kinds(world, "mgr1")
    world.do("mgr1", "confirm_no_damage", contract="C1")
    assert ("return_note", "C1") in _kinds(world, "fin")


def test_contract_ending_within_thirty_days_and_policy_review(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")  # 1405/01/10 – 1405/07/10
    assert ("contract_ending", "C1") not in _kinds(world, "deputy")
    world.at("1405/06/15 09:00")
    assert ("contract_ending", "C1") in _kinds(world, "deputy")
    # Version 1 dates from 1399: its three-monthly review is long due.
    assert ("review_policy", "policy") in _kinds(world, "admin")


def test_short_staff_reported(world: World) -> None:
    assert ("staff_short", "S1") in _kinds(world, "admin")
    world.do("admin", "add_staff", semansara="S1", name="حسن کریمی", kind="service")
    world.do("admin", "add_staff", semansara="S1", name="زهرا موسوی", kind="admin")
    assert ("staff_short", "S1") not in _kinds(world, "admin")
