"""What every page offers the main window: a title, and optionally search and "new"; and what
the pages that list records share (`ListPage`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import local, texts
from app.ui.item_models import ListTableModel
from app.ui.paged_model import PagedRowsModel
from app.ui.session import Session
from app.ui.widgets.list_export import add_export
from app.ui.widgets.sorting import sortable
from app.ui.widgets.tables import configure_table, select_row

if TYPE_CHECKING:
    from app.ui.forms.base import FormDialog

SEARCH_DELAY_MS = 250  # the search runs once typing pauses this long, not at every key


class Page(QWidget):
    """A page of the main window. Pages refresh themselves from `Session.changed`."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"page_{self.key}")

    def refresh(self) -> None:
        """Re-read what the page shows."""

    def activated(self) -> None:
        """The page was brought to the front: show what others may have changed meanwhile."""
        self.refresh()

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box (Ctrl+F); False when it has none."""
        return False

    def new_item(self) -> QDialog | None:
        """Open the page's "new" form (Ctrl+N); None when the page has none."""
        return None


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label


class ListPage(Page):
    """A page listing records in a table (`self.model`, keyed by each record's ref), with the
    selected record's detail (`self.detail`) below it. The parts are built by the subclass, in
    its own order and with its own filters beside them:

    * `_search_box`: the search box, applied once typing pauses (or at Enter);
    * `_list_table`: the table, its selection showing the detail (`show_detail`);
    * `_row_count`: «n of m rows», kept current as the model reloads and reads more;
    * `_table_and_detail` and `_lay_out`: the splitter, under the title and the bar.

    Then `select` and `selected_ref` work by ref, and `_reload_keeping_selection` reads the list
    again with the same record selected.
    """

    model: PagedRowsModel | ListTableModel
    detail: QWidget
    table: QTableView
    search: QLineEdit | None = None
    dialog: QDialog | None = None

    def show_detail(self, ref: str | None) -> None:
        """Show record `ref` (None: no record) in the detail."""
        raise NotImplementedError

    # --- building ------------------------------------------------------------------------------

    def _search_box(self, placeholder: str, apply: Callable[[], None]) -> QLineEdit:
        search = self.search = QLineEdit()
        search.setObjectName("search")
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(apply)
        search.textChanged.connect(self._search_timer.start)
        search.returnPressed.connect(apply)
        return search

    def _list_table(self, name: str) -> QTableView:
        table = self.table = QTableView()
        table.setObjectName(name)
        configure_table(table)
        table.setModel(self.model)
        sortable(table, name, self._username, self.session.user_changed)
        add_export(table, texts.PAGES[self.key], self._made)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _username(self) -> str:
        return self.session.user.username if self.session.user else ""

    def _made(self) -> tuple[dt.datetime, str]:
        user = self.session.user
        return self.session.clock.now(), (user.full_name or user.username) if user else ""

    def _row_count(self) -> QLabel:
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        return self.count

    def _table_and_detail(
        self, stretch: tuple[int, int], sizes: list[int] | None = None, collapsible: bool = True
    ) -> QSplitter:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, stretch[0])
        split.setStretchFactor(1, stretch[1])
        if sizes:
            split.setSizes(sizes)
        split.setChildrenCollapsible(collapsible)
        return split

    def _lay_out(self, bar: QHBoxLayout, split: QSplitter, *below: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(texts.PAGES[self.key]))
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        for widget in below:
            layout.addWidget(widget)

    def _size_columns(self, stretch: int) -> None:
        """Each column as wide as its content; column `stretch` takes the room left."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    # --- page protocol -------------------------------------------------------------------------

    def focus_search(self) -> bool:
        if self.search is None:
            return False
        self.search.setFocus()
        self.search.selectAll()
        return True

    # --- selecting -----------------------------------------------------------------------------

    def selected_ref(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def select(self, ref: str | None) -> bool:
        """Select record `ref`; with none given, the first row, so that its detail shows. False,
        with the selection cleared and no detail, when `ref` is not in the list."""
        if ref is None and self.model.rowCount():
            ref = self.model.key_at(0)
        row = self._find_row(ref) if ref else None
        if row is None:
            self.table.clearSelection()
            self.show_detail(None)
            return False
        moved = ref != self.selected_ref()
        select_row(self.table, row)
        if not moved:  # the selection stays, so `_selection_changed` will not show it again
            self.show_detail(ref)
        return True

    def _find_row(self, ref: str) -> int | None:
        """The row of `ref`, reading on through the pages of the list until it is found."""
        row = self.model.row_of(ref)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(ref)
        return row

    def _open_form(self, dialog: FormDialog) -> FormDialog:
        """Open a record's form, kept in `self.dialog`; `_saved` hears what it saved."""
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, result: dict) -> None:
        """A form opened by `_open_form` saved `result`."""

    def _reload_keeping_selection(self) -> None:
        selected = self.selected_ref()
        self.model.reload()
        self.select(selected)

    # --- slots ---------------------------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        self.show_detail(self.selected_ref())

    def _show_count(self, *_args: object) -> None:
        self.count.setText(
            texts.ROWS_SHOWN.format(
                shown=local.number(self.model.rowCount()),
                total=local.number(self.model.total()),
            )
        )
