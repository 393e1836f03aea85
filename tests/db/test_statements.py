"""Statements built once (`app.db.statements`): the same SQL, values and rows as peewee's own
queries, on SQLite and PostgreSQL, and peewee's own save wherever the shortcut cannot be sure."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import models as m
from app.db import statements
from app.db.statements import Statement
from app.workflow import jalali

T0 = jalali.parse_datetime("1405/01/10 09:00")


def _house(code: str, **kwargs) -> m.Semansara:  # noqa: ANN003
    values = dict(
        code=code,
        name=f"سمن‌سرای {code}",
        district=1,
        desks=1,
        meeting_rooms=1,
        workshop_rooms=0,
        halls=0,
        shelves=2,
        max_contracts=3,
        created_at=T0,
    )
    values.update(kwargs)
    return m.Semansara(**values)


def _by_district_since(district: int, since: dt.datetime):  # noqa: ANN202
    return (
        m.Semansara.select(m.Semansara.code)
        .where(
            (m.Semansara.district == district)
            & (m.Semansara.created_at >= since)
            & m.Semansara.active.in_([True])
        )
        .order_by(m.Semansara.code)
    )


def test_a_statement_runs_as_the_query_built_each_time(database) -> None:  # noqa: ANN001
    for n, district in enumerate((1, 1, 2, 3)):
        _house(f"S{n}", district=district, created_at=T0 + dt.timedelta(days=n)).save()
    found = Statement(_by_district_since, (m.Semansara.district, m.Semansara.created_at))
    for district, since in (
        (1, T0),
        (1, T0 + dt.timedelta(days=1)),
        (2, T0),
        (3, T0 + dt.timedelta(days=4)),
        (9, T0),
    ):
        assert found.sql(district, since) == _by_district_since(district, since).sql()
        expected = [code for (code,) in _by_district_since(district, since).tuples()]
        assert [code for (code,) in found.execute(district, since).fetchall()] == expected
    assert [c for (c,) in found.execute(1, T0).fetchall()] == ["S0", "S1"]


def test_a_statement_whose_sql_depends_on_its_values_is_refused(database) -> None:  # noqa: ANN001
    codes = Statement(
        lambda text: m.Semansara.select().where(m.Semansara.code.in_(list(text))), (None,)
    )
    with pytest.raises(ValueError, match="SQL depends on its values"):
        codes.sql("ab")


def _read(row_id: int) -> dict:
    return m.Semansara.select().where(m.Semansara.id == row_id).dicts().get()


def _staff_row(row_id: int) -> dict:
    return m.Staff.select().where(m.Staff.id == row_id).dicts().get()


def test_save_inserts_and_updates_as_peewee_does(database) -> None:  # noqa: ANN001
    house = _house("S1")
    assert statements.save_row(house) == 1 and house.id is not None
    assert _read(house.id)["code"] == "S1"
    fast, slow = (
        m.Staff(semansara=house, name="کارمند", kind="admin", added_at=T0, code=code, retired_at=T0)
        for code in ("A", "B")
    )
    assert statements.save_row(fast) == 1 and fast.id is not None
    super(m.BaseModel, slow).save()  # peewee's own save, past the shortcut, for comparison
    assert slow.id == fast.id + 1
    for row in (fast, slow):
        row.name, row.code, row.retired_at, row.active = "نگهبان", None, None, False
        row.added_at = T0 + dt.timedelta(hours=3)
    assert statements.save_row(fast) == 1
    assert super(m.BaseModel, slow).save() == 1
    a, b = _staff_row(fast.id), _staff_row(slow.id)
    assert {k: v for k, v in a.items() if k != "id"} == {k: v for k, v in b.items() if k != "id"}
    assert (a["name"], a["code"], a["retired_at"], a["active"]) == ("نگهبان", None, None, False)
    assert a["added_at"] == T0 + dt.timedelta(hours=3)


def test_save_leaves_expressions_to_peewee(database) -> None:  # noqa: ANN001
    house = _house("E1")
    house.save()
    house.version = m.Semansara.version + 1  # computed by the database
    assert statements.save_row(house) is None  # not done here …
    house.save()  # … but by peewee
    assert _read(house.id)["version"] == 2


def test_save_of_a_row_pointing_to_a_row_saved_after(database) -> None:  # noqa: ANN001
    house = _house("R1")
    room = m.Room(semansara=house, kind="hall", number=1)
    house.save()  # saved after it was set on the room: the room's column is still empty
    assert statements.save_row(room) is None
    room.save()
    assert m.Room.get_by_id(room.id).semansara_id == house.id


def test_rows_come_as_the_query_gives_them_with_the_rows_joined(database) -> None:  # noqa: ANN001
    house = _house("J1")
    house.save()
    for number in (1, 2):
        m.Room(semansara=house, kind="hall", number=number).save()
    rooms = Statement(
        lambda kind: (
            m.Room.select(m.Room, m.Semansara)
            .join(m.Semansara)
            .where(m.Room.kind == kind)
            .order_by(m.Room.number)
        ),
        (m.Room.kind,),
    )
    assert rooms.rows("meeting_room") == []
    found = rooms.rows("hall")
    assert [(r.number, r.semansara.code) for r in found] == [(1, "J1"), (2, "J1")]
    assert "semansara" in found[0].__rel__  # read in the same query, not looked up again


def test_a_row_pointed_to_is_read_on_first_use(database) -> None:  # noqa: ANN001
    house = _house("K1", name="سمن‌سرای کوی")
    house.save()
    room = m.Room(semansara=house, kind="hall", number=1)
    room.save()
    again = m.Room.get_by_id(room.id)
    assert "semansara" not in again.__rel__
    assert (again.semansara.code, again.semansara.name) == ("K1", "سمن‌سرای کوی")
    assert again.semansara is again.semansara  # read once
    orphan = m.Room(semansara=house.id + 99, kind="hall", number=2)  # not saved: no row 99
    with pytest.raises(m.Semansara.DoesNotExist):
        _ = orphan.semansara
