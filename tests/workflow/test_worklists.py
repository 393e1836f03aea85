"""Each role's work queue shows what waits for it, and nothing that does not."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import jalali
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


def _items(world: World, username: str, kind: str, now: str | None = None) -> list:
    user = m.User.get(m.User.username == username)
    at = jalali.parse_datetime(now) if now else None
    day = at.date() if at else world.clock.today()
    return [i for i in worklist(user, day, at) if i.kind == kind]


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


def test_R3_6_a_booking_whose_slot_started_is_no_longer_work(world: World) -> None:
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    _book(world, "B1", "1405/02/01", "10:00", "12:00")
    _book(world, "B2", "1405/02/01", "14:00", "15:00")
    world.do("desk", "schedule_booking", ref="B2")
    assert [i.ref for i in _items(world, "desk", "schedule_booking", "1405/02/01 09:00")] == ["B1"]
    # read before anyone acted at 10:30: B1's slot has started, it is not work any more
    assert _items(world, "desk", "schedule_booking", "1405/02/01 10:30") == []
    assert [i.ref for i in _items(world, "desk", "notify_booking", "1405/02/01 10:30")] == ["B2"]
    assert _items(world, "desk", "notify_booking", "1405/02/01 14:00") == []


def test_R1_1_an_expired_licence_of_a_contracted_ngo_is_on_the_desks_worklist(
    world: World,
) -> None:
    world.ngo("N1", expires="1405/03/31")
    world.ngo("N2", expires="1405/03/31")  # no contract: not the desk's concern here
    world.contract("R1", "N1", "C1")
    assert _items(world, "desk", "licence_expired") == []
    world.at("1405/04/01 09:00")
    [item] = _items(world, "desk", "licence_expired")
    assert (item.ref, item.rule, item.values["expires"]) == (
        "N1",
        "R-1.1",
        jalali.parse_date("1405/03/31"),
    )
    assert item.title == "انجمن آزمایشی N1: مجوز فعالیت از ۱۴۰۵/۰۳/۳۱ منقضی است"
    assert _items(world, "deputy", "licence_expired") == []
    world.do("desk", "update_ngo", code="N1", licence_expires="1407/01/01")
    assert _items(world, "desk", "licence_expired") == []


def test_R4_6_allocations_above_a_lowered_cap_wait_on_the_desks_worklist(world: World) -> None:
    world.ngo("N1", level=3)  # level 3: three shelves, one desk
    world.contract("R1", "N1", "C1")
    for service in ("shelf", "shelf", "desk"):
        world.do("deputy", "allocate", contract="C1", service=service, count=1)
    assert _items(world, "desk", "release_allocation") == []
    world.do("emp", "assess_level", ngo="N1", level=2, reason="")  # lowered: one shelf, no desk
    items = _items(world, "desk", "release_allocation")
    assert sorted(i.title for i in items) == [
        "انجمن آزمایشی N1: ۱ قفسه بیش از سقف سطح ۲",
        "انجمن آزمایشی N1: ۱ میز بیش از سقف سطح ۲",
    ]
    assert {(i.ref, i.rule) for i in items} == {("C1", "R-4.6")}
    # nothing is released by itself
    assert m.Allocation.select().where(m.Allocation.state == "active").count() == 3
    out = world.do("desk", "release_allocation", contract="C1", service="shelf")
    assert (out["released"], out["allocated"]) == (1, 1)
    assert [i.title for i in _items(world, "desk", "release_allocation")] == [
        "انجمن آزمایشی N1: ۱ میز بیش از سقف سطح ۲"
    ]
    world.do("deputy", "release_allocation", contract="C1", service="desk")
    assert _items(world, "desk", "release_allocation") == []
    released = m.Allocation.select().where(m.Allocation.state == "released")
    assert [(a.service, a.released_at) for a in released.order_by(m.Allocation.id)] == [
        ("shelf", world.clock.now()),
        ("desk", world.clock.now()),
    ]


def test_an_undelivered_notice_waits_with_the_reason_of_its_failure(world: World) -> None:
    world.ngo("N1", email="n1@example.org")
    world.contract("R1", "N1", "C1")
    _book(world, "B1", "1405/02/01", "10:00", "12:00")
    world.do("desk", "schedule_booking", ref="B1")
    world.do("desk", "notify_booking", ref="B1")
    [item] = _items(world, "desk", "deliver_notice")
    assert item.title.endswith(": سمن، مسئول سمن‌سرا") and "reason" not in item.values
    world.do(
        "desk",
        "record_delivery",
        ref="B1",
        to="ngo",
        sent=False,
        error="کارساز نشانی گیرنده را نپذیرفت",
    )
    [item] = _items(world, "desk", "deliver_notice")
    assert item.values["reason"] == "کارساز نشانی گیرنده را نپذیرفت"
    assert item.title.endswith("(ناموفق: کارساز نشانی گیرنده را نپذیرفت)")
    world.do("desk", "mark_printed", ref="B1", to="ngo")
    [item] = _items(world, "desk", "deliver_notice")
    assert "reason" not in item.values and item.values["recipients"] == ("مسئول سمن‌سرا",)
    world.do("desk", "mark_printed", ref="B1", to="manager")
    assert _items(world, "desk", "deliver_notice") == []
    assert m.Booking.get(m.Booking.ref == "B1").state == "zal_notified"
