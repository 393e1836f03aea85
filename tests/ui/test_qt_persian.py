"""Qt speaks Persian: Qt's own dialogs read Persian (Qt's translation and the project's
supplement for what it lacks), spin boxes show their arrows, the calendar pop-up shows its last
week, and the window fits 1366×768 at 125 % (a minimum width of at most 1,090 logical pixels)
in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QSpinBox,
    QTableView,
)

from app.ui import i18n
from app.ui.main_window import PAGE_KEYS, MainWindow
from app.ui.session import Session
from app.ui.widgets.fields import number_spin
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from tests.ui.conftest import sign_in

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
PERSIAN = re.compile("[\u0600-\u06ff]")
MINIMUM_WIDTH = 1090


@pytest.fixture
def language(qapp) -> Iterator[None]:  # noqa: ANN001
    """Persian again after a test that switches to English."""
    yield
    i18n.install(qapp, "fa")


def file_dialog(qtbot) -> QFileDialog:  # noqa: ANN001
    dialog = QFileDialog(None, "پرونده")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def test_the_file_dialog_reads_persian(qtbot) -> None:  # noqa: ANN001
    dialog = file_dialog(qtbot)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    # Qt's own qtbase_fa has the file name; the supplement «Look in:» and «Files of type:»
    for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
        assert PERSIAN.search(labels[name]) and not LATIN_WORD.search(labels[name]), labels[name]
    assert labels["lookInLabel"] == "&در پوشهٔ:"
    assert labels["fileTypeLabel"] == "&نوع پرونده‌ها:"
    words = [b.text() or b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    words += [
        c.itemText(i)
        for c in dialog.findChildren(QComboBox)
        if c.objectName() == "fileTypeCombo"
        for i in range(c.count())
    ]
    assert words and all(not LATIN_WORD.search(word.replace("(*)", "")) for word in words), words


def test_the_file_dialog_reads_english_in_english(qtbot, language: None) -> None:  # noqa: ANN001
    i18n.install(QApplication.instance(), "en")
    dialog = file_dialog(qtbot)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Look in:"


def test_spin_boxes_have_room_for_their_arrows(qtbot) -> None:  # noqa: ANN001
    box = QSpinBox()
    box.setRange(0, 10)
    box.setSpecialValueText(" ")  # at its minimum it shows no digit: dark pixels are arrows
    qtbot.add_widget(box)
    box.resize(120, 30)
    box.show()
    image = box.grab().toImage()
    # the up arrow, in the buttons' strip at the left end (right to left): a dark triangle,
    # narrow at its top and wide below (without the arrows the strip holds only straight lines)
    widths = [
        sum(image.pixelColor(x, y).lightness() < 120 for x in range(2, 16)) for y in range(4, 13)
    ]
    drawn = [w for w in widths if w]
    assert drawn and min(drawn) <= 2 and max(drawn) >= 4, widths


def test_the_calendar_pop_up_shows_its_last_week(qtbot) -> None:  # noqa: ANN001
    field = JalaliDateEdit()
    qtbot.add_widget(field)
    field.show()
    field.showPopup()
    grid = field.calendarWidget().findChild(QTableView)
    qtbot.waitUntil(grid.isVisible)
    last = grid.model().rowCount() - 1
    assert grid.rowViewportPosition(last) + grid.rowHeight(last) <= grid.viewport().height()


@pytest.mark.parametrize("code", ["fa", "en"])
def test_the_window_fits_1366_at_125_percent(
    qtbot,  # noqa: ANN001
    session: Session,
    language: None,
    code: str,
) -> None:
    i18n.install(QApplication.instance(), code)
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.show()
    widths = {}
    for username in ("desk", "admin"):
        sign_in(window, username)
        for key in PAGE_KEYS:
            window.switch_to(key)
            widths[username, key] = window.minimumSizeHint().width()
    assert max(widths.values()) <= MINIMUM_WIDTH, widths


def test_work_queue_subjects_elide_in_the_middle(
    window: MainWindow,
) -> None:
    work = window.switch_to("home").work
    assert work.textElideMode() == Qt.TextElideMode.ElideMiddle


@pytest.mark.parametrize("code", ["fa", "en"])
def test_a_number_field_shows_its_number_in_both_languages(
    qtbot,  # noqa: ANN001
    language: None,
    code: str,
) -> None:
    i18n.install(QApplication.instance(), code)
    spin = number_spin(0, 100)
    qtbot.add_widget(spin)
    spin.setValue(42)
    spin.resize(160, 30)
    spin.show()
    assert spin.lineEdit().width() > 100  # not a one-pixel edit field
    no_buttons = spin.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons
    assert no_buttons is (code == "fa")
