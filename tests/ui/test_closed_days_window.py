"""Closed days in the window (R-2.3): the booking calendar greys a closed day and says why (a
Friday, Iran's official holiday by its Persian name, HQ's closure), a day HQ opened is not
greyed; Settings declares a closure or an opening with a reason through `declare_day`."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from app.db import models as m
from app.ui import texts
from app.ui.forms.settings_closed_days import ClosedDaysTab
from app.ui.main_window import MainWindow
from app.ui.pages.bookings import BookingsPage
from app.ui.pages.settings import SettingsPage
from app.workflow import closed_days, jalali
from app.workflow.clock import FixedClock
from app.workflow.read import bookings as read_bookings
from tests.ui.conftest import sign_in
from tests.ui.test_bookings import add_house


def day(text: str) -> dt.date:
    return jalali.parse_date(text)


@pytest.fixture
def bookings(window: MainWindow, clock: FixedClock) -> BookingsPage:
    add_house(clock)
    page = window.switch_to("bookings")
    page.refresh()
    page.show_house("S1")
    return page


def test_nowruz_is_greyed_with_its_persian_name(bookings: BookingsPage) -> None:
    bookings.show_week(day("1405/01/01"))
    calendar = bookings.calendar
    assert "نوروز" in calendar.closed_on(day("1405/01/01"))
    tab = calendar.tabs.buttons[0]
    assert tab.text().startswith("شنبه (تعطیل)\n")  # red, marked closed, its name in the tip
    assert "نوروز" in tab.toolTip() and "#c62828" in tab.styleSheet()
    calendar.set_current_day(day("1405/01/01"))
    assert calendar.grid.closed and "نوروز" in calendar.grid.closed
    assert calendar.closed_on(day("1405/01/05")) is None  # Wednesday 5 Farvardin: open
    assert "#1f3a5f" in calendar.tabs.buttons[4].styleSheet()


def test_a_day_hq_opened_is_not_greyed_and_friday_is(bookings: BookingsPage) -> None:
    bookings.show_week(day("1405/01/08"))  # 12 and 13 Farvardin: holidays HQ opened (conftest)
    calendar = bookings.calendar
    assert calendar.closed_on(day("1405/01/12")) is None
    assert calendar.closed_on(day("1405/01/13")) is None
    assert calendar.closed_on(day("1405/01/14")) == "جمعه"
    friday = calendar.tabs.buttons[6]
    assert friday.toolTip() == "۱۴۰۵/۰۱/۱۴"  # a Friday needs no reason
    assert friday.text().startswith(texts.CAL_DAY_WEEKEND.format(weekday="جمعه"))


def test_the_calendar_is_greyed_and_says_why(qtbot, bookings: BookingsPage) -> None:  # noqa: ANN001
    bookings.show_week(day("1405/01/01"))
    bookings.calendar.set_current_day(day("1405/01/02"))
    bookings.window().resize(1200, 760)
    QApplication.processEvents()  # the resize laid out
    image = bookings.calendar.grid.grab().toImage()
    grey = image.pixelColor(image.width() // 3, image.height() - 30)
    assert grey.name() != "#ffffff"  # the closed day's fill, not the open day's white
    assert not bookings.window().grab().isNull()  # it paints


def test_hq_declares_a_closure_in_settings(
    qtbot,
    window: MainWindow,
    clock: FixedClock,  # noqa: ANN001
) -> None:
    add_house(clock)
    sign_in(window, "admin")
    settings: SettingsPage = window.switch_to("settings")
    tab = settings.show_tab("closed_days")
    assert isinstance(tab, ClosedDaysTab)
    holidays = [tab.holidays.cells[r] for r in range(tab.holidays.rowCount())]
    assert any(name.startswith("روز طبیعت") or "طبیعت" in name for _, _, name in holidays)
    tab.date.setText("1405/01/11")
    tab.kind.setCurrentIndex(tab.kind.findData("closed"))
    tab.semansara.setCurrentIndex(tab.semansara.findData("S1"))
    tab.reason.setText("قطعی برق منطقه")
    assert tab.submit() is True
    row = m.DeclaredDay.select().order_by(m.DeclaredDay.id.desc()).get()
    assert (row.day, row.kind, row.reason, row.semansara.code) == (
        day("1405/01/11"),
        "closed",
        "قطعی برق منطقه",
        "S1",
    )
    shown = [tab.declared.cells[r] for r in range(tab.declared.rowCount())]
    assert (
        "۱۴۰۵/۰۱/۱۱",
        "سه‌شنبه",
        "تعطیل",
        "سمن‌سرای آزمایشی S1",
        "قطعی برق منطقه",
        "admin",
    ) in shown
    assert window.statusBar().currentMessage().startswith("روز ۱۴۰۵/۰۱/۱۱ تعطیل اعلام شد.")
    admin = window.session.user
    assert (
        read_bookings.closed("S1", day("1405/01/08"), who=admin)[day("1405/01/11")]
        == "قطعی برق منطقه"
    )
    assert closed_days.closure(None, day("1405/01/11")) is None  # S1 only
    assert not tab.grab().isNull()  # it paints


def test_a_declaration_without_a_reason_is_refused_naming_the_field(
    window: MainWindow,
) -> None:
    sign_in(window, "admin")
    tab = window.switch_to("settings").show_tab("closed_days")
    tab.date.setText("1405/01/11")
    tab.reason.clear()
    before = m.DeclaredDay.select().count()
    assert tab.submit() is False
    assert m.DeclaredDay.select().count() == before
    assert tab.message.kind() == "error" and "دلیل" in tab.message.text()
    assert tab.reason.property("invalid") is True


def test_only_the_administrator_sees_the_tab(window: MainWindow) -> None:
    sign_in(window, "desk")
    page: SettingsPage = window.switch_to("settings")
    assert "closed_days" not in page.allowed_tabs()
    QApplication.processEvents()
