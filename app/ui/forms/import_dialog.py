"""Importing NGOs from an Excel or CSV file, the GUI of `semansara import`.

Three steps in one dialog: choose the file; map the program's fields to the file's columns
(guessed from the header names, each changeable in a combo box); a dry run that reports what
would be added, updated, left out as a duplicate or refused, row by row; then «ورود», the real
import. Both runs go through `importer.import_ngos` (one service call, one transaction) in a
`Job` thread of their own with a progress bar; «لغو» stops either before it commits, and then
nothing of it is kept. The real import uses the table the dry run read, after checking that
the file has not changed since (its SHA-256). After an import the NGO register is told
(`Session.changed("ngo", "")`) and reloads.

Signals:
    imported(object report): the import committed; its `ImportReport`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import MessageArea
from app.ui.item_models import EXPIRED, WARNING, ListTableModel, isolate
from app.ui.session import Session
from app.ui.widgets.fields import align_leading
from app.ui.widgets.tables import configure_table
from app.ui.worker import Job
from app.workflow import importer
from app.workflow.errors import DATABASE_ERRORS, INVALID_INPUT, WorkflowError

#: the program's fields, the required ones first
FIELD_ORDER = (
    *importer.REQUIRED,
    *(f for f in importer.FIELDS if f not in importer.REQUIRED),
)
MAPPING, REVIEW = 0, 1


def field_label(name: str) -> str:
    shown = i18n.field_name(name)
    return texts.IMPORT_REQUIRED_MARK.format(name=shown) if name in importer.REQUIRED else shown


def sample_text(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return local.date(value)
    return local.digits(str(value)) if value not in (None, "") else ""


class ImportDialog(QDialog):
    imported = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(texts.IMPORT_TITLE)
        self.setObjectName("importDialog")
        self.setModal(True)
        self.resize(860, 640)
        self.path: Path | None = None
        self.columns: importer.Columns | None = None
        self.table: importer.Table | None = None  # what the dry run read
        self.report: importer.ImportReport | None = None  # the last run's
        self.job: Job | None = None
        self._real = False  # whether the run under way is the real import
        self._rows = 0  # rows checked by the run under way (then come the writes)
        self._close_when_done = False
        self.combos: dict[str, QComboBox] = {}

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        align_leading(self.path_edit)
        self.path_edit.setPlaceholderText(texts.IMPORT_START_HINT)
        self.browse_button = QPushButton(texts.IMPORT_BROWSE)
        self.browse_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(texts.IMPORT_TEMPLATE)
        self.template_button.setObjectName("importTemplate")
        self.template_button.setToolTip(texts.IMPORT_TEMPLATE_TIP)
        self.template_button.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(texts.IMPORT_FILE))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.template_button)

        # step 2: the mapping
        self.mapping_hint = QLabel(texts.IMPORT_START_HINT)
        self.mapping_hint.setWordWrap(True)
        self.mapping_table = QTableWidget(len(FIELD_ORDER), 3)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels(list(texts.IMPORT_MAPPING_COLUMNS))
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(FIELD_ORDER):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(field_label(name)))
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.currentIndexChanged.connect(lambda _i, n=name: self._column_chosen(n))
            self.combos[name] = combo
            self.mapping_table.setCellWidget(row, 1, combo)
            self.mapping_table.setItem(row, 2, QTableWidgetItem(""))
        self.update_box = QCheckBox(texts.IMPORT_UPDATE)
        self.update_box.setObjectName("importUpdate")
        self.skip_box = QCheckBox(texts.IMPORT_SKIP_INVALID)
        self.skip_box.setObjectName("importSkipInvalid")
        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(self.mapping_hint)
        mapping_layout.addWidget(self.mapping_table, 1)
        mapping_layout.addWidget(self.update_box)
        mapping_layout.addWidget(self.skip_box)

        # step 3: the dry run's report, then the import's
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.count_labels: dict[str, QLabel] = {}
        counts_row = QHBoxLayout()
        for key in texts.IMPORT_COUNTS:
            label = QLabel()
            label.setObjectName(f"importCount_{key}")
            label.setStyleSheet(
                "QLabel { border: 1px solid #c5cbd3; border-radius: 4px; padding: 4px 10px;"
                " background: #f7f9fb; font-weight: bold; }"
            )
            self.count_labels[key] = label
            counts_row.addWidget(label)
        counts_row.addStretch(1)
        self.issues = ListTableModel(texts.IMPORT_ISSUE_COLUMNS, self)
        self.issues.centred = frozenset({0, 1})
        self.issues_view = QTableView()
        self.issues_view.setObjectName("importIssues")
        configure_table(self.issues_view)
        self.issues_view.setModel(self.issues)
        issues_header = self.issues_view.horizontalHeader()
        issues_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        issues_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        issues_header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.summary)
        review_layout.addLayout(counts_row)
        review_layout.addWidget(self.issues_view, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(mapping_page)
        self.stack.addWidget(review_page)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat(texts.IMPORT_PERCENT.format(percent=local.digits(0)))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.message = MessageArea(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.back_button = QPushButton(texts.IMPORT_BACK)
        self.back_button.clicked.connect(self.go_back)
        self.check_button = QPushButton(texts.IMPORT_DRY_RUN)
        self.check_button.setObjectName("importDryRun")
        self.check_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton(texts.IMPORT_RUN)
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(texts.IMPORT_CANCEL)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(texts.IMPORT_CLOSE)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.stack, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.status)
        progress_row.addWidget(self.progress, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for box in (self.update_box, self.skip_box):
            box.toggled.connect(self._options_changed)

        refusal = session.refusal("import_ngos")
        if refusal:
            self.message.show_message(texts.NOT_ALLOWED_HINT.format(message=refusal), "hint")
        self._show_buttons()

    # --- step 1: the file -------------------------------------------------------------------

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, texts.IMPORT_CHOOSE_TITLE, str(Path.home()), texts.IMPORT_CHOOSE_FILTER
        )
        return self.load_file(path) if path else False

    def save_template(self) -> Path | None:
        """Save an .xlsx with the columns the import reads and an example row, to fill in."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            texts.IMPORT_TEMPLATE_TITLE,
            str(Path.home() / texts.IMPORT_TEMPLATE_NAME),
            texts.IMPORT_TEMPLATE_FILTER,
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        try:
            importer.write_template(target)
        except OSError as exc:
            self.message.show_message(texts.IMPORT_TEMPLATE_FAILED.format(detail=exc.strerror))
            return None
        self.message.show_message(
            texts.IMPORT_TEMPLATE_SAVED.format(path=isolate(str(target))), "ok"
        )
        return target

    def load_file(self, path: str | Path) -> bool:
        """Read the header row of `path` and show the mapping the importer guesses."""
        self.message.clear_message()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = importer.columns(path)
        except WorkflowError as err:
            self.message.show_message(i18n.refusal(err, with_rule=False))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.path, self.columns, self.table, self.report = Path(path), found, None, None
        self.path_edit.setText(str(path))
        if not found.headers:
            self.message.show_message(texts.IMPORT_NO_HEADERS)
        self.mapping_hint.setText(
            texts.IMPORT_MAPPING_HINT.format(row=local.digits(found.header_row))
        )
        chosen = {target: header for header, target in found.guessed.items()}
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(texts.IMPORT_NOT_MAPPED, None)
            for header in found.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(chosen.get(name)), 0))
            combo.blockSignals(False)
            self._show_sample(name)
        self.stack.setCurrentIndex(MAPPING)
        self._show_missing()
        self._show_buttons()
        return True

    # --- step 2: the mapping ------------------------------------------------------------------

    def set_column(self, name: str, header: str | None) -> None:
        """Map field `name` to the file's column `header` (None: leave the field out)."""
        combo = self.combos[name]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    def mapping(self) -> dict[str, str | None]:
        """`read_table`'s mapping: every header of the file, to its field or to None."""
        headers = self.columns.headers if self.columns else []
        chosen = {combo.currentData(): name for name, combo in self.combos.items()}
        return {header: chosen.get(header) for header in headers}

    def missing(self) -> list[str]:
        return [name for name in importer.REQUIRED if self.combos[name].currentData() is None]

    def _column_chosen(self, name: str) -> None:
        header = self.combos[name].currentData()
        if header is not None:  # a column feeds one field: take it from any other
            for other, combo in self.combos.items():
                if other != name and combo.currentData() == header:
                    combo.setCurrentIndex(0)
        self._show_sample(name)
        self._options_changed()
        self._show_missing()

    def _show_sample(self, name: str) -> None:
        header = self.combos[name].currentData()
        value = self.columns.samples.get(header, "") if self.columns and header else ""
        self.mapping_table.item(FIELD_ORDER.index(name), 2).setText(sample_text(value))

    def _show_missing(self) -> None:
        missing = self.missing()
        if self.columns is not None and missing:
            names = "، ".join(f"«{i18n.field_name(n)}»" for n in missing)
            self.message.show_message(texts.IMPORT_MISSING.format(fields=names), "hint")
        elif self.message.kind() == "hint":
            self.message.clear_message()
        self._show_buttons()

    def _options_changed(self, *_args: object) -> None:
        """The dry run no longer says what an import would do."""
        if self.table is not None and not self.running():
            self.table, self.report = None, None
            if self.stack.currentIndex() == REVIEW:
                self.message.show_message(texts.IMPORT_OPTIONS_CHANGED, "hint")
        self._show_buttons()

    # --- step 3: dry run and import -------------------------------------------------------------

    def running(self) -> bool:
        return self.job is not None

    def dry_run(self) -> Job | None:
        """Read the file with the mapping shown and check every row; nothing is written."""
        if self.path is None or self.missing() or self.running():
            return None
        path, mapping = self.path, self.mapping()
        ctx = self.session.context()
        options = self._options()

        def work(job: Job) -> tuple[importer.Table, importer.ImportReport]:
            table = importer.read_table(path, mapping=mapping)
            if job.cancelled():
                raise importer.ImportCancelled
            job.report(-1, 0)  # reading is over: checking begins
            report = importer.import_ngos(
                ctx,
                table,
                dry_run=True,
                progress=job.report,
                cancelled=job.cancelled,
                **options,
            )
            return table, report

        return self._start(work, texts.IMPORT_READING, self._checked, real=False)

    def run_import(self) -> Job | None:
        """The real import of the table the dry run read, in one transaction."""
        table = self.table
        if table is None or self.path is None or self.running() or not self.can_import():
            return None
        path, ctx, options = self.path, self.session.context(), self._options()

        def work(job: Job) -> importer.ImportReport:
            if hashlib.sha256(path.read_bytes()).hexdigest() != table.sha256:
                raise WorkflowError(INVALID_INPUT, texts.IMPORT_FILE_CHANGED, field="file")
            return importer.import_ngos(
                ctx,
                table,
                dry_run=False,
                progress=job.report,
                cancelled=job.cancelled,
                **options,
            )

        self._rows = len(table.rows)
        return self._start(work, texts.IMPORT_CHECKING, self._imported, real=True)

    def can_import(self) -> bool:
        report = self.report
        return bool(
            report is not None
            and report.dry_run
            and (report.added or report.updated)
            and (report.ok or self.skip_box.isChecked())
        )

    def cancel(self) -> None:
        """«لغو»: stop the run in progress (nothing it did is kept)."""
        if self.job is not None:
            self.job.cancel()
            self.status.setText(texts.IMPORT_CANCELLING)
            self.cancel_button.setEnabled(False)

    def go_back(self) -> None:
        if not self.running():
            self.stack.setCurrentIndex(MAPPING)
            self.message.clear_message()
            self._show_missing()

    def _options(self) -> dict[str, bool]:
        return {"update": self.update_box.isChecked(), "skip_invalid": self.skip_box.isChecked()}

    def _start(self, work: Any, status: str, done: Any, *, real: bool) -> Job:
        self._real = real
        self.message.clear_message()
        self.status.setText(status)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        job = Job(work, parent=self)
        self.job = job
        job.progress.connect(self._progress)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_finished)
        self._show_buttons()
        job.begin()
        return job

    def _progress(self, done: int, total: int) -> None:
        if done < 0:  # the dry run has read the file
            self.status.setText(texts.IMPORT_CHECKING)
            return
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if self._real and done > self._rows and self.cancel_button.isEnabled():
            self.status.setText(texts.IMPORT_WRITING)
        self.progress.setValue(percent)
        self.progress.setFormat(texts.IMPORT_PERCENT.format(percent=local.digits(percent)))

    def _checked(self, result: tuple[importer.Table, importer.ImportReport]) -> None:
        self.table, self.report = result
        self.show_report(self.report)
        if not (self.report.added or self.report.updated):
            self.message.show_message(texts.IMPORT_NOTHING_TO_DO, "hint")
        elif not self.can_import():
            self.message.show_message(texts.IMPORT_BLOCKED, "error")
        else:
            self.message.show_message(texts.IMPORT_READY, "hint")

    def _imported(self, report: importer.ImportReport) -> None:
        self.report, self.table = report, None
        self.show_report(report)
        if report.imported:
            self.message.show_message(texts.IMPORT_DONE, "ok")
            self.session.changed.emit("ngo", "")
            self.imported.emit(report)
        else:
            self.message.show_message(texts.IMPORT_NOTHING_TO_DO, "hint")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, importer.ImportCancelled):
            self.message.show_message(
                texts.IMPORT_CANCELLED if self._real else texts.IMPORT_CHECK_CANCELLED, "hint"
            )
        elif isinstance(exc, WorkflowError):
            self.message.show_message(i18n.refusal(exc, with_rule=False))
            if exc.field == "file":
                self.table, self.report = None, None
        elif isinstance(exc, DATABASE_ERRORS):
            self.message.show_message(
                texts.IMPORT_DATABASE_TROUBLE.format(detail=type(exc).__name__)
            )
        else:
            self.message.show_message(
                texts.IMPORT_DATABASE_TROUBLE.format(detail=isolate(f"{type(exc).__name__}: {exc}"))
            )
        self.progress.hide()

    def _job_finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self.status.clear()
        if self.progress.maximum() == 0:
            self.progress.hide()
        self._show_buttons()
        if self._close_when_done:
            super().reject()

    # --- what is shown ------------------------------------------------------------------------

    def show_report(self, report: importer.ImportReport) -> None:
        self.stack.setCurrentIndex(REVIEW)
        self.summary.setText(report.summary())
        counts = report.counts()
        for key, label in self.count_labels.items():
            label.setText(
                texts.IMPORT_COUNT.format(
                    name=texts.IMPORT_COUNTS[key], count=local.number(counts[key])
                )
            )
        issues = sorted([*report.errors, *report.duplicates], key=lambda i: (i.row, i.kind))
        self.issues.set_rows(
            [
                (
                    f"{issue.row}:{n}",
                    (
                        local.digits(issue.row),
                        texts.IMPORT_ISSUE_KINDS.get(issue.kind, issue.kind),
                        i18n.field_name(issue.field) if issue.field else texts.NONE,
                        issue.message,
                    ),
                )
                for n, issue in enumerate(issues)
            ]
        )
        for row, issue in enumerate(issues):
            self.issues.colours[(row, 1)] = EXPIRED if issue.kind == "error" else WARNING
            self.issues.tips[(row, 3)] = issue.message

    def shown_issues(self) -> list[tuple[str, ...]]:
        return list(self.issues.cells)

    def _show_buttons(self) -> None:
        running = self.running()
        allowed = not self.session.refusal("import_ngos")
        reviewing = self.stack.currentIndex() == REVIEW
        ready = self.path is not None and self.columns is not None and not self.missing()
        self.browse_button.setEnabled(not running)
        self.mapping_table.setEnabled(not running)
        self.update_box.setEnabled(not running)
        self.skip_box.setEnabled(not running)
        self.back_button.setVisible(reviewing)
        self.back_button.setEnabled(not running)
        self.check_button.setEnabled(allowed and ready and not running)
        self.import_button.setEnabled(allowed and not running and self.can_import())
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    # --- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing while a run is under way cancels it and closes when it has stopped."""
        if self.running():
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running():
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
