"""Registering a request (step الف, `submit_request`): the NGO picked from the register with a
search (a lazy table, fine for 10,000 NGOs), the semansara (each with its free places and queue,
the nearest with room chosen: `read.capacity`, again when another NGO is picked), the channel and
the services asked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, texts
from app.ui.forms.base import FormDialog
from app.ui.forms.semansara_choice import SemansaraChoice
from app.ui.item_models import NgoTableModel
from app.ui.reads import capacity
from app.ui.session import Session
from app.ui.widgets.tables import configure_table, select_row
from app.workflow import persian
from app.workflow.errors import INVALID_INPUT, WorkflowError
from app.workflow.policy import SERVICE_NAMES
from app.workflow.requests import CHANNELS

SEARCH_DELAY_MS = 250
# The NGO register's columns the picker keeps: code, name, licence expiry, level.
PICKER_COLUMNS = (0, 1, 4, 7)


class SearchEdit(QLineEdit):
    """A search box in a form: Enter searches, it does not press the form's Save."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class NgoPicker(QWidget):
    """A search box over a lazily loaded NGO table; one NGO chosen."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NgoTableModel(session.today, self, who=lambda: session.user)
        self.search = SearchEdit()
        self.search.setObjectName("ngoSearch")
        self.search.setPlaceholderText(texts.SEARCH_PLACEHOLDER)
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("ngoPickerTable")
        configure_table(self.table)
        self.table.setModel(self.model)
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in PICKER_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.model.reload()

    def apply_search(self) -> None:
        self._timer.stop()
        if self.search.text() != self.model.search():
            self.model.set_search(self.search.text())
            if self.model.rowCount() == 1:  # one match: take it
                select_row(self.table, 0)

    def selected_code(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).code if rows else ""

    def choose(self, code: str) -> bool:
        """Select the NGO `code`, typed with either digit set (searching for it); False when
        there is none."""
        self.search.setText(code)
        self.apply_search()
        wanted = persian.identifier(code)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).code == wanted:
                select_row(self.table, row)
                return True
        return False

    def setFocus(self) -> None:  # noqa: N802 - Qt naming
        self.search.setFocus()


class NewRequestDialog(FormDialog):
    action_name = "submit_request"
    #: refusals that name no field, put on the field they are about
    CODE_FIELDS = {"NOT_FOUND": "ngo", "DUPLICATE": "ngo", "OTHER_SEMANSARA": "semansara"}

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, texts.REQUEST_NEW_TITLE, parent)
        self.setMinimumWidth(620)
        self.picker = self.add_field("ngo", i18n.field_name("ngo"), NgoPicker(session))
        self.semansara = SemansaraChoice()
        self.add_field("semansara", i18n.field_name("semansara"), self.semansara)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("semansaraSuggestion")
        self.suggestion.setWordWrap(True)
        self.form.addRow(self.suggestion)
        self.show_choices()
        self.picker.table.selectionModel().selectionChanged.connect(self.show_choices)
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(i18n.channel_name(code), code)
        self.add_field("channel", i18n.field_name("channel"), self.channel)
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.services: dict[str, QCheckBox] = {}
        for number, code in enumerate(SERVICE_NAMES):
            check = QCheckBox(i18n.service_name(code))
            check.setObjectName(f"service_{code}")
            grid.addWidget(check, number // 2, number % 2)
            self.services[code] = check
        self.add_field("services", i18n.field_name("services"), box)
        self.hint = QLabel(texts.REQUEST_NEW_NOTE)
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(texts.RECORD)
        self.hint_role()
        self.picker.setFocus()

    def show_choices(self, *_: object) -> None:
        """Every semansara with its room for the NGO picked (none yet: for any), the
        suggestion chosen unless the user chose another."""
        ngo = self.picker.selected_code()
        self.semansara.show_choices(capacity.for_ngo(self.session.today(), ngo))
        self.suggestion.setText(
            texts.CHOICE_HINT if self.semansara.suggested() else texts.CHOICE_NONE_WITH_ROOM
        )

    def arguments(self) -> tuple[str, dict[str, Any]]:
        return "submit_request", {
            "ngo": self.picker.selected_code(),
            "semansara": self.semansara.currentData() or "",
            "channel": self.channel.currentData(),
            "services": [code for code, check in self.services.items() if check.isChecked()],
        }

    def submit(self) -> bool:
        """Say at once what is missing (an NGO, a semansara) before asking the workflow."""
        self.clear_errors()
        for name, chosen in (
            ("ngo", self.picker.selected_code()),
            ("semansara", self.semansara.currentData()),
        ):
            if not chosen:
                self.show_error(
                    WorkflowError(
                        INVALID_INPUT,
                        texts.REQUEST_CHOOSE_FIRST.format(field=i18n.field_name(name)),
                        field=name,
                    )
                )
                return False
        return super().submit()

    def show_error(self, err: WorkflowError) -> None:
        if not err.field and err.code in self.CODE_FIELDS:
            err = WorkflowError(err.code, err.message, err.rule, field=self.CODE_FIELDS[err.code])
        super().show_error(err)
