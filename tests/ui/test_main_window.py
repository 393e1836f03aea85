"""The main window: right-to-left shell, navigation, shortcuts, user and status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.ui import texts
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.pages.placeholder import PlaceholderPage
from tests.ui.conftest import register


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
