"""One semansara's week of bookings: a tab per day (Saturday first, Friday the weekend) over a
grid painted in one widget, the rooms as columns and the opening hours as rows.

Nothing here is a widget per booking: `DayGrid.paintEvent` draws the day's bookings from a
plain list, so a week of thousands of bookings costs one query and one paint. Right-to-left,
the hours sit at the right edge and the first room beside them, as Persian readers expect.

A free slot is chosen by dragging down a room's column, or by clicking its first half-hour and
then its last (clicking the same half-hour twice, or double-clicking, chooses that half-hour
alone). The keyboard does the same: arrows move, Shift+↑/↓ stretch, Enter chooses, Esc clears.

Signals:
    slot_selected(int room_id, object start: datetime, object end: datetime): a free slot
        was chosen in one room.
    booking_selected(str ref): a booking was clicked ("" when the choice was cleared).
    day_changed(object day: date): another day of the week is shown.
    hint(str text): what the person may do next (after a first click).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.workflow import jalali
from app.workflow.clock import SystemClock
from app.workflow.machines import BookingFlow
from app.workflow.read.bookings import CalendarBooking, CalendarRoom

SLOT_MINUTES = 30
TIME_COLUMN = 64
HEADER = 46
MIN_ROOM_WIDTH = 130
MIN_SLOT_HEIGHT = 20
LIVE_STATES = BookingFlow.live  # they hold their room


@dataclass(frozen=True)
class StateLook:
    fill: str
    border: str
    text: str


LOOKS: dict[str, StateLook] = {
    "khe_requested": StateLook("#fff1c7", "#d19a00", "#5b4300"),
    "dal_scheduled": StateLook("#d8e6fb", "#3d6db3", "#153a6b"),
    "zal_issued": StateLook("#e6f4d7", "#7a9a3a", "#3c4f14"),  # notices not yet delivered
    "zal_notified": StateLook("#d5f0df", "#2e7d4f", "#154a2c"),
    "cancelled": StateLook("#f1f1f1", "#a8a8a8", "#8a8a8a"),
    "refused": StateLook("#f6eeee", "#c4a4a4", "#977575"),
    "expired": StateLook("#f1f1f1", "#b9b0a0", "#857a66"),
}
GRID_LINE = QColor("#e1e5ec")
HOUR_LINE = QColor("#c9d0da")
HEADER_FILL = QColor("#eaeef4")
HEADER_TEXT = QColor("#1f3a5f")
PAST_FILL = QColor("#f3f4f6")
WEEKEND_FILL = QColor("#fcefef")
WEEKEND_TEXT = QColor("#c62828")
SELECTION_FILL = QColor(61, 109, 179, 60)
SELECTION_BORDER = QColor("#3d6db3")
NOW_LINE = QColor("#c62828")


def _minutes(value: str | dt.time) -> int:
    if isinstance(value, str):
        hours, minutes = value.split(":")
        return int(hours) * 60 + int(minutes)
    return value.hour * 60 + value.minute


def shown_ref(value: str) -> str:
    """A code (B-000413) as shown inside a sentence (`local.identifier_in_text`)."""
    return local.identifier_in_text(value)


def room_title(room: CalendarRoom) -> str:
    """«اتاق جلسات ۱»"""
    return texts.CAL_ROOM_TITLE.format(
        kind=texts.CAL_ROOM_KINDS.get(room.kind, i18n.service_name(room.kind)),
        number=local.digits(room.number),
    )


def booking_tip(booking: CalendarBooking) -> str:
    return texts.CAL_BOOKING_TIP.format(
        ref=local.identifier_in_text(booking.ref),
        ngo=booking.ngo_name,
        start=local.time(booking.start_at.time()),
        end=local.time(booking.end_at.time()),
        people=local.digits(booking.people),
        state=texts.BOOKING_STATES.get(booking.state, booking.state),
    )


class DayGrid(QWidget):
    """The painted grid of one day: rooms × half-hours, and the day's bookings in it."""

    closed: str | None = None  # why the day shown is closed, or None

    slot_selected = Signal(int, object, object)
    booking_selected = Signal(str)
    hint = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.day = dt.date.today()
        self.opens, self.closes = 8 * 60, 18 * 60
        self.rooms: list[CalendarRoom] = []
        self.bookings: list[CalendarBooking] = []
        self.now = SystemClock().now()
        self.show_cancelled = False
        self.selected_ref = ""
        self.caps: dict[str, int] = {}  # people per use of each room kind
        # the slot being chosen: room index, first and last half-hour (inclusive)
        self._drag: tuple[int, int, int] | None = None
        self._dragging = False
        self._moved = False
        self._anchor: tuple[int, int] | None = None
        self._cursor: tuple[int, int] = (0, 0)
        self._chosen: tuple[int, int, int] | None = None  # the last slot chosen, kept drawn

    # --- data ----------------------------------------------------------------------------------

    def set_day(
        self,
        day: dt.date,
        opens: str,
        closes: str,
        rooms: Sequence[CalendarRoom],
        bookings: Sequence[CalendarBooking],
        now: dt.datetime,
    ) -> None:
        if day != self.day or list(rooms) != self.rooms:
            self._anchor = self._drag = self._chosen = None
        self.day = day
        self.opens, self.closes = _minutes(opens), max(_minutes(closes), _minutes(opens) + 30)
        self.rooms = list(rooms)
        self.bookings = list(bookings)
        self.now = now
        rows, cols = self.slot_count(), max(len(self.rooms), 1)
        self._cursor = (min(self._cursor[0], cols - 1), min(self._cursor[1], rows - 1))
        self.setMinimumSize(TIME_COLUMN + cols * MIN_ROOM_WIDTH, HEADER + rows * MIN_SLOT_HEIGHT)
        self.updateGeometry()
        self.update()

    def set_show_cancelled(self, show: bool) -> None:
        self.show_cancelled = show
        self.update()

    def select_booking(self, ref: str) -> None:
        self.selected_ref = ref
        if ref:
            self._chosen = None
        self.update()

    def clear_choice(self) -> None:
        self._anchor = self._drag = self._chosen = None
        self._dragging = False
        self.update()

    def visible_bookings(self) -> list[CalendarBooking]:
        """The bookings drawn: the live ones, and the cancelled and refused when asked for;
        those are drawn first so that a live booking in the same place stays on top."""
        shown = [b for b in self.bookings if self.show_cancelled or b.state in LIVE_STATES]
        return sorted(shown, key=lambda b: b.state in LIVE_STATES)

    # --- geometry ------------------------------------------------------------------------------

    def slot_count(self) -> int:
        return max((self.closes - self.opens + SLOT_MINUTES - 1) // SLOT_MINUTES, 1)

    def room_width(self) -> float:
        return (self.width() - TIME_COLUMN) / max(len(self.rooms), 1)

    def slot_height(self) -> float:
        return (self.height() - HEADER) / self.slot_count()

    def _mirror(self, rect: QRectF) -> QRectF:
        if self.isRightToLeft():
            return QRectF(
                self.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height()
            )
        return rect

    def column_rect(self, index: int) -> QRectF:
        """The whole column of room `index` (header included)."""
        width = self.room_width()
        return self._mirror(QRectF(TIME_COLUMN + index * width, 0, width, self.height()))

    def time_column(self) -> QRectF:
        return self._mirror(QRectF(0, 0, TIME_COLUMN, self.height()))

    def y_of(self, minute: int) -> float:
        return HEADER + (minute - self.opens) / SLOT_MINUTES * self.slot_height()

    def slot_rect(self, index: int, first: int, last: int | None = None) -> QRectF:
        column = self.column_rect(index)
        last = first if last is None else last
        top = self.y_of(self.opens + first * SLOT_MINUTES)
        bottom = self.y_of(self.opens + (last + 1) * SLOT_MINUTES)
        return QRectF(column.x(), top, column.width(), bottom - top)

    def room_index(self, room_id: int) -> int | None:
        for index, room in enumerate(self.rooms):
            if room.id == room_id:
                return index
        return None

    def booking_rect(self, booking: CalendarBooking) -> QRectF | None:
        index = self.room_index(booking.room_id)
        if index is None:
            return None
        column = self.column_rect(index)
        top = self.y_of(max(_minutes(booking.start_at.time()), self.opens))
        bottom = self.y_of(min(_minutes(booking.end_at.time()), self.closes))
        if bottom <= top:
            return None
        return QRectF(column.x() + 3, top + 1, column.width() - 6, bottom - top - 2)

    def rect_of(self, ref: str) -> QRect | None:
        """Where booking `ref` is drawn (for tests and tooltips)."""
        for booking in self.visible_bookings():
            if booking.ref == ref:
                rect = self.booking_rect(booking)
                return rect.toRect() if rect is not None else None
        return None

    def point_of(self, room_id: int, at: dt.time) -> QPoint:
        """The middle of the half-hour starting at `at` in the column of `room_id`."""
        index = self.room_index(room_id)
        if index is None:
            raise ValueError(f"room {room_id} is not shown")
        slot = (_minutes(at) - self.opens) // SLOT_MINUTES
        return self.slot_rect(index, slot).center().toPoint()

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """(room index, half-hour) under `point`, or None outside the rooms' cells."""
        if point.y() < HEADER or not self.rooms:
            return None
        for index in range(len(self.rooms)):
            if self.column_rect(index).contains(point.x(), HEADER + 1):
                slot = int((point.y() - HEADER) // self.slot_height())
                if 0 <= slot < self.slot_count():
                    return index, slot
        return None

    def booking_at(self, point: QPoint) -> CalendarBooking | None:
        for booking in reversed(self.visible_bookings()):  # the one drawn on top first
            rect = self.booking_rect(booking)
            if rect is not None and rect.contains(point.x(), point.y()):
                return booking
        return None

    def slot_times(self, first: int, last: int) -> tuple[dt.datetime, dt.datetime]:
        low, high = min(first, last), max(first, last)
        start = jalali.at(self.day) + dt.timedelta(minutes=self.opens + low * SLOT_MINUTES)
        end_minute = min(self.opens + (high + 1) * SLOT_MINUTES, self.closes)
        end = jalali.at(self.day) + dt.timedelta(minutes=end_minute)
        return start, end

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        cols = max(len(self.rooms), 1)
        return QSize(TIME_COLUMN + cols * 180, HEADER + self.slot_count() * 30)

    # --- choosing ------------------------------------------------------------------------------

    def _choose(self, index: int, first: int, last: int) -> None:
        low, high = min(first, last), max(first, last)
        self._chosen = (index, low, high)
        self._anchor = None
        self.selected_ref = ""
        self.update()
        start, end = self.slot_times(low, high)
        self.hint.emit("")
        self.slot_selected.emit(self.rooms[index].id, start, end)

    def _click(self, index: int, slot: int) -> None:
        """A click without a drag: the first marks the start, the second (same room) the end."""
        if self._anchor is not None and self._anchor[0] == index:
            self._choose(index, self._anchor[1], slot)
            return
        self._anchor = (index, slot)
        self._chosen = None
        self._cursor = (index, slot)
        start, _ = self.slot_times(slot, slot)
        self.hint.emit(
            texts.CAL_HINT_END.format(
                room=room_title(self.rooms[index]), start=local.time(start.time())
            )
        )
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        booking = self.booking_at(point)
        if booking is not None:
            self._anchor = self._drag = self._chosen = None
            self.selected_ref = booking.ref
            self.hint.emit("")
            self.update()
            self.booking_selected.emit(booking.ref)
            return None
        cell = self.cell_at(point)
        if cell is None:
            return None
        self._drag = (cell[0], cell[1], cell[1])
        self._dragging, self._moved = True, False
        self.update()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if not self._dragging or self._drag is None:
            return
        index, first, last = self._drag
        point = event.position().toPoint()
        slot = int((point.y() - HEADER) // self.slot_height())
        slot = max(0, min(slot, self.slot_count() - 1))
        if slot != last:
            self._drag = (index, first, slot)
            self._moved = self._moved or slot != first
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if event.button() != Qt.MouseButton.LeftButton or not self._dragging:
            return
        self._dragging = False
        drag, self._drag = self._drag, None
        if drag is None:
            return
        index, first, last = drag
        if self._moved:
            self._choose(index, first, last)
        else:
            self._click(index, first)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        """The second click of a double-click: that half-hour alone (or up to it)."""
        point = event.position().toPoint()
        if self.booking_at(point) is not None:
            return
        cell = self.cell_at(point)
        if cell is not None:
            self._dragging = False
            self._drag = None
            self._click(*cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if not self.rooms:
            return super().keyPressEvent(event)
        index, slot = self._cursor
        key = event.key()
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if shift and self._anchor is None:
                self._anchor = (index, slot)
            slot += -1 if key == Qt.Key.Key_Up else 1
            slot = max(0, min(slot, self.slot_count() - 1))
            if not shift:
                self._anchor = None
        elif key in (forward, backward):
            index += 1 if key == forward else -1
            index = max(0, min(index, len(self.rooms) - 1))
            self._anchor = None
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            start, end = self.slot_times(slot, slot)
            over = [
                b
                for b in self.visible_bookings()
                if b.room_id == self.rooms[index].id
                and b.start_at < end
                and b.end_at > start
                and b.state in LIVE_STATES
            ]
            if over and self._anchor is None:
                self.selected_ref = over[0].ref
                self.update()
                self.booking_selected.emit(over[0].ref)
            else:
                first = self._anchor[1] if self._anchor and self._anchor[0] == index else slot
                self._choose(index, first, slot)
            return None
        elif key == Qt.Key.Key_Escape:
            self.clear_choice()
            self.hint.emit("")
            return None
        else:
            return super().keyPressEvent(event)
        self._cursor = (index, slot)
        self.update()
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            booking = self.booking_at(help_event.pos())
            if booking is not None:
                QToolTip.showText(help_event.globalPos(), booking_tip(booking), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(self.rect(), QColor("#ffffff"))
        weekend = self.closed is not None
        if weekend:
            painter.fillRect(QRectF(0, HEADER, self.width(), self.height() - HEADER), WEEKEND_FILL)
        self._paint_past(painter)
        self._paint_lines(painter)
        self._paint_header(painter, weekend)
        self._paint_now(painter)
        self._paint_choice(painter)
        for booking in self.visible_bookings():
            self._paint_booking(painter, booking)
        if self.hasFocus():
            index, slot = self._cursor
            if index < len(self.rooms):
                painter.setPen(QPen(SELECTION_BORDER, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.slot_rect(index, slot).adjusted(1, 1, -1, -1))
        if not self.rooms:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, texts.CAL_NO_ROOMS)
        elif weekend and self.closed:
            painter.setPen(WEEKEND_TEXT)
            painter.drawText(
                self.rect().adjusted(0, HEADER, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                texts.CAL_CLOSED_DAY.format(why=self.closed),
            )
        painter.end()

    def _paint_past(self, painter: QPainter) -> None:
        now = self.now
        if self.day > now.date():
            return
        limit = self.closes if self.day < now.date() else _minutes(now.time())
        limit = max(min(limit, self.closes), self.opens)
        if limit > self.opens:
            painter.fillRect(QRectF(0, HEADER, self.width(), self.y_of(limit) - HEADER), PAST_FILL)

    def _paint_now(self, painter: QPainter) -> None:
        if self.day != self.now.date():
            return
        minute = _minutes(self.now.time())
        if self.opens <= minute <= self.closes:
            y = self.y_of(minute)
            painter.setPen(QPen(NOW_LINE, 1.5))
            painter.drawLine(QPoint(0, int(y)), QPoint(self.width(), int(y)))

    def _paint_lines(self, painter: QPainter) -> None:
        rows = self.slot_count()
        for slot in range(rows + 1):
            minute = self.opens + slot * SLOT_MINUTES
            y = self.y_of(min(minute, self.closes))
            on_hour = minute % 60 == 0
            painter.setPen(
                QPen(
                    HOUR_LINE if on_hour else GRID_LINE,
                    1,
                    Qt.PenStyle.SolidLine if on_hour else Qt.PenStyle.DotLine,
                )
            )
            painter.drawLine(QPoint(0, int(y)), QPoint(self.width(), int(y)))
        painter.setPen(QPen(HOUR_LINE, 1))
        for index in range(len(self.rooms)):
            rect = self.column_rect(index)
            x = rect.right() if self.isRightToLeft() else rect.left()
            painter.drawLine(QPoint(int(x), 0), QPoint(int(x), self.height()))
        # the hours, on the leading edge
        times = self.time_column()
        painter.setPen(QColor("#4a5563"))
        metrics = QFontMetrics(painter.font())
        for slot in range(rows):
            minute = self.opens + slot * SLOT_MINUTES
            if minute % 60 and self.slot_height() < metrics.height() * 1.6:
                continue
            label = local.time(dt.time(minute // 60, minute % 60))
            top = self.y_of(minute)
            painter.drawText(
                QRectF(times.x() + 4, top + 1, times.width() - 8, metrics.height() + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )

    def _paint_header(self, painter: QPainter, weekend: bool) -> None:
        painter.fillRect(QRectF(0, 0, self.width(), HEADER), HEADER_FILL)
        bold = QFont(painter.font())
        bold.setBold(True)
        normal = QFont(painter.font())
        small = QFont(painter.font())
        small.setPointSizeF(max(normal.pointSizeF() - 1.5, 7))
        times = self.time_column()
        painter.setFont(small)
        painter.setPen(WEEKEND_TEXT if weekend else HEADER_TEXT)
        painter.drawText(
            times,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            "\n" + local.weekday_name(self.day),
        )
        for index, room in enumerate(self.rooms):
            rect = self.column_rect(index)
            cell = QRectF(rect.x() + 4, 4, rect.width() - 8, HEADER - 8)
            painter.setFont(bold)
            painter.setPen(HEADER_TEXT if room.active else QColor("#8a8a8a"))
            title = room_title(room)
            metrics = QFontMetrics(bold)
            painter.drawText(
                cell,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(cell.width())),
            )
            painter.setFont(small)
            painter.setPen(QColor("#5f6b7a"))
            below = (
                texts.CAL_ROOM_RETIRED
                if not room.active
                else texts.CAL_ROOM_CAP.format(people=local.digits(self.caps.get(room.kind, 0)))
            )
            if room.active and room.kind not in self.caps:
                below = ""
            painter.drawText(
                cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, below
            )
        painter.setFont(normal)
        painter.setPen(QPen(QColor("#d0d6e0"), 1))
        painter.drawLine(QPoint(0, HEADER), QPoint(self.width(), HEADER))

    def _paint_choice(self, painter: QPainter) -> None:
        shown = self._drag or self._chosen
        if shown is not None and shown[0] < len(self.rooms):
            index, first, last = shown
            rect = self.slot_rect(index, min(first, last), max(first, last)).adjusted(2, 1, -2, -1)
            painter.setPen(QPen(SELECTION_BORDER, 1.5))
            painter.setBrush(QBrush(SELECTION_FILL))
            painter.drawRoundedRect(rect, 4, 4)
            start, end = self.slot_times(first, last)
            painter.setPen(SELECTION_BORDER)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                texts.CAL_CHOICE.format(start=local.time(start.time()), end=local.time(end.time())),
            )
        if self._anchor is not None and self._anchor[0] < len(self.rooms):
            rect = self.slot_rect(*self._anchor).adjusted(2, 1, -2, -1)
            painter.setPen(QPen(SELECTION_BORDER, 2, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(SELECTION_FILL))
            painter.drawRoundedRect(rect, 4, 4)

    def _paint_booking(self, painter: QPainter, booking: CalendarBooking) -> None:
        rect = self.booking_rect(booking)
        if rect is None:
            return
        look = LOOKS.get(booking.state, LOOKS["cancelled"])
        live = booking.state in LIVE_STATES
        selected = booking.ref == self.selected_ref
        if not live:
            painter.setOpacity(0.75)
        painter.setBrush(QBrush(QColor(look.fill)))
        painter.setPen(
            QPen(
                QColor("#1f3a5f") if selected else QColor(look.border),
                2.5 if selected else 1,
                Qt.PenStyle.SolidLine if live else Qt.PenStyle.DashLine,
            )
        )
        painter.drawRoundedRect(rect, 5, 5)
        # the state's colour as a strip on the leading edge
        strip = QRectF(
            rect.right() - 4 if self.isRightToLeft() else rect.left(), rect.top(), 4, rect.height()
        )
        painter.fillRect(strip, QColor(look.border))
        inner = rect.adjusted(8, 3, -8, -2)
        bold = QFont(painter.font())
        bold.setBold(True)
        bold.setStrikeOut(not live)
        metrics = QFontMetrics(bold)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(QColor(look.text))
        painter.setFont(bold)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        line = metrics.height()
        painter.drawText(
            QRectF(inner.x(), inner.y(), inner.width(), line),
            align,
            metrics.elidedText(booking.ngo_name, Qt.TextElideMode.ElideRight, int(inner.width())),
        )
        plain = QFont(painter.font())
        plain.setBold(False)
        plain.setStrikeOut(False)
        plain_metrics = QFontMetrics(plain)
        painter.setFont(plain)
        details = [
            texts.CAL_BOOKING_LINE.format(
                start=local.time(booking.start_at.time()),
                end=local.time(booking.end_at.time()),
                people=local.digits(booking.people),
            ),
            texts.BOOKING_STATES.get(booking.state, booking.state),
        ]
        y = inner.y() + line
        for text in details:
            if y + plain_metrics.height() > inner.bottom() + 2:
                break
            painter.drawText(
                QRectF(inner.x(), y, inner.width(), plain_metrics.height()),
                align,
                plain_metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            y += plain_metrics.height()
        painter.restore()
        painter.setOpacity(1.0)


class DayStrip(QWidget):
    """Seven day buttons, Saturday first (at the right, right-to-left), two lines each: the
    weekday, and the date with the day's bookings. Friday in red. (A `QTabBar` shows one line
    only.)

    Signals:
        currentChanged(int index): another day was chosen.
    """

    currentChanged = Signal(int)  # noqa: N815 - Qt naming, as QTabBar's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayStrip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(3)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        for index in range(7):
            button = QToolButton()
            button.setObjectName(f"day_{index}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.group.addButton(button, index)
            row.addWidget(button)
            self.buttons.append(button)
        self.buttons[0].setChecked(True)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.currentChanged.emit(index)

    def count(self) -> int:
        return len(self.buttons)

    def currentIndex(self) -> int:  # noqa: N802 - Qt naming
        return self.group.checkedId()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - Qt naming
        if 0 <= index < len(self.buttons) and index != self.currentIndex():
            self.buttons[index].setChecked(True)

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802 - Qt naming
        self.buttons[index].setText(text)

    def tabText(self, index: int) -> str:  # noqa: N802 - Qt naming
        return self.buttons[index].text()

    def setTabToolTip(self, index: int, text: str) -> None:  # noqa: N802 - Qt naming
        self.buttons[index].setToolTip(text)

    def setTabTextColor(self, index: int, colour: QColor) -> None:  # noqa: N802 - Qt naming
        self.buttons[index].setStyleSheet(DAY_STYLE.format(colour=colour.name()))


DAY_STYLE = """
QToolButton {{ color: {colour}; background: #eef1f5; border: 1px solid #d3d9e2;
    border-radius: 4px; padding: 3px 4px; }}
QToolButton:hover {{ background: #e2e9f3; }}
QToolButton:checked {{ background: #ffffff; border: 2px solid #3d6db3; font-weight: bold; }}
"""


class WeekCalendar(QWidget):
    """The day buttons of one week above the day's grid."""

    slot_selected = Signal(int, object, object)
    booking_selected = Signal(str)
    day_changed = Signal(object)
    hint = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekCalendar")
        self.first = dt.date.today()
        self.opens, self.closes = "08:00", "18:00"
        self.rooms: list[CalendarRoom] = []
        self.by_day: dict[dt.date, list[CalendarBooking]] = {}
        self.now = SystemClock().now()
        # the week's closed days with why, as the workflow names them (`set_week`)
        self.closed: dict[dt.date, str] = {}

        self.tabs = DayStrip()
        self.tabs.currentChanged.connect(self._day_chosen)
        self.grid = DayGrid()
        self.grid.slot_selected.connect(self.slot_selected)
        self.grid.booking_selected.connect(self.booking_selected)
        self.grid.hint.connect(self.hint)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.scroll, 1)

    def set_week(
        self,
        first: dt.date,
        opens: str,
        closes: str,
        rooms: Sequence[CalendarRoom],
        bookings: Sequence[CalendarBooking],
        now: dt.datetime,
        day: dt.date | None = None,
        caps: dict[str, int] | None = None,
        closed: dict[dt.date, str] | None = None,
    ) -> None:
        """Show the week from Saturday `first`; `day` (default: the day shown, or today when
        it falls in this week, else Saturday) is the tab brought forward; `closed`: the days
        the semansara is closed, with why (the workflow's, R-2.3)."""
        self.closed = dict(closed or {})
        current = self.current_day() if first == self.first else None
        self.first, self.opens, self.closes = first, opens, closes
        self.rooms, self.now = list(rooms), now
        if caps is not None:
            self.grid.caps = dict(caps)
        self.by_day = {first + dt.timedelta(days=i): [] for i in range(7)}
        for booking in bookings:
            self.by_day.setdefault(booking.start_at.date(), []).append(booking)
        wanted = day or current or (now.date() if now.date() in self.by_day else first)
        self._label_tabs()
        index = max((wanted - first).days, 0) if wanted in self.by_day else 0
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self._show_day()

    def _label_tabs(self) -> None:
        for index in range(7):
            day = self.first + dt.timedelta(days=index)
            _, month, date = jalali.to_jalali(day)
            live = sum(1 for b in self.by_day.get(day, []) if b.state in LIVE_STATES)
            weekday = local.weekday_name(day)
            closed = self.closed_on(day)
            if closed is not None:  # a Friday, a holiday or a closure: red, why in the tip
                weekday = texts.CAL_DAY_WEEKEND.format(weekday=weekday)
            if day == self.now.date():
                weekday = texts.CAL_DAY_TODAY.format(weekday=weekday)
            date_text = texts.CAL_DAY_DATE.format(
                day=local.digits(date), month=local.month_name(month)
            )
            if live:
                date_text = texts.CAL_DAY_COUNT.format(date=date_text, count=local.digits(live))
            label = texts.CAL_DAY_TAB.format(weekday=weekday, date=date_text)
            self.tabs.setTabText(index, label)
            self.tabs.setTabTextColor(
                index, WEEKEND_TEXT if closed is not None else QColor("#1f3a5f")
            )
            tip = local.date(day)
            if closed and closed != local.weekday_name(day):  # a holiday's or HQ's reason
                tip = texts.CAL_CLOSED_TIP.format(date=tip, why=closed)
            self.tabs.setTabToolTip(index, tip)

    def closed_on(self, day: dt.date) -> str | None:
        """Why the semansara is closed on `day` (`closed`, set by the page), or None."""
        return self.closed.get(day)

    def current_day(self) -> dt.date:
        return self.first + dt.timedelta(days=max(self.tabs.currentIndex(), 0))

    def set_current_day(self, day: dt.date) -> None:
        index = (day - self.first).days
        if 0 <= index < 7:
            self.tabs.setCurrentIndex(index)

    def set_show_cancelled(self, show: bool) -> None:
        self.grid.set_show_cancelled(show)

    def select_booking(self, ref: str) -> None:
        for day, bookings in self.by_day.items():
            if any(b.ref == ref for b in bookings):
                if day != self.current_day():
                    self.set_current_day(day)
                break
        self.grid.select_booking(ref)

    def day_bookings(self, day: dt.date | None = None) -> list[CalendarBooking]:
        return list(self.by_day.get(day or self.current_day(), []))

    def _show_day(self) -> None:
        day = self.current_day()
        self.grid.closed = self.closed_on(day)
        self.grid.set_day(
            day,
            self.opens,
            self.closes,
            self.rooms,
            self.by_day.get(day, []),
            self.now,
        )

    def _day_chosen(self, _index: int) -> None:
        self._show_day()
        self.day_changed.emit(self.current_day())
