"""Input widgets the forms share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QSpinBox, QWidget

from app.ui import texts


def align_leading(widget: QLineEdit | QAbstractSpinBox) -> None:
    """Keep the text at the form's leading edge (the right, right-to-left) whatever it holds.

    A line edit takes its direction from its text, and digits, dates and codes have no strong
    direction: without this, ۱۴۰۵/۰۱/۱۰ or ۴۵ sits at the left of a right-to-left form while
    Persian text beside it sits at the right."""
    edge = Qt.AlignmentFlag.AlignRight if widget.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


def without_arrows(spin: QAbstractSpinBox) -> None:
    """No arrow buttons (people type numbers; the wheel and the arrow keys still step), right to
    left. Left to right, a styled spin box without buttons gets an edit field one pixel wide
    (Qt's style sheet style, PySide6 6.12), so there it keeps its arrows."""
    if spin.isRightToLeft():
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)


def number_spin(low: int, high: int, parent: QWidget | None = None) -> QSpinBox:
    """A whole number typed in Persian or Latin digits, shown in Persian digits, without
    arrow buttons (`without_arrows`)."""
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    without_arrows(spin)
    align_leading(spin)
    return spin


def count_spin(high: int, parent: QWidget | None = None) -> QSpinBox:
    spin = number_spin(0, high, parent)
    spin.setGroupSeparatorShown(True)
    return spin


def district_spin(parent: QWidget | None = None) -> QSpinBox:
    """Tehran's 22 municipal districts; 0 shows «—», not given (the service says whether one
    is required)."""
    spin = number_spin(0, 22, parent)
    spin.setSpecialValueText(texts.NONE)
    return spin
