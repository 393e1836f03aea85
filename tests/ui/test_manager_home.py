"""A semansara manager's home: this week's bookings at their semansara from today, its closed
days, its capacity and the letters on their way; the same week printed. Others do not see it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from tests.ui.conftest import act, sign_in
from tests.ui.test_bookings import add_house, add_manager, book, contract_for


def home(window: MainWindow) -> HomePage:
    page = window.switch_to("home")
    page.refresh()
    return page


def test_the_managers_week_capacity_and_letters(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    add_house(clock, name="سمن‌سرای آزمون")
    add_manager(clock)
    add_house(clock, code="S2", district=7, name="سمن‌سرای منطقهٔ ۷")
    _, first = contract_for(clock, "انجمن یاوران سلامت", 100)
    _, other = contract_for(clock, "کانون دوستداران کتاب", 200, semansara="S2")
    _, third = contract_for(clock, "انجمن مهر", 300, letters=False)
    today = book(clock, first, "meeting_room", "1405/01/10", "14:00", "16:00")
    later = book(clock, first, "meeting_room", "1405/01/15", "10:00", "12:00")
    book(clock, other, "meeting_room", "1405/01/11", "10:00", "12:00")  # S2's
    book(clock, first, "meeting_room", "1405/01/17", "10:00", "12:00")  # the next week
    page = home(window)
    assert page.manager_week.isHidden()  # the desk expert has no semansara of their own

    sign_in(window, "mgr1")
    page = home(window)
    panel = page.manager_week
    assert panel.isVisible()
    assert panel.title.text() == "هفتهٔ سمن‌سرای آزمون، ۱۴۰۵/۰۱/۱۰ تا ۱۴۰۵/۰۱/۱۶: ۲ نوبت"
    rows = panel.shown()
    assert [row[-1] for row in rows] == [today, "", later]  # today first; Friday between
    assert rows[0][:4] == (
        "دوشنبه ۱۴۰۵/۰۱/۱۰",
        "۱۴:۰۰ تا ۱۶:۰۰",
        "اتاق جلسات ۱",
        "انجمن یاوران سلامت",
    )
    assert rows[1][0] == "جمعه ۱۴۰۵/۰۱/۱۴" and rows[1][3] == "تعطیل: جمعه"
    assert today.isascii() and any(ch.isdigit() for ch in today)  # a reference keeps Latin digits
    assert panel.capacity.text() == (
        "جای خالی: ۱ از ۳ · در صف انتظار: ۰ · اتاق‌ها: اتاق جلسات ۱، اتاق کارگاه ۱، سالن ۱"
    )
    assert panel.letters.text() == (f"معرفی‌نامه‌های در راه برای شما (۱): انجمن مهر ({third})")
    assert not window.grab().isNull()  # it paints

    # a double click on a booking opens it
    index = panel.model.index(0, 3)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "bookings"


def test_the_week_follows_what_changes(window: MainWindow, clock) -> None:  # noqa: ANN001
    add_house(clock, name="سمن‌سرای آزمون")
    add_manager(clock)
    _, contract = contract_for(clock, "انجمن یاوران سلامت", 100)
    sign_in(window, "mgr1")
    page = home(window)
    assert page.manager_week.shown() == [("جمعه ۱۴۰۵/۰۱/۱۴", "", "", "تعطیل: جمعه", "", "")]
    ref = book(clock, contract, "hall", "1405/01/11", "09:00", "11:00")
    window.session.changed.emit("booking", ref)
    assert [row[-1] for row in page.manager_week.shown()] == [ref, ""]
    act(clock, "desk", "cancel_booking", ref=ref, reason="لغو آزمایشی")
    window.session.changed.emit("booking", ref)
    assert page.manager_week.shown()[0][4] != "" and "۰ نوبت" in page.manager_week.title.text()


def test_the_week_printed(window: MainWindow, clock, tmp_path: Path) -> None:  # noqa: ANN001
    add_house(clock, name="سمن‌سرای آزمون")
    add_manager(clock)
    _, contract = contract_for(clock, "انجمن یاوران سلامت", 100)
    book(clock, contract, "meeting_room", "1405/01/11", "10:00", "12:00")
    sign_in(window, "mgr1")
    page = home(window)
    pdf = page.manager_week.pdf()
    assert pdf is not None and pdf.startswith(b"%PDF")
    (tmp_path / "week.pdf").write_bytes(pdf)
    Path("/tmp/h17m-week.pdf").write_bytes(pdf)
    report = page.manager_week.report()
    assert report.title == "هفتهٔ سمن‌سرا: سمن‌سرای آزمون"
    assert len(report.rows) == 1
    dialog = page.manager_week.print_week()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
