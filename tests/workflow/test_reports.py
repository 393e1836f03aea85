"""Reports on SQLite and PostgreSQL: figures worked out by hand from known data.

The world's clock starts at 1405/01/10 09:00. Jalali 1405 begins on Saturday 2026-03-21 and has
365 days: 52 Fridays and 23 official holidays on other days (R-2.3), 290 open days. Farvardin
1405 (2026-03-21 … 04-20) has 31 days, 4 Fridays and 7 holidays (1–4 Nowruz and Eid al-Fitr,
12, 13, 25): 20 open days; Ordibehesht (04-21 … 05-21) 31 days, 4 Fridays: 27 open days. S1
opens 08:00–18:00 (10 hours a day) and has one room of each type.
"""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import errors, jalali
from app.workflow.reports import (
    DATE,
    HOURS,
    PERCENT,
    contracts_ending,
    make,
    notes_held,
    occupancy,
    quota_use,
    requests_by_step,
)
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def book(
    world: World,
    ref: str,
    contract: str,
    service: str,
    date: str,
    start: str,
    end: str,
    people: int = 5,
) -> None:
    world.do(
        "desk",
        "request_booking",
        ref=ref,
        contract=contract,
        service=service,
        date=date,
        start=start,
        end=end,
        people=people,
    )


def by(report, column: str, **match: object) -> list:  # noqa: ANN001
    """The values of `column` in the rows whose other columns equal `match`."""
    keys = [c.key for c in report.columns]
    out = []
    for row in report.rows:
        values = dict(zip(keys, row, strict=True))
        if all(values[k] == v for k, v in match.items()):
            out.append(values[column])
    return out


def two_contracts(world: World) -> None:
    world.ngo("N1")  # level 2
    world.ngo("N2", level=3, members=60, founded="1400/01/01")
    world.contract("R1", "N1", "C1")
    world.contract("R2", "N2", "C2")


def test_R2_3_occupancy_is_booked_over_open_hours_per_month_closed_days_not_open(
    world: World,
) -> None:
    two_contracts(world)
    book(world, "B1", "C1", "meeting_room", "1405/01/15", "09:00", "12:00")  # 3 h in Farvardin
    book(world, "B2", "C1", "meeting_room", "1405/02/05", "10:00", "12:00")  # 2 h, Ordibehesht
    book(world, "B3", "C2", "meeting_room", "1405/01/16", "14:00", "16:00")  # 2 h, cancelled
    world.do("desk", "cancel_booking", ref="B3", reason="انصراف سمن")
    book(world, "B4", "C2", "hall", "1405/01/20", "08:00", "18:00", people=30)  # 10 h

    report = occupancy(world.ctx("desk"), year=1405)

    (meeting,) = [r for r in report.rows if r[1] == "اتاق جلسات"]
    assert meeting[:5] == ("سمن‌سرای منطقه ۶", "اتاق جلسات", 1, 5.0, 2900.0)  # 290 open days
    months = dict(zip([c.key for c in report.columns], meeting, strict=True))
    assert months["m1"] == round(3 / 200, 4) and months["m2"] == round(2 / 270, 4)
    assert months["m3"] == 0.0 and months["rate"] == round(5 / 2900, 4)
    (hall,) = [r for r in report.rows if r[1] == "سالن برگزاری نشست‌ها"]
    assert hall[3] == 10.0 and hall[6] == round(10 / 200, 4)
    assert [c.kind for c in report.columns[3:7]] == [HOURS, HOURS, PERCENT, PERCENT]
    # the chart: one series per room type, in per cent, months in order
    series = {s.name: s.values for s in report.chart.series}
    assert report.chart.categories[0] == "فروردین" and len(report.chart.categories) == 12
    assert series["اتاق جلسات"][:3] == (round(100 * 3 / 200, 1), round(100 * 2 / 270, 1), 0.0)
    # the totals table: all semansaras, per room type
    totals = {row[1]: row for row in report.tables[1].rows}
    assert totals["اتاق جلسات"][3:5] == (5.0, 2900.0)


def test_occupancy_of_one_semansara_and_of_another_year(world: World) -> None:
    two_contracts(world)
    world.do(
        "admin",
        "add_semansara",
        code="S2",
        district=7,
        name="سمن‌سرای منطقه ۷",
        desks=1,
        meeting_rooms=2,
        workshop_rooms=0,
        halls=0,
        shelves=1,
        max_contracts=1,
    )
    book(world, "B1", "C1", "meeting_room", "1405/01/15", "09:00", "12:00")
    everything = occupancy(world.ctx("desk"), year=1405)
    assert {r[0] for r in everything.rows} == {"سمن‌سرای منطقه ۶", "سمن‌سرای منطقه ۷"}
    assert by(everything, "open", semansara="سمن‌سرای منطقه ۷") == [5800.0]  # two rooms × 290 d
    only_s2 = occupancy(world.ctx("desk"), year=1405, semansara="S2")
    assert [r[:4] for r in only_s2.rows] == [("سمن‌سرای منطقه ۷", "اتاق جلسات", 2, 0.0)]
    earlier = occupancy(world.ctx("desk"), year=1404)
    assert by(earlier, "booked", semansara="سمن‌سرای منطقه ۶", room_type="اتاق جلسات") == [0.0]


