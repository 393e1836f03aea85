"""Previewing a document in the program (QtPdf), then printing or saving it.

`preview_document(parent, session, kind, ref)` issues the document through the documents layer
as the session's user (a serial number, a verification code and an `IssuedDocument` row, as the
`print` command does) and shows the PDF in a window with page navigation and zoom, and
«چاپ» (the system's print dialog), «ذخیره» (a .pdf file) and «بستن». A refusal (a contract for a
rejected request, a receipt for a note not received yet) is shown as a Persian message box,
not blocking, and nothing opens.

Pages import it inside their slots (QtPdf is loaded only when a document is first previewed):

    from app.ui.print_preview import preview_document
    preview_document(self, self.session, "contract", ref)
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.documents import printing
from app.documents.document import show_code
from app.documents.texts import KIND_NAMES
from app.ui import i18n, local, texts
from app.ui.session import Session
from app.workflow.errors import WorkflowError
from app.workflow.lifecycle import DATABASE_ERRORS

#: Zoom steps offered (besides fitting the width or the whole page).
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
#: Pages are rendered for the printer at this resolution at most (a 1200 dpi A4 page would be
#: half a gigabyte of pixels; 300 dpi prints text sharply).
PRINT_DPI = 300


def preview_document(
    parent: QWidget | None, session: Session, kind: str, ref: str
) -> QDialog | None:
    """Issue document `kind` of record `ref` as the session's user and show it (the same
    content previewed again keeps its serial); on a refusal, show the reason (not blocking)
    and return None."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        issued = session.call(  # one call id: tried again after a lost link, issued once
            printing.issue_pdf, kind, ref, session.user, session.clock, call_id=str(uuid.uuid4())
        )
    except WorkflowError as err:
        refuse(parent, i18n.refusal(err, with_rule=False))
        return None
    except DATABASE_ERRORS as exc:
        refuse(parent, texts.PREVIEW_DATABASE_TROUBLE.format(detail=type(exc).__name__))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    dialog = PrintPreviewDialog(
        issued.pdf,
        title=KIND_NAMES.get(kind, kind),
        serial=issued.record.serial,
        code=show_code(issued.record.code),
        parent=parent,
    )
    dialog.show()
    return dialog


def refuse(parent: QWidget | None, message: str) -> QMessageBox:
    """The message that the document was not issued: shown with `show()`, deleted on close."""
    box = QMessageBox(parent)
    box.setObjectName("previewRefusal")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(texts.PREVIEW_REFUSED_TITLE)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(texts.PREVIEW_OK)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


class PrintPreviewDialog(QDialog):
    """A PDF shown page by page, with zoom, «چاپ», «ذخیره» and «بستن»."""

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        serial: str = "",
        code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(texts.PREVIEW_TITLE.format(title=title, serial=serial or texts.NONE))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 1000)
        self.pdf = pdf
        self.serial = serial
        self.saved_to: Path | None = None

        # The buffer must live as long as the document reads from it.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.navigator = self.view.pageNavigator()

        self.print_button = QPushButton(texts.PREVIEW_PRINT)
        self.print_button.setObjectName("previewPrint")
        self.print_button.setToolTip("Ctrl+P")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(texts.PREVIEW_SAVE)
        self.save_button.setObjectName("previewSave")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save_document)
        self.close_button = QPushButton(texts.PREVIEW_CLOSE)
        self.close_button.setObjectName("previewClose")
        self.close_button.clicked.connect(self.close)

        self.previous_button = QPushButton(texts.PREVIEW_PREVIOUS)
        self.previous_button.setToolTip("Page Up")
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QPushButton(texts.PREVIEW_NEXT)
        self.next_button.setToolTip("Page Down")
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("previewPage")
        self.page_spin.setRange(1, max(1, self.page_count()))
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.page_total = QLabel(
            texts.PREVIEW_OF_PAGES.format(count=local.digits(self.page_count()))
        )

        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(texts.PREVIEW_ZOOM_OUT)
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(texts.PREVIEW_ZOOM_IN)
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("previewZoom")
        self.zoom_combo.addItem(texts.PREVIEW_FIT_WIDTH, FIT_WIDTH)
        self.zoom_combo.addItem(texts.PREVIEW_FIT_PAGE, FIT_PAGE)
        for factor in ZOOMS:
            self.zoom_combo.addItem(_percent(factor), factor)
        self.zoom_combo.currentIndexChanged.connect(self._zoom_chosen)

        self.stamp = QLabel(
            texts.PREVIEW_STAMP.format(serial=_ltr(serial), code=_ltr(code)) if serial else ""
        )
        self.stamp.setObjectName("previewStamp")
        self.stamp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(texts.PREVIEW_PAGE))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stamp)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_document),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.navigator.currentPageChanged.connect(self._page_changed)
        self._page_changed(self.current_page())
        self.close_button.setFocus()

    # --- pages and zoom ------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self.current_page():
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def set_zoom(self, how: str | float) -> None:
        """FIT_WIDTH, FIT_PAGE or a factor (1.0 is the printed size)."""
        index = self.zoom_combo.findData(how)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)
        elif isinstance(how, float):
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(how)

    def step_zoom(self, direction: int) -> None:
        """One step larger (+1) or smaller (−1) than the size shown now."""
        now = self.view.zoomFactor()
        steps = ZOOMS if direction > 0 else tuple(reversed(ZOOMS))
        for factor in steps:
            if (factor > now + 0.01) if direction > 0 else (factor < now - 0.01):
                self.set_zoom(factor)
                return

    def _zoom_chosen(self, index: int) -> None:
        how = self.zoom_combo.itemData(index)
        if how == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif how == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(how))

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.page_count())

    # --- printing and saving -------------------------------------------------------------------

    def print_document(self) -> bool:
        """The system's print dialog, then every chosen page to the printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.serial or "semansara")
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(texts.PREVIEW_PRINT_TITLE)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Draw the pages (the printer's page range, else all) on `printer`, each scaled to fit
        the printable area and centred."""
        count = self.page_count()
        first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
        last = min(printer.toPage(), count) if printer.toPage() else count
        painter = QPainter()
        if count == 0 or not painter.begin(printer):
            return False
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = min(printer.resolution(), PRINT_DPI)
            options = QPdfDocumentRenderOptions()
            for number, page in enumerate(range(first, last)):
                if number and not printer.newPage():
                    return False
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size, options)
                scale = min(area.width() / size.width(), area.height() / size.height())
                width, height = size.width() * scale, size.height() * scale
                target = QRectF(
                    (area.width() - width) / 2, (area.height() - height) / 2, width, height
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

    def save_document(self) -> Path | None:
        """Ask where, then write the PDF."""
        suggested = str(Path.home() / f"{(self.serial or 'document').replace('/', '-')}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, texts.PREVIEW_SAVE_TITLE, suggested, texts.PREVIEW_SAVE_FILTER
        )
        return self.save_to(Path(path)) if path else None

    def save_to(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            refuse(
                self,
                texts.PREVIEW_SAVE_FAILED.format(path=_ltr(str(path)), detail=exc.strerror or exc),
            )
            return None
        self.saved_to = path
        return path


def _percent(factor: float) -> str:
    return local.percent(str(round(factor * 100)))


def _ltr(text: str) -> str:
    """A serial or code kept in one left-to-right run inside Persian text."""
    return f"\u2066{text}\u2069" if text else texts.NONE
