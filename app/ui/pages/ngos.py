"""The NGO register: a lazily loaded table, a search box, and the NGO form."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import queries, texts
from app.ui.forms.ngo_dialog import NgoDialog
from app.ui.item_models import NgoTableModel
from app.ui.pages.base import Page, heading
from app.ui.session import Session
from app.ui.widgets.tables import configure_table
from app.workflow import persian

SEARCH_DELAY_MS = 250


class NgoPage(Page):
    key = "ngos"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.dialog: NgoDialog | None = None
        self.model = NgoTableModel(session.today, self)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(texts.SEARCH_PLACEHOLDER)
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_search)

        self.new_button = QPushButton(texts.NGO_NEW)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(texts.NGO_EDIT)
        self.edit_button.clicked.connect(self.edit_selected)
        self.count = QLabel()
        self.count.setObjectName("rowCount")

        self.table = QTableView()
        self.table.setObjectName("ngoTable")
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)

        self.info = QLabel()
        self.info.setObjectName("pageInfo")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.PAGES[self.key]))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)

        session.changed.connect(self._changed)
        self.model.reload()
        self._size_columns()
        self._selection_changed()

    # --- page protocol -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()

    def activated(self) -> None:
        """Kept current by `Session.changed`; reloading here would lose the scroll position."""

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def new_item(self) -> NgoDialog:
        return self._open(NgoDialog(self.session, parent=self))

    # --- actions -------------------------------------------------------------------------------

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.search():
            self.model.set_search(self.search.text())

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).code if rows else None

    def edit_selected(self) -> NgoDialog | None:
        code = self.selected_code()
        ngo = queries.ngo_by_code(code) if code else None
        if ngo is None:
            self.info.setText(texts.NGO_SELECT_FIRST)
            return None
        return self._open(NgoDialog(self.session, ngo, parent=self))

    def _open(self, dialog: NgoDialog) -> NgoDialog:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- slots ---------------------------------------------------------------------------------

    def _saved(self, result: dict) -> None:
        code = result.get("code", "")
        if "state" in result:  # registered
            ngo = queries.ngo_by_code(code)
            self.info.setText(texts.NGO_SAVED.format(name=ngo.name if ngo else "", code=code))
        else:
            changed = result.get("changed")
            self.info.setText(
                texts.NGO_UPDATED.format(code=code) if changed else texts.NGO_UNCHANGED
            )

    def _changed(self, kind: str, ref: str) -> None:
        if kind == "ngo" and not self.model.refresh_code(ref):
            self.model.reload()

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _selection_changed(self, *_args: object) -> None:
        self.edit_button.setEnabled(self.selected_code() is not None)

    def _show_count(self, *_args: object) -> None:
        self.count.setText(
            texts.ROWS_SHOWN.format(
                shown=persian.format_number(self.model.rowCount()),
                total=persian.format_number(self.model.total()),
            )
        )

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
