"""A semansara manager's week: the bookings at their semansara from today (today first), its
closed days (R-2.3), its capacity (the workflow's `capacity`), their worklist and the letters
addressed to them; only their own semansara, and the same as a report to print."""

from __future__ import annotations

import datetime as dt

from app.workflow import jalali
from app.workflow.read import manager_week
from app.workflow.reports import Report
from tests.factories import World


def _book(world: World, ref: str, contract: str, date: str, start: str = "10:00") -> None:
    end = f"{int(start[:2]) + 2:02d}:00"
    world.do(
        "desk",
        "request_booking",
        ref=ref,
        contract=contract,
        service="meeting_room",
        date=date,
        start=start,
        end=end,
        people=8,
    )


def test_the_week_from_today_at_the_managers_semansara_only(world: World, desk, mgr1) -> None:  # noqa: ANN001
    _book(world, "B1", "C1", "1405/01/20")
    _book(world, "B2", "C2", "1405/01/20")  # S2's
    _book(world, "B3", "C1", "1405/01/24")  # the day after the week
    _book(world, "B4", "C1", "1405/01/17", start="14:00")
    world.at("1405/01/17 09:00")
    week = manager_week.week(world.clock.now(), who=mgr1)
    assert week is not None and week.code == "S1"
    assert week.days[0] == jalali.parse_date("1405/01/17")  # today first
    assert week.days[-1] == jalali.parse_date("1405/01/23") and len(week.days) == 7
    assert [b.ref for b in week.bookings] == ["B4", "B1"]
    assert [b.ref for b in week.on(jalali.parse_date("1405/01/20"))] == ["B1"]
    assert week.bookings[1].ngo_name == "انجمن آزمایشی N1" and week.bookings[1].live
    assert list(week.closed) == [jalali.parse_date("1405/01/21")]  # the Friday
    # A manager cannot name another semansara; HQ can name either, and sees none unnamed.
    assert manager_week.week(world.clock.now(), who=mgr1, code="S2").code == "S1"
    other = manager_week.week(world.clock.now(), who=desk, code="S2")
    assert [b.ref for b in other.bookings] == ["B2"] and other.work == ()
    assert manager_week.week(world.clock.now(), who=desk) is None


def test_capacity_is_the_workflows(world: World, mgr1) -> None:  # noqa: ANN001
    week = manager_week.week(world.clock.now(), who=mgr1)
    assert (week.capacity.total, week.capacity.contracts, week.capacity.free) == (2, 1, 1)
    assert week.capacity.queue == 0
    assert week.capacity.rooms == (("meeting_room", 1), ("workshop_room", 1), ("hall", 1))
    world.ngo("N3")
    world.ngo("N4")
    world.request_to("R3", "N3", "se_invited")  # holds the last place
    world.request_to("R4", "N4", "alef_registered")  # waits
    week = manager_week.week(world.clock.now(), who=mgr1)
    assert (week.capacity.free, week.capacity.queue) == (0, 1)


def test_letters_on_their_way_and_the_worklist(world: World, mgr1, desk) -> None:  # noqa: ANN001
    week = manager_week.week(world.clock.now(), who=mgr1)
    assert week.letters == ()  # C1's were delivered
    world.ngo("N3")
    world.request_to("R3", "N3", "se_invited")
    world.sign("R3", "C3")
    (letter,) = manager_week.week(world.clock.now(), who=mgr1).letters
    assert (letter.contract_ref, letter.ngo_name) == ("C3", "انجمن آزمایشی N3")
    world.do("fin", "take_note_custody", contract="C3")
    world.do("deputy", "deliver_letter", contract="C3", to="representative")
    assert [x.contract_ref for x in manager_week.week(world.clock.now(), who=mgr1).letters] == [
        "C3"
    ]
    world.do("deputy", "deliver_letter", contract="C3", to="manager")
    assert manager_week.week(world.clock.now(), who=mgr1).letters == ()
    # the worklist is the manager's own (`worklists.worklist`), not the desk's
    world.ngo("N4")
    world.request_to("R4", "N4", "alef_registered")
    kinds = {item.kind for item in manager_week.week(world.clock.now(), who=mgr1).work}
    assert "review_request" not in kinds


def test_the_week_as_a_report(world: World, mgr1) -> None:  # noqa: ANN001
    _book(world, "B1", "C1", "1405/01/11")
    week = manager_week.week(world.clock.now(), who=mgr1)
    made = world.clock.now()
    paper = manager_week.report(week, made, "mgr1")
    assert isinstance(paper, Report) and paper.title == "هفتهٔ سمن‌سرا: سمن‌سرای منطقه ۶"
    (row,) = paper.rows
    assert row[0] == jalali.parse_date("1405/01/11") and row[2] == "10:00–12:00"
    assert row[-1] == "B1" and row[5] == "انجمن آزمایشی N1"
    titles = [t.title for t in paper.tables]
    assert titles[:3] == ["رزروهای هفته", "ظرفیت", "روزهای تعطیل"]
    closed = dict(paper.tables[2].rows)
    assert jalali.parse_date("1405/01/14") in closed  # Friday
    assert jalali.parse_date("1405/01/12") in closed  # an official holiday
    assert dict(paper.tables[1].rows)["جای خالی"] == 1
    assert made - dt.timedelta(0) == paper.made_at
