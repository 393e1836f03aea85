"""A semansara manager's week on the home page (`manager_week.week`): their semansara's capacity
on one line, the introduction letters on their way to them, and the bookings from today through
the six days after, each day's closure said in its place; «چاپ هفته» prints the same week
through the reports' PDF layout.

A double click on a booking asks to show it (`open_record`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.item_models import ListTableModel
from app.ui.reads import manager_week
from app.ui.session import Session
from app.ui.widgets.tables import configure_table
from app.workflow.machines import BookingFlow

CLOSED = QColor("#8a8a8a")


def room_text(kind: str, number: int) -> str:
    return texts.CAL_ROOM_TITLE.format(
        kind=texts.CAL_ROOM_KINDS.get(kind, kind), number=local.digits(number)
    )


def capacity_text(capacity: manager_week.Capacity) -> str:
    rooms = texts.LIST_SEPARATOR.join(
        texts.WEEK_ROOMS_ONE.format(
            kind=texts.CAL_ROOM_KINDS.get(kind, kind), count=local.number(count)
        )
        for kind, count in capacity.rooms
    )
    return texts.WEEK_CAPACITY.format(
        free=local.number(capacity.free),
        total=local.number(capacity.total),
        queue=local.number(capacity.queue),
        rooms=rooms,
    )


def week_rows(week: manager_week.ManagerWeek) -> list[tuple[str, tuple[str, ...], bool]]:
    """(booking ref or "", cells, closed) for each closed day and each booking, day by day."""
    rows = []
    for day in week.days:
        when = f"{local.weekday_name(day)} {local.date(day)}"
        if day in week.closed:
            reason = week.closed[day]
            rows.append(("", (when, "", "", texts.WEEK_CLOSED.format(reason=reason), "", ""), True))
        for b in week.on(day):
            time = texts.CAL_CHOICE.format(
                start=local.time(b.start_at.time()), end=local.time(b.end_at.time())
            )
            rows.append(
                (
                    b.ref,
                    (
                        when,
                        time,
                        room_text(b.room_kind, b.room_number),
                        local.name(b.ngo_name),
                        i18n.state_name(BookingFlow, b.state),
                        b.ref,  # an identifier: Latin digits
                    ),
                    False,
                )
            )
    return rows


class ManagerWeekPanel(QWidget):
    open_record = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerWeek")
        self.session = session
        self.week: manager_week.ManagerWeek | None = None
        self.preview: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.print_button = QPushButton(texts.WEEK_PRINT)
        self.print_button.setObjectName("printWeek")
        self.print_button.clicked.connect(self.print_week)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.capacity = QLabel()
        self.capacity.setObjectName("weekCapacity")
        self.capacity.setWordWrap(True)
        layout.addWidget(self.capacity)
        self.letters = QLabel()
        self.letters.setObjectName("weekLetters")
        self.letters.setWordWrap(True)
        layout.addWidget(self.letters)
        self.table = QTableView()
        self.table.setObjectName("weekBookings")
        configure_table(self.table)
        self.model = ListTableModel(texts.WEEK_COLUMNS, self.table)
        self.model.centred = frozenset({1, 5})
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.week = manager_week.week(self.session.clock.now(), who=self.session.user)
        week = self.week
        self.setVisible(week is not None)
        if week is None:
            self.model.set_rows([])
            return
        self.title.setText(
            texts.WEEK_TITLE.format(
                name=local.name(week.name),
                first=local.date(week.days[0]),
                last=local.date(week.days[-1]),
                count=local.number(sum(1 for b in week.bookings if b.live)),
            )
        )
        self.capacity.setText(capacity_text(week.capacity))
        if week.letters:
            names = texts.LIST_SEPARATOR.join(
                texts.WEEK_LETTER.format(ngo=local.name(x.ngo_name), contract=x.contract_ref)
                for x in week.letters
            )
            self.letters.setText(
                texts.WEEK_LETTERS.format(count=local.number(len(week.letters)), names=names)
            )
        else:
            self.letters.setText(texts.WEEK_NO_LETTERS)
        rows = week_rows(week)
        self.model.set_rows([(ref or f"closed:{cells[0]}", cells) for ref, cells, _closed in rows])
        for position, (_ref, cells, closed) in enumerate(rows):
            if closed:
                for column in range(len(cells)):
                    self.model.colours[(position, column)] = CLOSED
            else:
                self.model.tips[(position, 3)] = cells[3]

    def shown(self) -> list[tuple[str, ...]]:
        return list(self.model.cells)

    def report(self):  # noqa: ANN201
        if self.week is None:
            return None
        user = self.session.user
        who = (user.full_name or user.username) if user is not None else ""
        return manager_week.report(self.week, self.session.clock.now(), who)

    def pdf(self) -> bytes | None:
        report = self.report()
        if report is None:
            return None
        from app.documents.report_pdf import render_report  # reportlab: only when asked

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return render_report(report)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def print_week(self) -> QWidget | None:
        """The week as a PDF in the print preview (print or save it there)."""
        pdf = self.pdf()
        if pdf is None:
            return None
        from app.ui.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(pdf, title=texts.WEEK_PRINT_TITLE, parent=self)
        dialog.setWindowTitle(texts.WEEK_PRINT_TITLE)
        dialog.show()
        self.preview = dialog
        return dialog

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        key = self.model.key_at(index.row())
        if not key.startswith("closed:"):
            self.open_record.emit("booking", key)