def test_quota_use_per_ngo_and_per_level_from_the_policy_caps(world: World) -> None:
    """R-4.1: level 2 has 100 h of meeting room, 40 of workshop, 24 of hall; level 3 200/100/72;
    a cancelled booking gives its hours back."""
    two_contracts(world)
    book(world, "B1", "C1", "meeting_room", "1405/01/15", "09:00", "12:00")
    book(world, "B2", "C1", "meeting_room", "1405/02/05", "10:00", "12:30")
    book(world, "B3", "C2", "workshop_room", "1405/01/16", "14:00", "18:00", people=20)
    book(world, "B4", "C2", "workshop_room", "1405/01/17", "14:00", "16:00", people=20)
    world.do("desk", "cancel_booking", ref="B4", reason="انصراف")

    report = quota_use(world.ctx("desk"), year=1405)

    rows = {(r[0], r[3]): r for r in report.rows}
    assert rows["N1", "اتاق جلسات"][2:] == (2, "اتاق جلسات", 5.5, 100, 94.5, 0.055)
    assert rows["N1", "سالن برگزاری نشست‌ها"][4:7] == (0.0, 24, 24.0)
    assert rows["N2", "اتاق برگزاری کارگاه"][4:7] == (4.0, 100, 96.0)
    assert len(report.rows) == 6  # three room types for each of the two NGOs
    totals = {(r[0], r[1]): r for r in report.tables[1].rows}
    assert totals[2, "اتاق جلسات"][2:] == (1, 5.5, 100.0, 94.5, 0.055)
    assert totals[3, "اتاق برگزاری کارگاه"][2:6] == (1, 4.0, 100.0, 96.0)
    assert report.chart.stacked
    used = dict(zip(report.chart.categories, report.chart.series[0].values, strict=True))
    assert used["سطح ۲ – جلسات"] == 5.5 and used["سطح ۳ – کارگاه"] == 4.0
    # another year: the NGOs had contracts then? No: nobody ran a contract in 1404
    assert quota_use(world.ctx("desk"), year=1404).rows == ()


def test_requests_per_step_counts_now_and_waiting_days_from_the_trail(world: World) -> None:
    """R-3.5: every step's time is kept; the waiting time at a step is from entering it to
    leaving it. Alef waited 2, 4 and 9.5 days (median 4, mean 5.17); be 1 day."""
    for code in ("N3", "N4", "N5"):
        world.ngo(code)
    world.at("1405/01/10 09:00")
    for ref, code in (("R3", "N3"), ("R4", "N4"), ("R5", "N5")):
        world.do("desk", "submit_request", ref=ref, ngo=code, semansara="S1", channel="portal")
    world.at("1405/01/12 09:00").do("desk", "review_request", ref="R3", decision="accept")
    world.at("1405/01/14 09:00").do("desk", "review_request", ref="R4", decision="accept")
    world.at("1405/01/19 21:00").do("desk", "review_request", ref="R5", decision="accept")
    world.at("1405/01/13 09:00").do("desk", "refer_request", ref="R3")

    report = requests_by_step(world.ctx("desk"), year=1405)

    rows = {row[1]: row for row in report.rows}
    alef = rows["الف: درخواست ثبت شد"]
    assert alef == ("الف", "الف: درخواست ثبت شد", 0, 3, 4.0, 5.17)
    assert rows["ب: بررسی و پذیرفته شد"][2:] == (2, 1, 1.0, 1.0)
    assert rows["پ: به معاونت امور مناطق معرفی شد"][2:] == (1, 0, None, None)
    # the chart: work waiting now at each open step, in the order of the steps
    counts = dict(zip(report.chart.categories, report.chart.series[0].values, strict=True))
    assert counts["الف"] == 0 and counts["ب"] == 2 and counts["پ"] == 1
    # stays that ended in another year are not counted
    other = {row[1]: row for row in requests_by_step(world.ctx("desk"), year=1404).rows}
    assert other["الف: درخواست ثبت شد"][2:] == (0, 0, None, None)


