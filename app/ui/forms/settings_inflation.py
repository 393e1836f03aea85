"""Settings, the inflation table (R-6.2): each Jalali year's rate, and the promissory-note amount
due for a contract signed in that year, as the workflow computes it (`amount_due`).

Entering a rate («ثبت نرخ», `set_inflation`) is the finance deputy's action: the settings page
shows this tab to the finance deputy as well as to the administrator; for anyone else the form
is disabled and says who may enter rates (the workflow's own refusal).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import MessageArea, mark_invalid
from app.ui.item_models import WARNING, ListTableModel
from app.ui.reads import accounts, settings
from app.ui.session import Session
from app.ui.widgets.fields import align_leading, number_spin, without_arrows
from app.ui.widgets.tables import fitted_table, select_row
from app.workflow import jalali
from app.workflow.errors import WorkflowError
from app.workflow.lifecycle import DATABASE_ERRORS

COLUMN_AMOUNT = 2


def percent_text(rate: Decimal | None) -> str:
    """0.355 → ۳۵٫۵٪ (the Persian decimal separator)."""
    if rate is None:
        return texts.INFLATION_NOT_ENTERED
    return local.percent(format((rate * 100).normalize(), "f"))


class InflationTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[settings.InflationRow] = []

        self.current = QLabel()
        self.current.setObjectName("detailTitle")
        self.current.setWordWrap(True)
        self.model = ListTableModel(texts.INFLATION_COLUMNS, self)
        self.model.centred = frozenset({0, 1, 2})
        self.table = fitted_table(self.model, "inflationTable")
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.year = number_spin(1300, 1600)
        self.year.setObjectName("field_year")
        self.rate = QDoubleSpinBox()
        self.rate.setObjectName("field_rate")
        self.rate.setDecimals(2)
        self.rate.setRange(-99.99, 9999.99)
        self.rate.setSuffix(local.percent_sign())
        without_arrows(self.rate)
        align_leading(self.rate)
        self.save_button = QPushButton(texts.INFLATION_SAVE)
        self.save_button.setObjectName("inflationSave")
        self.save_button.clicked.connect(self.submit)
        self.message = MessageArea(self)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {"year": self.year, "rate": self.rate}

        form = QFormLayout()
        form.addRow(texts.INFLATION_YEAR, self.year)
        form.addRow(texts.INFLATION_RATE, self.rate)
        self.form = form
        entry = QHBoxLayout()
        entry.addLayout(form)
        entry.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        entry.addStretch(1)
        explain = QLabel(texts.INFLATION_EXPLAIN)
        explain.setWordWrap(True)
        explain.setObjectName("pageInfo")

        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addWidget(self.message)

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.session.today()
        this_year = jalali.jalali_year(today)
        self.rows = settings.inflation_rows(today)
        names = accounts.full_names()
        self.model.set_rows(
            [
                (
                    str(row.year),
                    (
                        local.digits(row.year),
                        percent_text(row.rate),
                        local.rials(row.amount_due),
                        names.get(row.entered_by, row.entered_by) or texts.NONE,
                    ),
                )
                for row in self.rows
            ]
        )
        for position, row in enumerate(self.rows):
            if row.missing:
                cell = (position, COLUMN_AMOUNT)
                self.model.colours[cell] = WARNING
                self.model.tips[cell] = texts.INFLATION_MISSING.format(
                    years="، ".join(local.digits(y) for y in row.missing)
                )
        now = next((row for row in self.rows if row.year == this_year), None)
        if now is not None:
            self.current.setText(
                texts.INFLATION_CURRENT.format(
                    year=local.digits(this_year),
                    amount=local.rials(now.amount_due),
                )
            )
        refusal = self.session.refusal("set_inflation")
        for widget in (self.year, self.rate, self.save_button):
            widget.setEnabled(not refusal)
        if refusal:
            self.message.show_message(texts.INFLATION_NOT_YOURS.format(message=refusal), "hint")
        elif self.message.kind() == "hint":
            self.message.clear_message()
        if not self.year.hasFocus():
            self.year.setValue(self._year_to_enter(this_year))

    def _year_to_enter(self, this_year: int) -> int:
        """The first year before this one without a rate, else last year."""
        for row in self.rows:
            if row.rate is None and row.year < this_year:
                return row.year
        return this_year - 1

    def select(self, year: int) -> None:
        if str(year) in self.model.keys:
            select_row(self.table, self.model.keys.index(str(year)))

    def amount_shown(self, year: int) -> str:
        key = str(year)
        return self.model.cells[self.model.keys.index(key)][COLUMN_AMOUNT]

    def _selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.year.isEnabled():
            return
        row = self.rows[rows[0].row()]
        self.year.setValue(row.year)
        if row.rate is not None:
            self.rate.setValue(float(row.rate * 100))

    # --- entering a rate -----------------------------------------------------------------------

    def submit(self) -> bool:
        """`set_inflation` with the rate as a fraction; a refusal marks its field."""
        self._clear_marks()
        percent = Decimal(str(round(self.rate.value(), 2)))
        year = self.year.value()
        try:
            result = self.session.run("set_inflation", year=year, rate=str(percent / 100))
        except WorkflowError as err:
            self.message.show_message(i18n.refusal(err, with_rule=False), "error")
            field = self.fields.get(err.field or "")
            if field is not None:
                self._mark(field, True)
                field.setFocus()
            return False
        except DATABASE_ERRORS as exc:
            self.message.show_message(texts.DATABASE_TROUBLE.format(detail=type(exc).__name__))
            return False
        self.refresh()
        self.select(year)
        self.message.show_message(
            texts.INFLATION_SAVED.format(
                year=local.digits(year),
                rate=percent_text(percent / 100),
                amount=local.rials(result["amount_due"]),
            ),
            "ok",
        )
        return True

    def _mark(self, field: QWidget, on: bool) -> None:
        mark_invalid(self.form, field, on)

    def _clear_marks(self) -> None:
        for field in self.fields.values():
            if field.property("invalid"):
                self._mark(field, False)
        self.message.clear_message()
