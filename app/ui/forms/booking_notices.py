"""A booking's notices of step ذ and how each was delivered (issue 7, item 3), for the booking
detail: recipient, channel, address, state with its time and the reason of a failure
(`notifications.delivery_status`); «ارسال اعلان‌ها» sends this booking's e-mail notices now
(`send_pending(booking_ref=…)`, retrying failed ones, in a `Job` thread: the mail server may be
slow); «چاپ اعلان» opens the notice of a recipient without an address (or whose e-mail failed)
in the print preview and, once it is printed or saved, records it (`mark_printed`). After each
outcome the pages are told (`Session.changed("booking", ref)`): the worklist's «اعلان‌های
ارسال‌نشده» follows.
"""

from __future__ import annotations

import functools
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
from app.ui.forms.base import MessageArea
from app.ui.item_models import EXPIRED, ListTableModel, isolate
from app.ui.reads import notices
from app.ui.session import Session
from app.ui.widgets.tables import configure_table
from app.ui.worker import Job
from app.workflow import notifications
from app.workflow.errors import WorkflowError
from app.workflow.lifecycle import DATABASE_ERRORS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

SENDABLE = ("pending", "failed")  # an e-mail notice not delivered yet
PRINTABLE = ("pending", "failed")  # a notice a person may print and hand over
OK_COLOUR, PENDING_COLOUR = "#1b5e20", "#8a6d00"


def recipient_name(recipient: str) -> str:
    return i18n.label(
        "notifications.RECIPIENT_NAMES", notifications.RECIPIENT_NAMES.get(recipient, recipient)
    )


def printable(row: dict) -> bool:
    """A print notice not handed over yet, or an e-mail that failed."""
    return row["state"] in PRINTABLE and (row["channel"] == "print" or row["state"] == "failed")


class NoticesPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("bookingNotices")
        self.ref = ""
        self.booking_live = False
        self.rows: list[dict] = []
        self.job: Job | None = None
        self.preview: QWidget | None = None

        title = QLabel(texts.NOTICES_TITLE)
        title.setObjectName("detailTitle")
        self.cells: list[tuple[str, ...]] = []  # per notice: the six facts, as shown
        # Three columns, a fact per line inside them: the detail is narrow (about 400 px).
        self.model = ListTableModel(texts.NOTICE_COLUMNS, self)
        self.view = QTableView()
        self.view.setObjectName("noticeTable")
        configure_table(self.view)
        self.view.setWordWrap(True)
        self.view.setModel(self.model)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() * 2 + 12)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.selectionModel().selectionChanged.connect(self._show_buttons)
        self.reasons = QLabel()  # why an e-mail failed: long, so below the table, wrapped
        self.reasons.setObjectName("noticeReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #b71c1c;")
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(texts.NOTICES_NONE)
        self.empty.setWordWrap(True)
        self.send_button = QPushButton(texts.NOTICE_SEND)
        self.send_button.setObjectName("noticeSend")
        self.send_button.setToolTip(texts.NOTICE_SEND_TIP)
        self.send_button.clicked.connect(self.send)
        self.print_button = QPushButton(texts.NOTICE_PRINT)
        self.print_button.setObjectName("noticePrint")
        self.print_button.setToolTip(texts.NOTICE_PRINT_TIP)
        self.print_button.clicked.connect(self.print_notice)
        self.message = MessageArea(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addWidget(self.reasons)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # --- showing -------------------------------------------------------------------------------

    def show_booking(self, booking: notices.NoticeBooking | None) -> None:
        """The notices of `booking` (anything with its ref and state), or none."""
        ref = booking.ref if booking is not None else ""
        if ref != self.ref:
            self.message.clear_message()
        self.ref = ref
        self.booking_live = booking is not None and notices.live(booking.state)
        self.rows = notices.deliveries(ref) if ref else []
        self.cells, shown, reasons = [], [], []
        for row in self.rows:
            at = row["sent_at"] or row["last_attempt_at"]
            facts = (
                recipient_name(row["recipient"]),
                i18n.label(
                    "notifications.CHANNEL_NAMES",
                    notifications.CHANNEL_NAMES.get(row["channel"], row["channel"]),
                ),
                isolate(row["address"]) if row["address"] else texts.NONE,
                texts.NOTICE_STATES.get(row["state"], row["state"]),
                local.datetime_text(at) if at else texts.NONE,
                row["error"],
            )
            recipient, channel, address, state, when, reason = facts
            if reason:
                reasons.append(texts.NOTICE_REASON.format(recipient=recipient, reason=reason))
            how = f"{channel}\n{address}" if row["address"] else channel
            self.cells.append(facts)
            shown.append((str(row["id"]), (recipient, how, f"{state}\n{when}" if at else state)))
        self.model.set_rows(shown)
        self.reasons.setText("\n".join(reasons))
        self.reasons.setVisible(bool(reasons))
        for index, row in enumerate(self.rows):
            colour = {"sent": OK_COLOUR, "printed": OK_COLOUR, "failed": EXPIRED.name()}.get(
                row["state"], PENDING_COLOUR
            )
            self.model.colours[(index, 2)] = QColor(colour)
            if row["error"]:
                self.model.tips[(index, 2)] = row["error"]
            if row["attempts"] and not row["error"]:
                self.model.tips[(index, 2)] = texts.NOTICE_ATTEMPTS.format(
                    count=local.digits(row["attempts"]),
                    at=local.datetime_text(row["last_attempt_at"]),
                )
        rows = self.model.rowCount()
        header = self.view.horizontalHeader().sizeHint().height()
        row_height = self.view.verticalHeader().defaultSectionSize()
        self.view.setFixedHeight(header + rows * row_height + 2 * self.view.frameWidth() + 2)
        self.view.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._show_buttons()

    def shown(self) -> list[tuple[str, ...]]:
        """Per notice: recipient, channel, address, state, time, failure reason."""
        return list(self.cells)

    def _allowed(self) -> str:
        """The refusal of the signed-in role, or ""."""
        return self.session.refusal("record_delivery")

    def _show_buttons(self, *_args: object) -> None:
        refusal = self._allowed()
        busy = self.job is not None
        sendable = self.booking_live and any(
            r["channel"] == "email" and r["state"] in SENDABLE for r in self.rows
        )
        self.send_button.setEnabled(not refusal and not busy and sendable)
        self.print_button.setEnabled(not refusal and not busy and self._to_print() is not None)
        for button, tip in (
            (self.send_button, texts.NOTICE_SEND_TIP),
            (self.print_button, texts.NOTICE_PRINT_TIP),
        ):
            button.setToolTip(texts.NOTICE_NOT_ALLOWED if refusal else tip)
        self.send_button.setVisible(bool(self.rows))
        self.print_button.setVisible(bool(self.rows))

    def _to_print(self) -> dict | None:
        """The notice chosen in the table when it may be printed, else the first that may."""
        chosen = self.view.selectionModel().selectedRows() if self.rows else []
        if chosen and printable(self.rows[chosen[0].row()]):
            return self.rows[chosen[0].row()]
        return next((r for r in self.rows if printable(r)), None)

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> Job | None:
        """«ارسال اعلان‌ها»: this booking's e-mail notices, now."""
        if not self.ref or self.job is not None or self._allowed():
            return None
        try:
            settings = notifications.Settings.load()
        except WorkflowError as err:
            self.message.show_message(i18n.refusal(err, with_rule=False))
            return None
        problems = settings.problems()
        if problems:
            self.message.show_message(texts.NOTICE_NO_SETTINGS.format(problems=" ".join(problems)))
            return None
        ref, clock, user = self.ref, self.session.clock, self.session.user
        job = Job(
            lambda _job: notifications.send_pending(
                settings, clock, user=user, booking_ref=ref, retry_failed=True
            ),
            parent=self,
        )
        self.job = job
        job.succeeded.connect(self._sent)
        job.failed.connect(self._send_failed)
        job.finished.connect(self._job_finished)
        self.message.show_message(texts.NOTICE_SENDING, "hint")
        self._show_buttons()
        job.begin()
        return job

    def _sent(self, counts: dict) -> None:
        kind = "ok" if not counts.get("failed") else "error"
        self.message.show_message(
            texts.NOTICE_SENT.format(
                sent=local.number(counts.get("sent", 0)),
                failed=local.number(counts.get("failed", 0)),
            ),
            kind,
        )

    def _send_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WorkflowError):
            self.message.show_message(i18n.refusal(exc, with_rule=False))
        elif isinstance(exc, DATABASE_ERRORS):
            self.message.show_message(texts.DATABASE_TROUBLE.format(detail=type(exc).__name__))
        else:
            self.message.show_message(isolate(f"{type(exc).__name__}: {exc}"))

    def _job_finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self._told(self.ref)

    def _told(self, ref: str) -> None:
        """Show the outcome here, and tell the other pages."""
        self.show_booking(notices.booking(ref) if ref else None)
        self.session.changed.emit("booking", ref)

    # --- printing ------------------------------------------------------------------------------

    def print_notice(self) -> QWidget | None:
        """«چاپ اعلان»: the notice in the print preview; recorded as printed once it is printed
        or saved."""
        row = self._to_print()
        if row is None or self._allowed():
            if row is None:
                self.message.show_message(texts.NOTICE_NOTHING_TO_PRINT, "hint")
            return None
        from app.documents import printing
        from app.documents.document import show_code
        from app.documents.texts import KIND_NAMES
        from app.ui.print_preview import refuse  # QtPdf and reportlab: only when asked

        kind = f"notice-{row['recipient']}"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            issued = self.session.call(  # one call id: tried again after a lost link, issued once
                printing.issue_pdf,
                kind,
                self.ref,
                self.session.user,
                self.session.clock,
                call_id=str(uuid.uuid4()),
            )
        except WorkflowError as err:
            refuse(self, i18n.refusal(err, with_rule=False))
            return None
        except DATABASE_ERRORS as exc:
            refuse(self, texts.PREVIEW_DATABASE_TROUBLE.format(detail=type(exc).__name__))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        preview = _preview_class()(
            issued.pdf,
            title=KIND_NAMES.get(kind, kind),
            serial=issued.record.serial,
            code=show_code(issued.record.code),
            parent=self,
        )
        preview.handed_over.connect(lambda: self._printed(row["id"], row["recipient"]))
        self.preview = preview
        preview.show()
        return preview

    def _printed(self, notification: int, recipient: str) -> None:
        try:
            self.session.run("mark_printed", notification=notification)
        except WorkflowError as err:
            self.message.show_message(i18n.refusal(err, with_rule=False))
            return
        self._told(self.ref)
        self.message.show_message(
            texts.NOTICE_PRINTED.format(recipient=recipient_name(recipient)),
            "ok",
        )


@functools.cache
def _preview_class() -> type:
    """The print preview of a notice, which says when the paper was printed or saved (built on
    first use: QtPdf is loaded only when a document is first previewed)."""
    from app.ui.print_preview import PrintPreviewDialog

    class NoticePreview(PrintPreviewDialog):
        """Signals: handed_over(): the notice was printed, or saved as a PDF."""

        handed_over = Signal()

        def print_to(self, printer: QPrinter) -> bool:
            done = super().print_to(printer)
            if done:
                self.handed_over.emit()
            return done

        def save_to(self, path: Path) -> Path | None:
            saved = super().save_to(path)
            if saved is not None:
                self.handed_over.emit()
            return saved

    return NoticePreview
