"""The home page: the signed-in person's worklist and the reminders beside it; a double click
opens the record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.db import models as m
from app.ui import app as ui_app
from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from app.workflow import jalali
from tests.ui.conftest import act, sign_in, user
from tests.ui.test_requests import add_house, assessed_ngo, request_at


def home(window: MainWindow) -> HomePage:
    page = window.switch_to("home")
    page.refresh()
    return page


def subjects(page: HomePage) -> list[str]:
    return [cells[1] for cells in page.work.shown()]


def test_registered_request_waits_for_the_desk_expert_not_the_deputy(
    window: MainWindow, clock
) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house)
    page = home(window)
    rows = [row for row in page.work.rows if row.ref == ref]
    assert [row.cells for row in rows] == [
        (
            "بررسی فرم درخواست (ب)",
            "انجمن یاوران در سمن‌سرای منطقهٔ ۶",  # the task says what; the subject, about what
            "۱۴۰۵/۰۱/۱۰",
            "R-3.1",
        )
    ]
    assert rows[0].kind == "request"
    assert page.work_title.text() == "کارهای در انتظار شما (کارشناس میز خدمت): ۱"
    sign_in(window, "district")  # the page follows who is signed in
    assert ref not in [row.ref for row in page.work.rows]
    assert page.work_title.text().startswith("کارهای در انتظار شما (معاونت امور مناطق)")


def test_worklist_follows_the_step(window: MainWindow, clock) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house, "pe_referred")
    sign_in(window, "district")
    page = home(window)
    assert [row.cells[0] for row in page.work.rows if row.ref == ref] == ["بررسی ظرفیت (ت)"]


def test_double_click_opens_the_request_selected(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house)
    page = home(window)
    index = page.work.model_.index(0, 1)
    rect = page.work.visualRect(index)
    # A real double click is press, release, then the double-click event; QTest's
    # mouseDClick sends only the last, so the first click is made here.
    qtbot.mouseClick(page.work.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.work.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "requests"
    requests = window.pages["requests"]
    assert requests.selected_ref() == ref
    assert requests.detail.request.ref == ref


def test_enter_on_a_row_opens_it_too(window: MainWindow, clock, qtbot) -> None:  # noqa: ANN001
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house)
    page = home(window)
    page.work.setFocus()
    page.work.setCurrentIndex(page.work.model_.index(0, 0))
    got = []
    page.work.activated.connect(lambda i: got.append(i.row()))
    qtbot.keyClick(page.work, Qt.Key.Key_Return)
    assert window.current_key() == "requests"
    assert window.pages["requests"].selected_ref() == ref


def test_reminders_of_the_extension_deadline_then_of_the_end(window: MainWindow, clock) -> None:  # noqa: ANN001
    """R-5.1: the extension deadline (end − one Jalali month) and the end, each within 30 days;
    R-6.3: a note not yet in the finance deputy's custody."""
    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house, "jim_contracted")
    sign_in(window, "district")
    page = home(window)
    assert [row.cells[0] for row in page.reminders.rows] == ["سفتهٔ در انتظار"]
    serial = f"\u2066NS-{ref}\u2069"  # an identifier: Latin digits, set apart
    assert page.reminders.rows[0].cells[1] == (
        f"سفتهٔ {serial} از انجمن یاوران هنوز به امانت مالی سپرده نشده است"
    )
    clock.set(jalali.parse_datetime("1405/05/20 09:00"))  # the lease's last day: 1405/07/09
    page.refresh()
    deadline = [row for row in page.reminders.rows if row.cells[0] == "مهلت تمدید"]
    assert [row.cells[1:] for row in deadline] == [
        (
            "آخرین روز درخواست تمدید انجمن یاوران در سمن‌سرای منطقهٔ ۶",
            "۱۴۰۵/۰۶/۱۰",
            "R-5.1",
        )
    ]
    assert "پایان قرارداد" not in [row.cells[0] for row in page.reminders.rows]
    clock.set(jalali.parse_datetime("1405/06/25 09:00"))
    page.refresh()
    # The deputy's worklist has the ending contract: not said twice.
    ending = [row for row in page.work.rows if row.cells[0] == "پایان قرارداد"]
    assert [(row.kind, row.cells[2]) for row in ending] == [("contract", "۱۴۰۵/۰۷/۰۹")]
    kinds = [row.cells[0] for row in page.reminders.rows]
    assert "پایان قرارداد" not in kinds and "مهلت تمدید" not in kinds
    sign_in(window, "finance")  # whose worklist has the note, not the contract
    kinds = [row.cells[0] for row in page.reminders.rows]
    assert kinds == ["پایان قرارداد"]
    assert page.reminders.rows[0].cells[1:] == (
        "قرارداد انجمن یاوران در سمن‌سرای منطقهٔ ۶ به پایان می‌رسد",
        "۱۴۰۵/۰۷/۰۹",  # the last day of the lease
        "R-5.1",
    )
    assert page.reminder_title.text() == "یادآوری‌ها: ۱"


def test_note_in_custody_is_no_longer_waiting(window: MainWindow, clock) -> None:  # noqa: ANN001
    house = add_house(clock)
    request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house, "jim_contracted")
    act(clock, "finance", "take_note_custody", contract=m.Contract.get().ref)
    page = home(window)
    assert page.reminders.rows == []
    assert page.reminders_empty.isVisible()


def test_policy_review_is_due_for_the_administrator(window: MainWindow) -> None:
    """R-8.1: version 1 (1399/04/25) is older than three months."""
    page = home(window)
    assert "بازبینی شیوه‌نامه" not in [row.cells[0] for row in page.reminders.rows]
    sign_in(window, "admin")
    assert page.reminders.rows[0].cells == (
        "بازبینی شیوه‌نامه",
        "بازبینی سه‌ماههٔ شیوه‌نامه سررسیده است.",
        "",
        "R-8.1",
    )


def test_screenshot_as_a_role(ui_db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "home-district.png"
    assert ui_app.save_screenshot(ui_db, "home", out, as_user="district") == 0
    assert QImage(str(out)).width() == ui_app.WINDOW_SIZE[0]
    assert ui_app.save_screenshot(ui_db, "home", tmp_path / "x.png", as_user="nobody") == 2
    assert "«nobody»" in capsys.readouterr().out
    assert not (tmp_path / "x.png").exists()


def test_work_subjects_follow_the_interface_language(qapp, window: MainWindow, clock) -> None:  # noqa: ANN001
    """A work item's subject is a catalogued pattern filled with the record's own values: in
    English the words and digits are English, the names stay as they were written."""
    from app.ui import i18n
    from app.ui.pages.home import subject_text
    from app.workflow import worklists

    house = add_house(clock)
    ref = request_at(clock, assessed_ngo(clock, "انجمن یاوران", "L-1"), house)
    item = next(i for i in worklists.worklist(user("desk"), clock.today()) if i.ref == ref)
    assert subject_text(item) == "انجمن یاوران در سمن‌سرای منطقهٔ ۶"
    finance = worklists.worklist(user("finance"), clock.today())
    inflation = next(i for i in finance if i.kind == "set_inflation")
    assert subject_text(inflation) == "نرخ تورم سال ۱۳۹۹ ثبت نشده است"  # the first missing
    i18n.install(qapp, "en")
    try:
        # each name a right-to-left run of its own (first-strong isolate) in the English line
        assert subject_text(item) == "\u2068انجمن یاوران\u2069 at \u2068سمن‌سرای منطقهٔ 6\u2069"
        assert subject_text(inflation) == "The inflation rate of 1399 is not entered yet"
    finally:
        i18n.install(qapp, "fa")
