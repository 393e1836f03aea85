"""Settings, closed days (R-2.3): HQ declares a day closed (a closure besides Fridays and
Iran's official holidays) or open (a closed day the semansaras work), for every semansara or
one, with a reason, through the workflow's `declare_day`. The tab lists the declarations from
today on and the official holidays of the year ahead, which close the semansaras unless HQ
opens them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, local, texts
from app.ui.forms.base import MessageArea, mark_invalid
from app.ui.item_models import ListTableModel
from app.ui.reads import window
from app.ui.session import Session
from app.ui.widgets.jalali_date_edit import JalaliDateEdit
from app.ui.widgets.tables import fitted_table
from app.workflow.errors import WorkflowError

AHEAD_DAYS = 366  # the official holidays listed: a year from today


class ClosedDaysTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        explain = QLabel(texts.CLOSED_DAYS_EXPLAIN)
        explain.setWordWrap(True)
        explain.setObjectName("pageInfo")

        self.declared = ListTableModel(texts.CLOSED_DAYS_COLUMNS, self)
        self.declared.centred = frozenset({0, 1, 2})
        self.holidays = ListTableModel(texts.CLOSED_DAYS_HOLIDAY_COLUMNS, self)
        self.holidays.centred = frozenset({0, 1})
        lists = QTabWidget()
        lists.addTab(fitted_table(self.declared, "declaredDays"), texts.CLOSED_DAYS_DECLARED)
        lists.addTab(fitted_table(self.holidays, "officialHolidays"), texts.CLOSED_DAYS_OFFICIAL)

        self.date = JalaliDateEdit()
        self.date.setObjectName("field_date")
        self.kind = QComboBox()
        self.kind.setObjectName("field_kind")
        for kind in ("closed", "open"):
            self.kind.addItem(texts.CLOSED_DAYS_KINDS[kind], kind)
        self.semansara = QComboBox()
        self.semansara.setObjectName("field_semansara")
        self.reason = QLineEdit()
        self.reason.setObjectName("field_reason")
        self.reason.setPlaceholderText(texts.CLOSED_DAYS_REASON_HINT)
        self.save_button = QPushButton(texts.CLOSED_DAYS_SAVE)
        self.save_button.setObjectName("closedDaySave")
        self.save_button.clicked.connect(self.submit)
        self.message = MessageArea(self)
        self.fields: dict[str, QWidget] = {
            "date": self.date,
            "kind": self.kind,
            "semansara": self.semansara,
            "reason": self.reason,
        }

        form = QFormLayout()
        form.addRow(texts.CLOSED_DAYS_DATE, self.date)
        form.addRow(texts.CLOSED_DAYS_KIND, self.kind)
        form.addRow(texts.CLOSED_DAYS_SEMANSARA, self.semansara)
        form.addRow(texts.CLOSED_DAYS_REASON, self.reason)
        self.form = form
        entry = QHBoxLayout()
        entry.addLayout(form, 1)
        entry.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(lists, 1)
        layout.addLayout(entry)
        layout.addWidget(self.message)

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.session.today()
        self.declared.set_rows(
            [
                (
                    f"{position}",
                    (
                        local.date(row.day),
                        local.weekday_name(row.day),
                        texts.CLOSED_DAYS_KINDS.get(row.kind, row.kind),
                        row.semansara or texts.CLOSED_DAYS_EVERY,
                        row.reason,
                        row.declared_by,
                    ),
                )
                for position, row in enumerate(window.declarations(today))
            ]
        )
        self.holidays.set_rows(
            [
                (day.isoformat(), (local.date(day), local.weekday_name(day), name))
                for day, name in window.official_holidays(today, AHEAD_DAYS).items()
            ]
        )
        chosen = self.semansara.currentData()
        self.semansara.clear()
        self.semansara.addItem(texts.CLOSED_DAYS_EVERY, "")
        for code, name in window.semansara_choices():
            self.semansara.addItem(f"{name} ({code})", code)
        index = self.semansara.findData(chosen)
        self.semansara.setCurrentIndex(max(index, 0))
        refusal = self.session.refusal("declare_day")
        for widget in (*self.fields.values(), self.save_button):
            widget.setEnabled(not refusal)
        if refusal:
            self.message.show_message(refusal, "hint")

    # --- declaring -----------------------------------------------------------------------------

    def submit(self) -> bool:
        """`declare_day`; a refusal marks its field and says why."""
        for name, widget in self.fields.items():
            mark_invalid(self.form, widget, False, self._target(name))
        try:
            result = self.session.run(
                "declare_day",
                date=self.date.value(),
                kind=self.kind.currentData(),
                reason=self.reason.text(),
                semansara=self.semansara.currentData() or "",
            )
        except WorkflowError as err:
            self.message.show_message(i18n.refusal(err, with_rule=False), "error")
            field = self.fields.get(err.field or "")
            if field is not None:
                mark_invalid(self.form, field, True, self._target(err.field or ""))
                field.setFocus()
            return False
        day = self.date.date() or self.session.today()  # accepted: a real date
        self.message.show_message(
            texts.CLOSED_DAYS_SAVED.format(
                date=local.date(day), kind=texts.CLOSED_DAYS_KINDS[result["kind"]]
            ),
            "ok",
        )
        self.reason.clear()
        self.refresh()
        return True

    def _target(self, name: str) -> QWidget | None:
        return self.date.lineEdit() if name == "date" else None
