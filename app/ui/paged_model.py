"""A long list read page by page as the view scrolls: the one table model behind the NGO,
request, contract and note lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class PagedRowsModel(QAbstractTableModel):
    """Rows read `PAGE` at a time as the view scrolls (`canFetchMore`/`fetchMore`, keyset
    paging on the row's `id`): a count and the first page at `reload`, then a page more at a
    time; never a widget per row. Each row is formatted once, when it is read.

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

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._shown = [], []
        self._total = self.count_rows()
        self._append(self.read_page(None))
        self.endResetModel()

    def total(self) -> int:
        """How many rows match (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.canFetchMore():
            return
        page = self.read_page(self._rows[-1].id if self._rows else None)
        if not page:  # rows went away since the count: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def _append(self, page: list[Any]) -> None:
        self._rows.extend(page)
        self._shown.extend(self.format_row(row) for row in page)

    def refresh_row(self, key: str) -> bool:
        """Re-read one row after a change; True when it was among the loaded rows."""
        position = self.row_of(key)
        if position is None:
            return False
        fresh = self.read_one(key)
        if fresh is None:
            return False
        self._rows[position] = fresh
        self._shown[position] = self.format_row(fresh)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.COLUMNS) - 1))
        return True

    # --- reading -------------------------------------------------------------------------------

    def row_of(self, key: str | None) -> int | None:
        """The position of the loaded row `key`; None when it is not loaded."""
        for position, row in enumerate(self._rows):
            if self.key_of(row) == key:
                return position
        return None

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def key_at(self, row: int) -> str:
        return self.key_of(self._rows[row])

    def keys(self) -> list[str]:
        return [self.key_of(row) for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.CENTRED:
            return Qt.AlignmentFlag.AlignCenter
        return self.style(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None
