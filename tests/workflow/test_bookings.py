"""Step خ: the room a person chose is the room booked, and the check before saving is the
action's own (R-2.1, R-2.2, R-3.1, R-4.1)."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import errors, jalali
from app.workflow.bookings import check_booking
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", meeting_rooms=2)
    w.ngo("N1")
    w.contract("R1", "N1", "C1")
    return w


def _book(world: World, **args: object) -> dict:
    slot = {
        "contract": "C1",
        "service": "meeting_room",
        "date": "1405/01/20",
        "start": "10:00",
        "end": "12:00",
        "people": 8,
    }
    return world.do("desk", "request_booking", **(slot | args))


def test_the_chosen_room_is_booked_and_refused_when_taken(world: World) -> None:
    assert _book(world, room=2)["room"] == 2
    assert _book(world)["room"] == 1  # no choice: the first free room
    with pytest.raises(errors.WorkflowError) as taken:
        _book(world, room=2, start="11:00", end="13:00")
    assert taken.value.code == errors.SLOT_TAKEN and "شمارهٔ ۲" in taken.value.message_fa
    with pytest.raises(errors.WorkflowError) as missing:
        _book(world, room=7, date="1405/01/22")
    assert (missing.value.code, missing.value.field) == (errors.INVALID_INPUT, "room")
    assert m.Booking.select().count() == 2


def _check(
    world: World,
    *,
    start: str = "10:00",
    end: str = "12:00",
    people: int = 8,
    day: str = "1405/01/20",
    contract: str | None = "C1",
):  # noqa: ANN202
    lease = m.Contract.get(m.Contract.ref == contract) if contract else None
    house = m.Semansara.get(m.Semansara.code == "S1")
    return check_booking(
        lease,
        house,
        "meeting_room",
        jalali.parse_datetime(f"{day} {start}"),
        jalali.parse_datetime(f"{day} {end}"),
        people,
        world.clock.now(),
    )


def test_check_finds_every_problem_and_the_action_raises_the_first(world: World) -> None:
    check = _check(world, start="06:00", end="08:00", people=11)
    assert [p.code for p in check.problems] == [
        errors.HEADCOUNT_EXCEEDED,
        errors.OUTSIDE_OPENING_HOURS,
    ]
    with pytest.raises(errors.WorkflowError) as first:
        _book(world, start="06:00", end="08:00", people=11)
    assert first.value.code == check.problems[0].code
    ok = _check(world)
    assert ok.problems == [] and (ok.cap, ok.minutes_used, ok.minutes_asked) == (100, 0, 120)
    _book(world)
    assert _check(world).minutes_left == 100 * 60 - 120


def test_check_without_a_contract_looks_at_the_slot_only(world: World) -> None:
    check = _check(world, contract=None, people=11, day="1405/01/09")
    assert [p.code for p in check.problems] == [
        errors.BOOKING_PAST,
        errors.HEADCOUNT_EXCEEDED,
    ]  # in the past, too many people
    assert check.cap is None and check.minutes_left is None


def _notices(world: World) -> dict[str, tuple[str, str]]:
    out = _book(world)
    world.do("desk", "schedule_booking", ref=out["ref"])
    world.do("desk", "notify_booking", ref=out["ref"])
    booking = m.Booking.get(m.Booking.ref == out["ref"])
    return {n.recipient: (n.channel, n.address) for n in booking.notifications}


def test_notices_go_by_e_mail_where_an_address_is_known(world: World) -> None:
    assert _notices(world) == {"ngo": ("print", ""), "manager": ("print", "")}
    world.do("desk", "update_ngo", code="N1", email="info@n1.example.ir")
    world.do(
        "admin",
        "add_user",
        username="mgr2",
        role="semansara_manager",
        semansara="S1",
        email="manager@s1.example.ir",
    )
    assert _notices(world) == {
        "ngo": ("email", "info@n1.example.ir"),
        "manager": ("email", "manager@s1.example.ir"),
    }
    with pytest.raises(errors.WorkflowError) as bad:
        world.do("desk", "update_ngo", code="N1", email="info@n1")
    assert (bad.value.code, bad.value.field) == (errors.INVALID_INPUT, "email")
