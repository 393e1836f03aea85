"""Reports: the five reports of `app.workflow.reports`, each as a chart (QtCharts) over
its tables, with the filters it reads, «خروجی اکسل» and «چاپ/PDF».

The page reads nothing until it is first shown; after that a report is made again when its
filters change, when another one is chosen, or when the page is shown again. The workflow makes
the report (and refuses what the role may not see: a semansara manager sees only their own
semansara); this page only shows it. Numbers and dates go through `app.ui.local`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.pages.base import Page, heading
from app.ui.reads import reports, semansaras
from app.ui.session import Session
from app.ui.widgets.tables import configure_table
from app.workflow import jalali
from app.workflow.errors import WorkflowError
from app.workflow.reports import DATE, DAYS, HOURS, INT, PERCENT, RIALS, YEAR, Report, Table
from app.workflow.roles import SEMANSARA_MANAGER

PALETTE = ("#1f5f8b", "#e08a1e", "#4c9a5b", "#a23b3b", "#7a5aa6")
LATIN_CODE = re.compile(r"[A-Za-z][A-Za-z0-9/_.-]*")
NUMERIC = frozenset({INT, YEAR, HOURS, DAYS, PERCENT, RIALS})


# Where a report's Persian words come from, for the English interface: the report's own
# headings, then the workflow's names of room types, states, months and roles.
LABEL_CONTEXTS = (
    "reports.labels",
    "policy.SERVICE_NAMES",
    "machines.states",
    "jalali.MONTH_NAMES",
    "roles.ROLE_NAMES",
)


def label(text: str) -> str:
    """A heading, title or name of a report in the interface language (data stays as it is)."""
    if not i18n.is_english():
        return text
    for context in LABEL_CONTEXTS:
        translated = i18n.label(context, text)
        if translated != text:
            return translated
    return text


def shown(value: Any, kind: str) -> str:
    """A report value as the window shows it (the interface's digits)."""
    if value is None or value == "":
        return texts.NONE
    if kind != YEAR and isinstance(value, int | float) and value < 0:
        return f"\u2066-{shown(-value, kind)}\u2069"  # «-۲۷», its minus at the left
    if kind in (INT, RIALS) and isinstance(value, int | float):
        return local.number(round(value))
    if kind in (HOURS, DAYS) and isinstance(value, int | float):
        tenths = round(abs(value) * 10)
        sign = "-" if value < 0 and tenths else ""
        text = sign + local.number(tenths // 10)
        return text + local.decimal(f".{tenths % 10}") if tenths % 10 else text
    if kind == PERCENT and isinstance(value, int | float):
        return local.percent(f"{100 * value:.1f}".removesuffix(".0"))
    if kind == DATE and isinstance(value, dt.date):
        return local.date(value)
    text = str(value)
    if LATIN_CODE.fullmatch(text):  # a code or reference (C-000053): its own left-to-right run
        return f"\u2066{local.digits(text)}\u2069"
    return local.digits(label(text))


def fitting_labels(labels: list[str], metrics: QFontMetrics, width: float) -> list[str]:
    """Labels that share their first words («سمن‌سرای منطقهٔ ۱»، «سمن‌سرای منطقهٔ ۲») lose them
    when the labels do not fit under their bars (Qt would cut every one to «سمن‌سرای م…»)."""
    if max(metrics.horizontalAdvance(t) for t in labels) <= width or len(labels) < 2:
        return labels
    words = [t.split() for t in labels]
    common = 0
    if all(len(w) > 2 for w in words) and len({w[0] for w in words}) == 1:
        common = 1  # one word only: «منطقهٔ ۱۸», not a bare «۱۸»
    return [" ".join(w[common:]) for w in words]


def nice_step(top: float) -> float:
    """A tick interval of 1, 2 or 5 × 10ⁿ (at least 1) that gives about five ticks up to
    `top`: a count is never labelled with a fraction."""
    if top <= 5:
        return 1
    magnitude = 10 ** math.floor(math.log10(top / 5))
    for factor in (1, 2, 5, 10):
        if top / (factor * magnitude) <= 6:
            return factor * magnitude
    return 10 * magnitude


def sort_key(value: Any, kind: str) -> Any:
    """What a column sorts by: numbers as numbers (an empty cell first), dates by day."""
    if kind in NUMERIC:
        return float(value) if isinstance(value, int | float) else -math.inf
    if kind == DATE:
        return value.toordinal() if isinstance(value, dt.date) else -1
    return "" if value is None else str(value)


class ReportTableModel(QAbstractTableModel):
    """One table of a report: read-only, numbers centred, sortable by the typed values."""

    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.table.columns[index.column()]
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value, column.kind)
        if role == Qt.ItemDataRole.UserRole:
            return sort_key(value, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMERIC or column.kind == DATE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(self.table.columns[section].title)
        return None


class ReportsPage(Page):
    """The five reports, their filters, a chart and the tables."""

    key = "reports"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.report: Report | None = None
        self.loaded = False
        self.saved_to: Path | None = None
        self.preview: QWidget | None = None

        self.list = QListWidget()
        self.list.setObjectName("reportList")
        for name, title in texts.REPORT_LIST.items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setMaximumWidth(240)
        self.list.currentRowChanged.connect(self._chosen)

        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(1390, 1500)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(jalali.jalali_year(session.today()))
        self.year.valueChanged.connect(self._filters_changed)
        self.semansara = QComboBox()
        self.semansara.setObjectName("reportSemansara")
        self.semansara.setMinimumContentsLength(18)
        self.semansara.currentIndexChanged.connect(self._filters_changed)
        self.days = QSpinBox()
        self.days.setObjectName("reportDays")
        self.days.setRange(0, 3650)
        self.days.setValue(60)
        self.days.valueChanged.connect(self._filters_changed)
        self.year_label = QLabel(texts.REPORT_YEAR)
        self.semansara_label = QLabel(texts.REPORT_SEMANSARA)
        self.days_label = QLabel(texts.REPORT_DAYS)

        self.show_button = QPushButton(texts.REPORT_SHOW)
        self.show_button.setObjectName("reportShow")
        self.show_button.clicked.connect(self.refresh)
        self.excel_button = QPushButton(texts.REPORT_EXCEL)
        self.excel_button.setObjectName("reportExcel")
        self.excel_button.clicked.connect(self.export_excel)
        self.pdf_button = QPushButton(texts.REPORT_PDF)
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.clicked.connect(self.print_pdf)

        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.made = QLabel()
        self.made.setObjectName("reportMade")

        self.chart = QChart()
        self.chart.setLocalizeNumbers(True)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTables")
        self.tables: list[QTableView] = []

        bar = QHBoxLayout()
        for widget in (
            self.year_label,
            self.year,
            self.semansara_label,
            self.semansara,
            self.days_label,
            self.days,
            self.show_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.pdf_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 460])
        self.split = split
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.message)
        right.addWidget(split, 1)
        right.addWidget(self.made)
        body = QHBoxLayout()
        body.addWidget(self.list)  # first in the row: at the right, right to left
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.PAGES[self.key]))
        layout.addLayout(body, 1)

        self.list.blockSignals(True)
        self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_filters()
        self._set_buttons()
        session.user_changed.connect(self._user_changed)

    # --- page protocol -------------------------------------------------------------------------

    def activated(self) -> None:
        if not self.loaded:
            self._fill_semansaras()
            self.loaded = True
        self.refresh()

    def refresh(self) -> None:
        """Make the chosen report again with the filters shown."""
        if not self.loaded:
            return
        user = self.session.user
        if user is None:
            self._show(None, texts.REPORT_NO_USER)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = reports.make(self.session.context(), self.report_name(), **self.filters())
        except WorkflowError as err:
            self._show(None, i18n.refusal(err))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(report, "")

    # --- what is asked -------------------------------------------------------------------------

    def report_name(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "occupancy"

    def choose(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
                return

    def filters(self) -> dict[str, Any]:
        return {
            "year": self.year.value(),
            "semansara": self.semansara.currentData() or "",
            "days": self.days.value(),
        }

    # --- exporting -----------------------------------------------------------------------------

    def export_excel(self) -> Path | None:
        """Ask where, then write the report shown as an Excel workbook."""
        if self.report is None:
            return None
        suggested = str(Path.home() / f"{self.report.name}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, texts.REPORT_EXCEL_TITLE, suggested, texts.REPORT_EXCEL_FILTER
        )
        if not path:
            return None
        from app.documents.excel import write_xlsx  # openpyxl: only when asked

        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            write_xlsx(self.report, target)
        except OSError as exc:
            self.message.setText(texts.REPORT_SAVE_FAILED.format(detail=exc.strerror or exc))
            return None
        self.saved_to = target
        self.message.setText(texts.REPORT_SAVED.format(path=f"\u2066{target}\u2069"))
        return target

    def print_pdf(self) -> QWidget | None:
        """The report as a PDF in the print preview (print or save it there)."""
        if self.report is None:
            return None
        from app.documents.report_pdf import render_report  # reportlab: only when asked
        from app.ui.print_preview import PrintPreviewDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = render_report(self.report)
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = PrintPreviewDialog(pdf, title=label(self.report.title), parent=self)
        dialog.setWindowTitle(label(self.report.title))
        dialog.show()
        self.preview = dialog
        return dialog

    # --- showing -------------------------------------------------------------------------------

    def _show(self, report: Report | None, message: str) -> None:
        self.report = report
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self._set_buttons()
        self._show_chart(report)
        self._show_tables(report)
        self.made.setText(
            texts.REPORT_MADE.format(at=local.datetime_text(report.made_at)) if report else ""
        )

    def _show_tables(self, report: Report | None) -> None:
        self.tabs.clear()
        self.tables = []
        for table in report.tables if report else ():
            view = QTableView()
            view.setObjectName(f"reportTable{len(self.tables)}")
            configure_table(view)
            proxy = QSortFilterProxyModel(view)
            proxy.setSourceModel(ReportTableModel(table, view))
            proxy.setSortRole(Qt.ItemDataRole.UserRole)
            view.setModel(proxy)
            view.setSortingEnabled(True)
            view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.resizeColumnsToContents()
            for column in range(len(table.columns)):  # room for the cell's own margins
                header.resizeSection(column, min(header.sectionSize(column) + 14, 420))
            header.setStretchLastSection(True)
            self.tables.append(view)
            count = texts.REPORT_ROWS.format(count=local.number(len(table.rows)))
            self.tabs.addTab(view, f"{label(table.title)} ({count})")

    def _show_chart(self, report: Report | None) -> None:
        # A new chart each time: axes taken off a QChart keep being drawn (PySide6 6.11).
        old = self.chart
        chart = self.chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_view.setChart(chart)
        old.deleteLater()
        spec = report.chart if report else None
        chart.setTitle(label(spec.title) if spec else "")
        if spec is None or not spec.categories or not spec.series:
            chart.setTitle(texts.REPORT_EMPTY_CHART if report else "")
            chart.legend().setVisible(False)
            return
        font = self.font()
        title_font = self.font()
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        series = QStackedBarSeries() if spec.stacked else QBarSeries()
        # Right to left: the first category at the right. (QBarCategoryAxis.setReverse does not
        # move the bars, so the categories and the values are given in reverse.)
        rtl = self.isRightToLeft()
        order = (lambda items: list(reversed(items))) if rtl else list
        # Side by side, Qt draws a group's sets (and lists their legend) in the order added,
        # from the left: right to left, the first set is added last. A stack stays as given.
        sets = list(enumerate(spec.series))
        if rtl and not spec.stacked:
            sets.reverse()
        for i, data in sets:
            bars = QBarSet(label(data.name))
            bars.append(order(data.values))
            bars.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bars.setBorderColor(QColor(PALETTE[i % len(PALETTE)]))
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # the plot is the view less its margins and the value axis
        slot = ((self.chart_view.width() or 800) - 150) / len(spec.categories) - 16
        names = [label(c) for c in order(spec.categories)]
        categories.append(fitting_labels(names, self.fontMetrics(), slot))
        categories.setLabelsFont(font)
        values = QValueAxis()
        values.setLabelsFont(font)
        values.setTitleText(label(spec.unit))
        values.setTitleFont(font)
        top = max(
            (sum(s.values[i] for s in spec.series) for i in range(len(spec.categories)))
            if spec.stacked
            else (v for s in spec.series for v in s.values),
            default=0,
        )
        step = nice_step(top)
        values.setRange(0, step * max(math.ceil(top / step), 1))
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setLabelFormat("%.0f")

        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        # the value axis where reading starts: at the right in Persian, at the left in English
        chart.addAxis(values, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        legend = chart.legend()
        legend.setVisible(len(spec.series) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Qt lists a stacked series' sets from the top of the stack: first set first, as read.
        legend.setReverseMarkers(spec.stacked)
        legend.setFont(font)

    # --- slots ---------------------------------------------------------------------------------

    def _chosen(self, _row: int) -> None:
        self._show_filters()
        self.refresh()

    def _filters_changed(self, *_args: object) -> None:
        self.refresh()

    def _show_filters(self) -> None:
        wanted = reports.REPORT_FILTERS.get(self.report_name(), ())
        for name, widgets in (
            ("year", (self.year_label, self.year)),
            ("semansara", (self.semansara_label, self.semansara)),
            ("days", (self.days_label, self.days)),
        ):
            for widget in widgets:
                widget.setVisible(name in wanted)

    def _fill_semansaras(self) -> None:
        """Every semansara; a manager's own only (the workflow refuses the others anyway)."""
        chosen = self.semansara.currentData()
        user = self.session.user
        self.semansara.blockSignals(True)
        self.semansara.clear()
        if user is not None and user.role == SEMANSARA_MANAGER:
            own = semansaras.own(user)
            if own is not None:
                self.semansara.addItem(own.name, own.code)
            self.semansara.setEnabled(False)
        else:
            self.semansara.addItem(texts.REPORT_ALL_SEMANSARAS, "")
            for code, name in semansaras.choices():
                self.semansara.addItem(name, code)
            self.semansara.setEnabled(True)
        index = self.semansara.findData(chosen) if chosen is not None else 0
        self.semansara.setCurrentIndex(max(index, 0))
        self.semansara.blockSignals(False)

    def _set_buttons(self) -> None:
        ready = self.report is not None
        self.excel_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _user_changed(self) -> None:
        if self.loaded:
            self._fill_semansaras()
            if self.isVisible():
                self.refresh()