def test_booking_steps_wait_from_their_own_times(world: World) -> None:
    two_contracts(world)
    world.at("1405/01/10 10:00")
    book(world, "B1", "C1", "meeting_room", "1405/01/24", "09:00", "10:00")
    book(world, "B2", "C1", "meeting_room", "1405/01/26", "09:00", "10:00")
    world.at("1405/01/11 10:00").do("desk", "schedule_booking", ref="B1")
    world.at("1405/01/14 10:00").do("desk", "schedule_booking", ref="B2")
    world.at("1405/01/11 22:00").do("desk", "notify_booking", ref="B1")

    rows = {row[1]: row for row in requests_by_step(world.ctx("desk")).rows}

    assert rows["خ: نوبت درخواست شد"][2:] == (0, 2, 2.5, 2.5)  # 1 and 4 days
    assert rows["د: وقت تنظیم شد"][2:] == (1, 1, 0.5, 0.5)
    assert rows["ذ: اعلان صادر شد، در انتظار تحویل"][2:4] == (1, 0)
    assert rows["ذ: اطلاع‌رسانی شد"][2:4] == (0, 0)


def test_contracts_ending_with_extensions_and_the_deadline(world: World) -> None:
    """R-5.1: the request for an extension must come a month before the end; R-5.2: 9 at most.
    C1 runs from 1405/01/10; its last day is 1405/07/09, 185 days away; the deadline for an
    extension is 1405/06/10, 155 days away."""
    two_contracts(world)
    assert contracts_ending(world.ctx("desk")).rows == ()  # default: 60 days
    assert contracts_ending(world.ctx("desk"), days=184).rows == ()
    world.do("desk", "request_extension", contract="C1")

    report = contracts_ending(world.ctx("desk"), days=185)

    row = {r[0]: r for r in report.rows}["C1"]
    assert row == (
        "C1",
        "انجمن آزمایشی N1",
        "سمن‌سرای منطقه ۶",
        jalali.parse_date("1405/01/10"),
        jalali.parse_date("1405/07/09"),
        185,
        0,
        9,
        jalali.parse_date("1405/06/10"),
        155,
        "در انتظار تصمیم",
    )
    assert {r[0] for r in report.rows} == {"C1", "C2"}
    assert report.columns[4].kind == DATE
    assert report.chart.series[0].values == (2.0,)


def test_notes_held_by_state_with_totals(world: World) -> None:
    """R-6.3: notes stay with finance until returned; C1's is received (its letters wait for
    finance, R-6.1), C2's in custody."""
    world.ngo("N1")
    world.ngo("N2", level=3, members=60, founded="1400/01/01")
    world.request_to("R1", "N1", "se_invited")
    world.sign("R1", "C1")
    world.contract("R2", "N2", "C2")
    world.at("1405/01/20 09:00")

    report = notes_held(world.ctx("fin"))

    assert [(r[0], r[1], r[2], r[5], r[6]) for r in report.rows] == [
        ("SF-C1", "دریافت شد", 200_000_000, 10, "C1"),
        ("SF-C2", "در امانت مالی", 200_000_000, 10, "C2"),
    ]
    assert report.tables[1].rows == (
        ("دریافت شد", 1, 200_000_000, 200_000_000),
        ("در امانت مالی", 1, 200_000_000, 200_000_000),
        ("جمع", 2, 400_000_000, 400_000_000),
    )
    note = m.PromissoryNote.get(m.PromissoryNote.serial == "SF-C1")
    m.PromissoryNote.update(state="returned").where(m.PromissoryNote.id == note.id).execute()
    assert [r[0] for r in notes_held(world.ctx("fin")).rows] == ["SF-C2"]


def test_a_manager_sees_only_their_own_semansara(world: World) -> None:
    two_contracts(world)
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
        shelves=1,
        max_contracts=1,
    )
    manager = world.ctx("mgr1")
    report = notes_held(manager)
    assert {r[8] for r in report.rows} == {"سمن‌سرای منطقه ۶"}
    assert report.filters[-1].value == "سمن‌سرای منطقه ۶"
    assert {r[0] for r in occupancy(manager, year=1405).rows} == {"سمن‌سرای منطقه ۶"}
    with pytest.raises(errors.WorkflowError) as refused:
        occupancy(manager, year=1405, semansara="S2")
    assert refused.value.code == errors.FORBIDDEN_ROLE


def test_every_staff_role_may_see_reports_but_not_a_user_turned_off(world: World) -> None:
    two_contracts(world)
    for username in ("admin", "desk", "deputy", "emp", "fin", "mgr1"):
        assert make(world.ctx(username), "notes_held").rows
    user = m.User.get(m.User.username == "emp")
    user.active = False
    user.save()
    with pytest.raises(errors.WorkflowError) as refused:
        make(world.ctx("emp"), "contracts_ending")
    assert refused.value.code == errors.FORBIDDEN_ROLE
    with pytest.raises(errors.WorkflowError) as unknown:
        make(world.ctx("desk"), "no_such_report")
    assert unknown.value.code == errors.NOT_FOUND
