"""R-2.3: a semansara is closed on Fridays, Iran's official holidays and HQ's declared closures;
HQ may declare a closed day open. Declarations are the administrator's, with a reason."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.workflow import closed_days, errors, jalali
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    world = World(clock)
    world.do(
        "admin",
        "add_semansara",
        code="S06",
        district=6,
        name="سمن‌سرای منطقه ۶",
        desks=1,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=1,
        max_contracts=1,
    )
    world.do(
        "admin",
        "add_semansara",
        code="S07",
        district=7,
        name="سمن‌سرای منطقه ۷",
        desks=1,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=1,
        max_contracts=1,
    )
    return world


def _day(text: str):  # noqa: ANN202
    return jalali.parse_date(text)


def _house(code: str) -> m.Semansara:
    return m.Semansara.get(m.Semansara.code == code)


def test_r2_3_fridays_and_official_holidays(world: World) -> None:
    house = _house("S06")
    assert closed_days.closed_reason(house, _day("1405/01/14")) == "جمعه"
    assert "نوروز" in closed_days.closed_reason(house, _day("1405/01/01"))
    assert closed_days.closed_reason(house, _day("1405/01/13")) == "روز طبیعت"
    assert closed_days.closed_reason(house, _day("1405/01/10")) is None  # a Monday
    with pytest.raises(errors.WorkflowError) as caught:
        closed_days.check_open(house, _day("1405/01/01"))
    assert caught.value.code == errors.CLOSED_DAY and caught.value.rule == "R-2.3"
    assert "۱۴۰۵/۰۱/۰۱" in caught.value.message_fa


def test_r2_3_declared_closure_and_opening(world: World) -> None:
    s06, s07 = _house("S06"), _house("S07")
    world.do(
        "admin",
        "declare_day",
        date="1405/01/11",
        kind="closed",
        reason="تعمیر برق ساختمان",
        semansara="S06",
    )
    assert closed_days.closed_reason(s06, _day("1405/01/11")) == "تعمیر برق ساختمان"
    assert closed_days.closed_reason(s07, _day("1405/01/11")) is None
    out = world.do(
        "admin",
        "declare_day",
        date="1405/01/13",
        kind="open",
        reason="برنامهٔ روز طبیعت در سمن‌سراها",
    )
    assert out["open"] is True
    assert closed_days.closed_reason(s06, _day("1405/01/13")) is None
    assert closed_days.closed_reason(s07, _day("1405/01/13")) is None
    # a later declaration for one semansara wins over the general one before it
    world.do(
        "admin",
        "declare_day",
        date="1405/01/13",
        kind="closed",
        reason="نبود نیروی خدماتی",
        semansara="S07",
    )
    assert closed_days.closed_reason(s07, _day("1405/01/13")) == "نبود نیروی خدماتی"
    assert closed_days.closed_reason(s06, _day("1405/01/13")) is None
    assert m.DeclaredDay.select().count() == 3
    events = m.AuditEvent.select().where(m.AuditEvent.action == "declare_day")
    assert [e.decision for e in events] == ["declared_closed", "declared_open", "declared_closed"]


@pytest.mark.parametrize(
    ("args", "code", "field"),
    [
        ({"kind": "holiday"}, errors.INVALID_INPUT, "kind"),
        ({"reason": "\u200c"}, errors.INVALID_INPUT, "reason"),
        ({"date": "1405/13/01"}, errors.INVALID_INPUT, "date"),
        ({"semansara": "S99"}, errors.NOT_FOUND, None),
    ],
)
def test_r2_3_a_declaration_needs_a_day_kind_and_reason(
    world: World, args: dict, code: str, field: str | None
) -> None:
    good = {"date": "1405/01/11", "kind": "closed", "reason": "تعمیر"}
    with pytest.raises(errors.WorkflowError) as caught:
        world.do("admin", "declare_day", **{**good, **args})
    assert caught.value.code == code and caught.value.field == field
    assert m.DeclaredDay.select().count() == 0


def test_r2_3_only_the_administrator_declares(world: World) -> None:
    world.do("admin", "add_user", username="desk1", role="desk_expert")
    with pytest.raises(errors.WorkflowError) as caught:
        world.do("desk1", "declare_day", date="1405/01/11", kind="closed", reason="تعمیر")
    assert caught.value.code == errors.FORBIDDEN_ROLE


def test_r2_3_closed_days_of_a_week(world: World) -> None:
    week = closed_days.closed_days(_house("S06"), _day("1405/01/08"), 7)  # Sat 8 … Fri 14
    assert sorted(week) == [_day("1405/01/12"), _day("1405/01/13"), _day("1405/01/14")]
