"""A Jalali date field: typed as ۱۴۰۵/۰۱/۱۰ or picked from Qt's Jalali calendar.

Why not a plain `QDateEdit` with `setCalendar(QCalendar(QCalendar.System.Jalali))` (tried
first, PySide6 6.12):

- it corrects what is typed, silently: typing 1405/13/01 leaves 1405/10/01 in the field, and
  1404/12/30 (Esfand 1404 has 29 days) becomes 1404/12/03, so a wrong date is saved with no
  word to the person who typed it;
- under a right-to-left layout it reverses the sections of its display format, so that
  ``yyyy/MM/dd`` reads ۱۰/۰۱/۱۴۰۵ with the day on the left, not the way Persian dates are
  written.

So the field is a line edit that keeps exactly what was typed; the workflow reads it
(`jalali.parse_date`, via the service that receives it) and a date that does not exist is
refused with a Persian message naming the field. The drop-down is Qt's own `QCalendarWidget`
on the Jalali calendar, with the Iranian week (Saturday first, Friday the holiday in red).
Values go in and out as Gregorian `datetime.date`, as the services want them.

Signals:
    textChanged(str): the text changed (typed or picked).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCalendar, QDate, QLocale, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.ui import local
from app.ui.widgets.fields import align_leading
from app.workflow import jalali

PERSIAN = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
HOLIDAY = QColor("#c62828")
# Digits of any script, the separators a date may have, nothing else.
_TYPED = QRegularExpression(r"[0-9\x{06F0}-\x{06F9}\x{0660}-\x{0669}/\-\s]{0,16}")


def jalali_calendar() -> QCalendar:
    return QCalendar(QCalendar.System.Jalali)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class JalaliCalendarWidget(QCalendarWidget):
    """Qt's calendar on the Jalali calendar: Persian month names and digits, the week from
    Saturday, Friday in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendar(jalali_calendar())
        self.setLocale(PERSIAN)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        normal, holiday = QTextCharFormat(), QTextCharFormat()
        holiday.setForeground(QBrush(HOLIDAY))
        for day in Qt.DayOfWeek:
            self.setWeekdayTextFormat(day, holiday if day == Qt.DayOfWeek.Friday else normal)
        # After setCalendar the grid still marks the Gregorian day number of the initial
        # selection (22 Azar for 22 November); selecting again puts the mark on the right day.
        initial = self.selectedDate()
        self.setSelectedDate(initial.addDays(1))
        self.setSelectedDate(initial)


class JalaliDateEdit(QWidget):
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QLineEdit(self)
        self._edit.setValidator(QRegularExpressionValidator(_TYPED, self._edit))
        self._edit.setPlaceholderText("۱۴۰۵/۰۱/۳۱")
        self._edit.textChanged.connect(self.textChanged)
        self._edit.editingFinished.connect(self._tidy)
        align_leading(self._edit)

        self._calendar = JalaliCalendarWidget()
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self._calendar)
        self._menu.addAction(holder)
        self._menu.aboutToShow.connect(self._sync_calendar)

        self._button = QToolButton(self)
        self._button.setObjectName("datePopupButton")
        self._button.setArrowType(Qt.ArrowType.DownArrow)
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.setToolTip("تقویم (Alt+↓)")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._edit)
        self._button.pressed.connect(self.showPopup)
        shortcut = QShortcut(QKeySequence("Alt+Down"), self, self.showPopup)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- values --------------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The Gregorian date shown, or None when the field is empty or not a real date."""
        try:
            return jalali.parse_date(self._edit.text())
        except jalali.JalaliError:
            return None

    def setDate(self, day: dt.date | None) -> None:  # noqa: N802 - Qt naming
        self._edit.setText(local.date(day) if day else "")

    def value(self) -> dt.date | str:
        """What to pass to a service: the date, or the text exactly as typed so that the
        service refuses it with its Persian message naming the field."""
        return self.date() or self._edit.text()

    def text(self) -> str:
        return self._edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._edit.setText(text)

    def clear(self) -> None:
        self._edit.clear()

    def lineEdit(self) -> QLineEdit:  # noqa: N802 - Qt naming
        return self._edit

    def calendarWidget(self) -> JalaliCalendarWidget:  # noqa: N802 - Qt naming
        return self._calendar

    def showPopup(self) -> None:  # noqa: N802 - Qt naming
        """Open the calendar under the field (not blocking, unlike `QToolButton.showMenu`)."""
        rect = self.rect()
        if self.isRightToLeft():  # QMenu.popup takes the point as the menu's left edge
            width = self._menu.sizeHint().width()
            corner = rect.bottomRight() - QPoint(width - 1, 0)
        else:
            corner = rect.bottomLeft()
        self._menu.popup(self.mapToGlobal(corner))

    # --- slots ---------------------------------------------------------------------------------

    def _sync_calendar(self) -> None:
        day = self.date()
        self._calendar.setSelectedDate(qdate(day or dt.date.today()))

    def _picked(self, picked: QDate) -> None:
        self.setDate(picked.toPython())
        self._menu.close()
        self._edit.setFocus()

    def _tidy(self) -> None:
        """A date typed as 1405/1/5 is shown as ۱۴۰۵/۰۱/۰۵; anything else stays as typed."""
        day = self.date()
        if day is not None and self._edit.text() != local.date(day):
            self.setDate(day)
