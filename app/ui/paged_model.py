"""A long list read page by page as the view scrolls: the one table model behind the NGO,
request, contract and note lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.widgets.sorting import SORT_ROLE, SortedRows

Index = QModelIndex | QPersistentModelIndex


class PagedRowsModel(SortedRows, QAbstractTableModel):
    """Rows read `PAGE` at a time as the view scrolls (`canFetchMore`/`fetchMore`, keyset
    paging on the row's `id`): a count and the first page at `reload`, then a page more at a
    time; never a widget per row. Each row is formatted once, when it is read. Sorted by a
    column (`SortedRows`), it reads all its rows first.

    A subclass says how to count, read and show its rows: `count_rows`, `read_page`,
    `read_one`, `key_of`, `format_row`, and optionally `style` (colours, tooltips).
    """

    PAGE = 200
    COLUMNS: Sequence[str] = ()
    CENTRED: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._shown: list[tuple[str, ...]] = []
        self._total = 0
        self._generation = 0  # reloads so far
        self._fetching = False

    # --- what subclasses say -------------------------------------------------------------------

    def count_rows(self) -> int:
        """How many rows match (loaded or not)."""
        raise NotImplementedError

    def read_page(self, last_id: int | None) -> list[Any]:
        """The next `PAGE` rows after the row whose id is `last_id` (None: the first page)."""
        raise NotImplementedError

    def read_one(self, key: str) -> Any:
        """One row read again, or None when it is gone."""
        raise NotImplementedError

    def key_of(self, row: Any) -> str:
        raise NotImplementedError

    def format_row(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def style(self, row: Any, column: int, role: int) -> Any:
        """What a cell shows besides its text and alignment (colours, tooltips)."""
        return None

    # --- loading -------------------------------------------------------------------------------
    # The reads wait on the database thread, and the window paints meanwhile (and may reload):
    # every read is made before the model changes, and one overtaken by a newer reload is
    # dropped (`_generation`), so that the view never sees a half-read model.

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        total = self.count_rows()
        rows = self.read_page(None)
        if self.sorted_by is not None:
            rows = self._read_rest(rows, total, generation)
        if generation != self._generation:
            return  # a newer reload, made while this one read, has shown its rows
        self.beginResetModel()
        self._rows, self._shown, self._total = [], [], total
        self._append(rows)
        if len(rows) < total and self.sorted_by is not None:
            self._total = len(rows)  # rows went away since the count
        self.order_rows()
        self.endResetModel()

    def _read_rest(self, rows: list[Any], total: int, generation: int) -> list[Any]:
        rows = list(rows)
        while len(rows) < total and generation == self._generation:
            page = self.read_page(rows[-1].id if rows else None)
            if not page:
                break
            rows.extend(page)
        return rows

    # --- sorting (SortedRows) --------------------------------------------------------------------

    def source_count(self) -> int:
        return len(self._rows)

    def source_text(self, source: int, column: int) -> Any:
        return self._shown[source][column]

    def prepare_sort(self) -> None:
        while self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break

    def total(self) -> int:
        """How many rows match (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.canFetchMore() or self._fetching:
            return
        generation, last = self._generation, self._rows[-1].id if self._rows else None
        self._fetching = True
        try:
            page = self.read_page(last)
        finally:
            self._fetching = False
        if generation != self._generation or (self._rows[-1].id if self._rows else None) != last:
            return  # reloaded while it read: this page belongs to rows no longer shown
        if not page:  # rows went away since the count: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        if self._order is not None:  # read after a sort: shown after the sorted rows
            self._order.extend(range(first, len(self._rows)))
        self.endInsertRows()

    def _append(self, page: list[Any]) -> None:
        self._rows.extend(page)
        self._shown.extend(self.format_row(row) for row in page)

    def refresh_row(self, key: str) -> bool:
        """Re-read one row after a change; True when it was among the loaded rows."""
        if self.row_of(key) is None:
            return False
        fresh = self.read_one(key)
        position = self.row_of(key)  # again: the model may have changed while it read
        if fresh is None or position is None:
            return False
        source = self.source_row(position)
        self._rows[source] = fresh
        self._shown[source] = self.format_row(fresh)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.COLUMNS) - 1))
        return True

    # --- reading -------------------------------------------------------------------------------

    def row_of(self, key: str | None) -> int | None:
        """The position of the loaded row `key`; None when it is not loaded."""
        for source, row in enumerate(self._rows):
            if self.key_of(row) == key:
                return self.shown_row(source)
        return None

    def row_at(self, row: int) -> Any:
        return self._rows[self.source_row(row)]

    def key_at(self, row: int) -> str:
        return self.key_of(self.row_at(row))

    def keys(self) -> list[str]:
        """The loaded rows' keys, in the order shown."""
        return [self.key_at(row) for row in range(len(self._rows))]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self.source_row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[source][index.column()]
        if role == SORT_ROLE:
            return self.sort_value(source, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.CENTRED:
            return Qt.AlignmentFlag.AlignCenter
        return self.style(self._rows[source], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None
