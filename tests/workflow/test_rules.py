"""One definition of each rule the worklists, the reports, the calendar and the forms share:
a contract ending soon and the extension deadline (R-5.1), the days a semansara is open (R-2.3)
and the booking check with its free room (R-2.2), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import models as m
from app.workflow import bookings, closed_days, contracts, errors, jalali
from app.workflow.reports import contracts_ending
from app.workflow.worklists import worklist
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    out = World(clock)
    out.ngo("N1")
    out.contract("R1", "N1", "C1")  # 1405/01/10 – 1405/07/09 (its last day)
    return out


def _contract() -> m.Contract:
    return m.Contract.get(m.Contract.ref == "C1")


def _soon_everywhere(world: World, on: dt.date) -> tuple[bool, bool, bool, bool]:
    """Whether C1 is ending soon on `on` by the predicate, the query, the worklist and the
    report."""
    world.clock.set(jalali.at(on, dt.time(9)))
    contract = _contract()
    by_query = m.Contract.select().where(contracts.ending_soon(on)).exists()
    deputy = m.User.get(m.User.username == "deputy")
    in_worklist = ("contract_ending", "C1") in {(i.kind, i.ref) for i in worklist(deputy, on)}
    in_report = [r[0] for r in contracts_ending(world.ctx("desk"), days=30).rows] == ["C1"]
    return (
        contracts.is_ending_soon(contract.state, contract.ends, on),
        by_query,
        in_worklist,
        in_report,
    )


def test_R5_1_ending_soon_is_one_rule_for_the_worklist_the_report_and_the_lists(
    world: World,
) -> None:
    """A running contract is ending soon when its last day is at most the policy's reminder
    days (30) away."""
    last = contracts.last_day(_contract().ends)
    assert jalali.format_date_latin(last) == "1405/07/09"
    assert _soon_everywhere(world, last - dt.timedelta(days=31)) == (False,) * 4
    assert _soon_everywhere(world, last - dt.timedelta(days=30)) == (True,) * 4
    assert contracts.ending_by(last, days=0) == _contract().ends
    assert not contracts.is_ending_soon("ended", _contract().ends, last)


def test_R5_1_the_extension_deadline_its_reminder_and_its_refusal_agree(world: World) -> None:
    contract = _contract()
    deadline = contracts.extension_deadline(contract, {"extension_deadline_months": 1})
    assert jalali.format_date_latin(deadline) == "1405/06/10"
    assert contracts.deadlines_near(deadline - dt.timedelta(days=31)) == []
    assert contracts.deadlines_near(deadline - dt.timedelta(days=30)) == [(contract, deadline)]
    assert contracts.deadlines_near(deadline, contract.semansara_id) == [(contract, deadline)]
    assert contracts.deadlines_near(deadline, contract.semansara_id + 1) == []
    assert not contracts.extension_too_late(contract, deadline)
    assert contracts.extension_too_late(contract, deadline + dt.timedelta(days=1))
    world.at("1405/06/11 09:00")
    with pytest.raises(errors.WorkflowError) as late:
        world.do("desk", "request_extension", contract="C1")
    assert late.value.code == errors.LATE_EXTENSION and late.value.params["deadline"] == deadline
    world.at("1405/06/10 09:00")
    world.do("desk", "request_extension", contract="C1", ref="E1")
    assert contracts.deadlines_near(deadline) == []  # asked for: no reminder any more


def test_R2_3_open_days_leave_out_fridays_holidays_and_closures(world: World) -> None:
    """1405/01/22 – 1405/01/29 (a Saturday to a Saturday): Friday 01/28 closed and the
    holiday of 01/25; HQ closes Monday 01/24 for S1 only and opens Friday 01/28 for all."""
    s1 = m.Semansara.get(m.Semansara.code == "S1")
    first, end = jalali.parse_date("1405/01/22"), jalali.parse_date("1405/01/29")
    assert closed_days.open_days(s1, first, end) == 5
    world.do(
        "admin", "declare_day", date="1405/01/24", kind="closed", reason="تعمیر برق", semansara="S1"
    )
    world.do("admin", "declare_day", date="1405/01/28", kind="open", reason="برنامهٔ ویژه")
    assert closed_days.open_days(s1, first, end) == 5  # one closed, one opened
    assert closed_days.open_days(None, first, end) == 6  # the closure is S1's only
    closed = closed_days.closed_days(s1, first, 7)
    assert {jalali.format_date_latin(d): why for d, why in closed.items()} == {
        "1405/01/24": "تعمیر برق",
        "1405/01/25": closed_days.official_holiday(jalali.parse_date("1405/01/25")),
    }
    assert closed_days.closure(s1, jalali.parse_date("1405/01/21")).text("en") == "Friday"


def test_R2_2_the_booking_check_finds_the_free_room_as_the_action_books_it(
    world: World,
) -> None:
    s1 = m.Semansara.get(m.Semansara.code == "S1")
    start = jalali.parse_datetime("1405/01/15 10:00")
    end = start + dt.timedelta(hours=2)

    def check(room: int | None = None) -> bookings.BookingCheck:
        return bookings.check_booking(
            _contract(), s1, "meeting_room", start, end, 5, world.clock.now(), rooms=True, room=room
        )

    free = check()
    assert (free.room, free.taken, free.problems) == (1, [], [])
    world.do(
        "desk",
        "request_booking",
        ref="B1",
        contract="C1",
        service="meeting_room",
        date="1405/01/15",
        start="10:00",
        end="12:00",
        people=5,
    )
    taken = check()
    assert taken.room is None and [b.ref for b in taken.taken] == ["B1"]
    (problem,) = taken.problems
    with pytest.raises(errors.WorkflowError) as refused:
        world.do(
            "desk",
            "request_booking",
            ref="B2",
            contract="C1",
            service="meeting_room",
            date="1405/01/15",
            start="11:00",
            end="13:00",
            people=5,
        )
    assert (problem.code, refused.value.code) == (errors.SLOT_TAKEN, errors.SLOT_TAKEN)
    assert problem.key == refused.value.key == "ROOMS_TAKEN"
    assert check(room=1).problems[0].key == "ROOM_TAKEN"
    backwards = bookings.check_booking(
        _contract(), s1, "meeting_room", end, start, 5, world.clock.now()
    )
    assert [(p.code, p.field) for p in backwards.problems] == [(errors.INVALID_INPUT, "end")]
