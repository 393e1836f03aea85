"""The bookings' reads: one semansara's week for the calendar, one booking, the closed days
of a week and the check before saving — the workflow's own rules (R-2.2, R-2.3, R-4.1) — and
a manager's only their semansara's."""

from __future__ import annotations

import datetime as dt

from app.workflow import jalali
from app.workflow.read import bookings
from tests.factories import World

DAY = "1405/01/20"  # a Thursday


def _book(world: World, ref: str, contract: str = "C1", start: str = "10:00") -> None:
    world.do(
        "desk",
        "request_booking",
        ref=ref,
        contract=contract,
        service="meeting_room",
        date=DAY,
        start=start,
        end="12:00",
        people=8,
    )


def test_the_week_its_rooms_and_one_booking(world: World, desk) -> None:  # noqa: ANN001
    _book(world, "B1")
    _book(world, "B2", contract="C2")
    day = jalali.parse_date(DAY)
    first = bookings.week_start(day)
    assert first.weekday() == 5 and first <= day < first + dt.timedelta(days=7)  # a Saturday
    (shown,) = bookings.week("S1", first, who=desk)
    assert (shown.ref, shown.ngo_code, shown.contract_ref) == ("B1", "N1", "C1")
    assert [r.kind for r in bookings.rooms("S1", who=desk)] == [
        "meeting_room",
        "workshop_room",
        "hall",
    ]
    booking = bookings.booking("B1", who=desk)
    assert booking is not None and booking.ngo.code == "N1" and booking.room.number == 1
    assert booking.contract_ref == "C1" and booking.semansara.code == "S1"
    assert bookings.calendar_booking("B2", who=desk).room_id != shown.room_id
    assert bookings.busiest(first, who=desk) == "S1"  # S1 and S2 one each: by code
    assert "schedule_booking" in {p.action for p in bookings.possibles(world.ctx("desk"), "B1")}
    assert bookings.quota("N1", "meeting_room", day, who=desk)["used"] == 2


def test_closed_days_are_the_workflows(world: World, desk) -> None:  # noqa: ANN001
    first = bookings.week_start(jalali.parse_date(DAY))
    closed = bookings.closed("S1", first, who=desk)
    assert jalali.parse_date("1405/01/21") in closed  # the Friday
    world.do("admin", "declare_day", date="1405/01/19", kind="closed", reason="تعمیرات")
    assert bookings.closed("S1", first, who=desk)[jalali.parse_date("1405/01/19")] == "تعمیرات"


def test_the_check_before_saving_is_the_actions(world: World) -> None:
    _book(world, "B1")
    now = world.clock.now()
    start = jalali.at(jalali.parse_date(DAY), dt.time(11, 0))
    end = start + dt.timedelta(hours=2)
    taken = bookings.check("C1", "S1", "meeting_room", start, end, 8, now)
    assert taken.codes() == ["SLOT_TAKEN"] and [b.ref for b in taken.taken] == ["B1"]
    free = bookings.check("C1", "S1", "workshop_room", start, end, 8, now)
    assert free.codes() == [] and free.room == 1 and free.minutes_asked == 120
    friday = jalali.at(jalali.parse_date("1405/01/21"), dt.time(10, 0))
    closed = bookings.check(
        "C1", "S1", "workshop_room", friday, friday + dt.timedelta(hours=1), 8, now
    )
    assert "CLOSED_DAY" in closed.codes() and closed.closed
    before = bookings.check("C1", "S1", "meeting_room", None, None, 8, now)
    assert before.problems == () and before.cap is not None and before.minutes_used == 120
    assert [c.ref for c in bookings.contracts_serving("S1", jalali.parse_date(DAY))] == ["C1"]


def test_a_manager_reads_only_their_semansaras_bookings(world: World, mgr1) -> None:  # noqa: ANN001
    _book(world, "B2", contract="C2")
    first = bookings.week_start(jalali.parse_date(DAY))
    assert bookings.week("S2", first, who=mgr1) == []
    assert bookings.booking("B2", who=mgr1) is None
    assert bookings.calendar_booking("B2", who=mgr1) is None
    assert bookings.rooms("S2", who=mgr1) == [] and bookings.closed("S2", first, who=mgr1) == {}
    assert bookings.busiest(first, who=mgr1) == "S1"
    assert bookings.possibles(world.ctx("mgr1"), "B2") == []
