"""The main window: right-to-left shell, navigation, shortcuts, user and status bar."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.ui import texts
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.pages.placeholder import PlaceholderPage
from app.ui.session import Session
from tests.ui.conftest import delete_new_windows, register, windows_now


def test_window_is_right_to_left_with_navigation_on_the_right(window: MainWindow) -> None:
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.navigation.x() > window.stack.x()
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "خانه",
        "سمن‌ها",
        "سمن‌سراها",
        "درخواست‌ها",
        "نوبت‌ها",
        "قراردادها",
        "سفته‌ها",
        "گزارش‌ها",
        "تنظیمات",
    ]


def test_pages_switch_from_the_list_and_from_the_go_menu(window: MainWindow) -> None:
    assert window.current_key() == "home"
    for key in PAGE_KEYS:
        window.switch_to(key)
        assert window.stack.currentWidget() is window.pages[key]
    window.navigation.setCurrentRow(2)
    assert window.current_key() == "semansaras"
    window.page_actions["ngos"].trigger()
    assert window.current_key() == "ngos"
    assert window.page_actions["settings"].shortcut().toString() == "Ctrl+9"


def test_a_page_is_built_when_first_shown(window: MainWindow) -> None:
    assert list(window.pages) == ["home"]  # the others wait for their first showing
    assert window.stack.count() == len(PAGE_KEYS)
    bookings = window.switch_to("bookings")
    assert window.stack.indexOf(bookings) == PAGE_KEYS.index("bookings")
    assert window.switch_to("bookings") is bookings  # built once
    assert set(window.pages) == {"home", "bookings"}


def test_a_test_s_windows_are_deleted_when_it_ends(session: Session) -> None:
    """What the UI tests' teardown does: the windows a test opened, with their pages and
    dialogs, are gone (not left for the next test)."""
    before = windows_now()
    widgets = len(QApplication.allWidgets())
    win = MainWindow(session)
    win.show()
    for key in PAGE_KEYS:
        win.switch_to(key)
    dialog = QDialog()
    dialog.show()
    assert len(QApplication.allWidgets()) > widgets + 100
    delete_new_windows(before)
    assert not shiboken6.isValid(win)
    assert not shiboken6.isValid(dialog)
    assert len(QApplication.allWidgets()) == widgets


def test_ctrl_number_switches_page(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "semansaras"


def test_pages_not_built_yet_say_so(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    # Every page is built now (reports last); a page without a class would say so.
    assert not [key for key in PAGE_KEYS if isinstance(window.pages[key], PlaceholderPage)]
    page = PlaceholderPage(window.session, "reports")
    qtbot.add_widget(page)
    assert texts.NOT_READY in [label.text() for label in page.findChildren(QLabel)]


def test_ctrl_f_and_ctrl_n_act_on_list_pages_only(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    assert window.focus_search() is False
    assert window.new_item() is None
    page = window.switch_to("ngos")
    assert window.focus_search() is True
    qtbot.wait_until(page.search.hasFocus)
    dialog = window.new_item()
    qtbot.add_widget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == texts.NGO_DIALOG_NEW
    dialog.reject()


def test_status_bar_names_the_database_and_today_in_jalali(window: MainWindow) -> None:
    assert window.database_label.text() == "پایگاه داده: ui.sqlite"
    assert window.today_label.text() == "امروز: دوشنبه ۱۴۰۵/۰۱/۱۰"


def test_home_counts_and_date(window: MainWindow, clock) -> None:  # noqa: ANN001
    home = window.pages["home"]
    assert home.today.text() == "امروز دوشنبه، ۱۰ فروردین ۱۴۰۵"
    assert home.counts["ngos"].text() == "۰"
    register(clock, "انجمن نمونه", "L-1")
    window.switch_to("ngos")
    window.switch_to("home")
    assert home.counts["ngos"].text() == "۱"
