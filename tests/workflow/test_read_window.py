"""The window's small reads (`app.workflow.read.window`), on both databases: a week's closed
days with why (R-2.3), HQ's declarations, the year's official holidays, whether a first start
needs the set-up, the starter accounts still waiting, and the months an NGO has spent."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import jalali
from app.workflow.read import bookings, window
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def add_house(world: World, code: str) -> None:
    world.do(
        "admin",
        "add_semansara",
        code=code,
        district=6,
        name=f"سمن‌سرای {code}",
        desks=1,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=1,
        max_contracts=1,
    )


def _day(text: str):  # noqa: ANN202
    return jalali.parse_date(text)


def test_a_first_start_needs_the_set_up_until_a_semansara_exists(database, clock) -> None:  # noqa: ANN001
    assert window.needs_setup()  # a new database: no semansara yet
    World(clock)  # adds S1
    assert not window.needs_setup()
    assert window.semansara_choices() == [("S1", "سمن‌سرای منطقه ۶")]


def test_the_weeks_closed_days_and_the_declarations(world: World) -> None:
    add_house(world, "S06")
    add_house(world, "S07")
    world.do(
        "admin",
        "declare_day",
        date="1405/01/05",
        kind="closed",
        reason="تعمیر برق",
        semansara="S06",
    )
    world.do("admin", "declare_day", date="1405/01/04", kind="open", reason="برنامهٔ نوروزی")
    admin = m.User.get(m.User.username == "admin")
    week = bookings.closed("S06", _day("1405/01/01"), who=admin)
    assert "نوروز" in week[_day("1405/01/01")]
    assert _day("1405/01/04") not in week  # HQ opened it for every semansara
    assert week[_day("1405/01/05")] == "تعمیر برق"
    assert week[_day("1405/01/07")] == "جمعه"
    assert _day("1405/01/05") not in bookings.closed("S07", _day("1405/01/01"), who=admin)
    english = bookings.closed("S07", _day("1405/01/01"), who=admin, language="en")
    assert english[_day("1405/01/07")] == "Friday" and "Nowruz" in english[_day("1405/01/01")]
    rows = window.declarations(_day("1405/01/01"))
    assert [(r.day, r.kind, r.semansara, r.reason) for r in rows] == [
        (_day("1405/01/04"), "open", "", "برنامهٔ نوروزی"),
        (_day("1405/01/05"), "closed", "سمن‌سرای S06", "تعمیر برق"),
    ]
    assert window.declarations(_day("1405/01/06")) == []


def test_the_official_holidays_ahead_leave_fridays_out(world: World) -> None:
    holidays = window.official_holidays(_day("1405/01/01"), 14)
    assert set(holidays) >= {_day("1405/01/01"), _day("1405/01/12"), _day("1405/01/13")}
    assert _day("1405/01/07") not in holidays  # a Friday is no official holiday by itself


def test_the_starter_accounts_wait_until_they_get_a_password(world: World) -> None:
    waiting = {a.username for a in window.waiting_accounts()}
    active = {u.username for u in m.User.select().where(m.User.active)}
    assert not waiting & active
    if waiting:
        first = sorted(waiting)[0]
        world.do("admin", "set_password", username=first, password="office words 1405")
        assert first not in {a.username for a in window.waiting_accounts()}
