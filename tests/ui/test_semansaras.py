"""The semansaras page: add and edit, free places, the staff warning (R-7.1), staff, rooms and
the waiting queue (R-3.3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db import models as m
from app.ui.forms.semansara_dialog import SemansaraDialog
from app.ui.main_window import MainWindow
from app.ui.pages.semansaras import SemansaraPage
from app.ui.widgets.tables import select_row
from tests.ui.conftest import act, register, sign_in

STAFF = 10  # the staff column


@pytest.fixture
def admin_window(window: MainWindow) -> MainWindow:
    sign_in(window, "admin")
    return window


@pytest.fixture
def page(admin_window: MainWindow) -> SemansaraPage:
    return admin_window.switch_to("semansaras")


def add_house(clock, code: str = "S1", **extra) -> str:  # noqa: ANN001, ANN003
    args = {
        "name": f"سمن‌سرای {code}",
        "district": 6,
        "desks": 2,
        "meeting_rooms": 1,
        "workshop_rooms": 1,
        "halls": 1,
        "shelves": 4,
        "max_contracts": 2,
        **extra,
    }
    return act(clock, "admin", "add_semansara", code=code, **args)["code"]


def row_of(page: SemansaraPage, code: str) -> list[str]:
    row = page.model.keys.index(code)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def fill(dialog: SemansaraDialog, qtbot, **values) -> None:  # noqa: ANN001, ANN003
    fields = {
        "code": "S9",
        "name": "سمن‌سرای پونک",
        "district": 5,
        "desks": 3,
        "meeting_rooms": 2,
        "workshop_rooms": 1,
        "halls": 0,
        "shelves": 6,
        "max_contracts": 4,
        **values,
    }
    for name, value in fields.items():
        widget = dialog.fields[name]
        if isinstance(value, int):
            widget.setValue(value)
        else:
            widget.clear()
            widget.insert(value)


def test_adding_a_semansara_through_the_dialog(page: SemansaraPage, qtbot) -> None:  # noqa: ANN001
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.message.isHidden()  # the administrator may
    fill(dialog, qtbot, closes="۱۷:۳۰")
    assert dialog.submit() is True
    house = m.Semansara.get(m.Semansara.code == "S9")
    assert (house.district, house.max_contracts, house.opens, house.closes) == (
        5,
        4,
        "08:00",
        "17:30",
    )
    assert house.rooms.count() == 3  # 2 meeting rooms and 1 workshop room
    assert row_of(page, "S9")[:10] == ["S9", "سمن‌سرای پونک", "۵", "۳", "۲", "۱", "۰", "۶", "۴", "۴"]
    assert "S9" in page.info.text()


def test_new_semansara_without_staff_is_flagged(page: SemansaraPage, qtbot) -> None:  # noqa: ANN001
    """R-7.1: at least one service/guard and one administrative staff member."""
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    fill(dialog, qtbot)
    assert dialog.submit()
    row = page.model.keys.index("S9")
    cell = page.model.index(row, STAFF)
    assert "⚠" in cell.data()
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("کمبود کارکنان:")
    assert "۱ نفر خدماتی/نگهبانی" in tip and "۱ نفر اداری" in tip and "R-7.1" in tip
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_adding_staff_clears_the_warning(page: SemansaraPage, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock)
    page.refresh()
    select_row(page.table, 0)
    detail = page.detail
    assert detail.house.code == "S1"
    assert detail.warning.isVisibleTo(page) and "کمبود کارکنان" in detail.warning.text()
    for name, kind in (("رضا کریمی", "service"), ("مریم احمدی", "admin")):
        dialog = detail.add_staff()
        qtbot.add_widget(dialog)
        dialog.name.insert(name)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.hours.insert("۸ تا ۱۶")
        assert dialog.submit() is True
    assert [detail.staff.index(r, 0).data() for r in range(detail.staff.rowCount())] == [
        "رضا کریمی",
        "مریم احمدی",
    ]
    assert detail.staff.index(1, 1).data() == "اداری"
    assert row_of(page, "S1")[STAFF] == "کامل"
    assert page.model.index(0, STAFF).data(Qt.ItemDataRole.ToolTipRole) is None
    assert not detail.warning.isVisibleTo(page)
    assert page.selected_code() == "S1"  # still selected after the refresh


def test_staff_without_a_name_is_refused(page: SemansaraPage, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock)
    page.refresh()
    dialog = page.detail.add_staff()
    qtbot.add_widget(dialog)
    assert dialog.submit() is False
    assert dialog.marked_fields() == ["name"]
    assert m.Staff.select().count() == 0


def test_editing_a_semansara(page: SemansaraPage, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock, "S1")
    add_house(clock, "S2", district=8)
    page.refresh()
    select_row(page.table, page.model.keys.index("S2"))
    dialog = page.edit_selected()
    qtbot.add_widget(dialog)
    assert dialog.code.isReadOnly() and dialog.code.text() == "S2"
    assert dialog.opens.text() == "۰۸:۰۰"
    dialog.fields["max_contracts"].setValue(12)
    assert dialog.submit() is True
    assert m.Semansara.get(m.Semansara.code == "S2").max_contracts == 12
    assert row_of(page, "S2")[8] == "۱۲"
    assert page.selected_code() == "S2"


def test_closing_before_opening_is_refused_naming_the_field(page: SemansaraPage, qtbot) -> None:  # noqa: ANN001
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    fill(dialog, qtbot, opens="۱۸:۰۰", closes="08:00")
    assert dialog.submit() is False
    assert "«ساعت پایان کار»" in dialog.message.text()
    assert dialog.marked_fields() == ["closes"]
    assert m.Semansara.select().count() == 0


def test_district_left_empty_is_refused(page: SemansaraPage, qtbot) -> None:  # noqa: ANN001
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    fill(dialog, qtbot, district=0)
    assert dialog.submit() is False
    assert dialog.marked_fields() == ["district"]
    assert "«منطقه»" in dialog.message.text()


def test_desk_expert_may_not_add_a_semansara(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = window.switch_to("semansaras")
    dialog = page.new_item()
    qtbot.add_widget(dialog)
    assert dialog.message.kind() == "hint"
    fill(dialog, qtbot)
    assert dialog.submit() is False
    assert "اجازهٔ این اقدام را ندارد" in dialog.message.text()
    assert m.Semansara.select().count() == 0


def test_detail_shows_rooms_places_and_the_waiting_queue(page: SemansaraPage, clock) -> None:  # noqa: ANN001
    """R-3.3: waiting requests in the order they were registered."""
    add_house(clock, "S1", max_contracts=0)
    for number, name in enumerate(("انجمن اول", "انجمن دوم"), start=1):
        code = register(clock, name, f"Q-{number}")
        act(clock, "empowerment", "assess_level", ngo=code, level=2)
        ref = f"R-{number}"
        act(clock, "desk", "submit_request", ref=ref, ngo=code, semansara="S1", channel="in_person")
        act(clock, "desk", "review_request", ref=ref, decision="accept")
        act(clock, "desk", "refer_request", ref=ref)
        act(clock, "district", "check_capacity", ref=ref)
    page.refresh()
    select_row(page.table, 0)
    detail = page.detail
    queue = detail.queue
    assert [[queue.index(r, c).data() for c in range(3)] for r in range(queue.rowCount())] == [
        ["۱", "R-1", "انجمن اول"],
        ["۲", "R-2", "انجمن دوم"],
    ]
    assert queue.index(0, 3).data() == "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰"
    assert not detail.queue_note.isVisibleTo(page)
    rooms = [
        [detail.rooms.index(r, c).data() for c in range(3)] for r in range(detail.rooms.rowCount())
    ]
    assert ["اتاق جلسات", "۱", "فعال"] in rooms and len(rooms) == 3
    assert "جای خالی: ۰ از ۰" in detail.facts.text()


def test_first_semansara_is_selected_so_its_detail_shows(page: SemansaraPage, clock) -> None:  # noqa: ANN001
    assert page.detail.house is None and not page.edit_button.isEnabled()
    add_house(clock, "S1")
    page.refresh()
    assert page.selected_code() == "S1" and page.detail.house.code == "S1"
    assert page.edit_button.isEnabled()
