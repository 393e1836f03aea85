"""The Jalali date field: Qt's Jalali calendar, Persian digits, Gregorian dates in and out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCalendar, QDate, Qt

from app.ui.widgets.jalali_date_edit import HOLIDAY, JalaliDateEdit
from app.workflow import jalali


def make(qtbot) -> JalaliDateEdit:  # noqa: ANN001
    edit = JalaliDateEdit()
    qtbot.add_widget(edit)
    edit.show()
    return edit


def test_shows_1405_01_10_for_2026_03_30_in_persian_digits(qtbot) -> None:  # noqa: ANN001
    edit = make(qtbot)
    edit.setDate(dt.date(2026, 3, 30))
    assert edit.text() == "۱۴۰۵/۰۱/۱۰"
    assert edit.date() == dt.date(2026, 3, 30)
    assert edit.value() == dt.date(2026, 3, 30)


def test_qt_jalali_calendar_agrees_with_the_workflow(qtbot) -> None:  # noqa: ANN001
    """The popup is Qt's Jalali calendar; the field and the services use `jalali`. They must
    name every day alike over the years the program deals in (1370 to 1430)."""
    edit = make(qtbot)
    calendar = edit.calendarWidget().calendar()
    assert calendar.name() == QCalendar(QCalendar.System.Jalali).name()
    day, last = jalali.from_jalali(1370, 1, 1), jalali.from_jalali(1431, 1, 1)
    while day < last:
        parts = calendar.partsFromDate(QDate(day.year, day.month, day.day))
        assert (parts.year, parts.month, parts.day) == jalali.to_jalali(day), day
        day += dt.timedelta(days=1)


def test_popup_week_starts_on_saturday_with_friday_red(qtbot) -> None:  # noqa: ANN001
    edit = make(qtbot)
    calendar = edit.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() == HOLIDAY
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() != HOLIDAY
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != HOLIDAY


def test_picking_a_day_in_the_popup_fills_the_field(qtbot) -> None:  # noqa: ANN001
    edit = make(qtbot)
    edit.calendarWidget().clicked.emit(QDate(2026, 9, 23))  # 1 Mehr 1405
    assert edit.text() == "۱۴۰۵/۰۷/۰۱"
    assert edit.date() == dt.date(2026, 9, 23)


def test_latin_digits_typed_are_tidied_to_persian(qtbot) -> None:  # noqa: ANN001
    edit = make(qtbot)
    qtbot.keyClicks(edit.lineEdit(), "1405/1/5")
    assert edit.date() == jalali.parse_date("1405/01/05")
    edit.lineEdit().editingFinished.emit()
    assert edit.text() == "۱۴۰۵/۰۱/۰۵"


def test_a_date_that_does_not_exist_is_kept_as_typed(qtbot) -> None:  # noqa: ANN001
    """Not corrected behind the person's back (QDateEdit turned 1405/13/01 into 1405/10/01):
    the text goes to the service, which refuses it with a Persian message."""
    edit = make(qtbot)
    qtbot.keyClicks(edit.lineEdit(), "1405/13/01")
    edit.lineEdit().editingFinished.emit()
    assert edit.text() == "1405/13/01"
    assert edit.date() is None
    assert edit.value() == "1405/13/01"
    edit.setText("1404/12/30")  # Esfand 1404 has 29 days
    assert edit.date() is None


def test_letters_cannot_be_typed(qtbot) -> None:  # noqa: ANN001
    edit = make(qtbot)
    qtbot.keyClicks(edit.lineEdit(), "14a05")
    assert edit.text() == "1405"


def test_calendar_marks_the_selected_jalali_day(qtbot) -> None:  # noqa: ANN001
    """Qt marked the Gregorian day number (22 Azar for 22 November) until selected again."""
    from PySide6.QtWidgets import QTableView

    from app.ui.widgets.jalali_date_edit import JalaliCalendarWidget

    calendar = JalaliCalendarWidget()
    qtbot.add_widget(calendar)
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    marked = [index.data() for index in grid.selectionModel().selectedIndexes()]
    assert marked == [jalali.to_jalali(calendar.selectedDate().toPython())[2]]
    calendar.setSelectedDate(QDate(2026, 3, 30))
    marked = [index.data() for index in grid.selectionModel().selectedIndexes()]
    assert marked == [10]


def test_popup_opens_under_the_field_without_blocking(qtbot) -> None:  # noqa: ANN001
    edit = make(qtbot)
    edit.resize(500, 30)  # wider than the calendar, so that the screen edge does not move it
    edit.setDate(dt.date(2026, 3, 30))
    edit.showPopup()
    menu = edit.calendarWidget().parentWidget()
    qtbot.wait_until(menu.isVisible)
    assert edit.calendarWidget().selectedDate() == QDate(2026, 3, 30)
    right_edge = edit.mapToGlobal(edit.rect().bottomRight())
    assert menu.geometry().right() == right_edge.x()  # right-to-left: aligned on the right
    assert menu.geometry().top() in (right_edge.y(), right_edge.y() + 1)
    menu.close()
