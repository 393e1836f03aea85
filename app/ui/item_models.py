"""Table models for the views. Everything shown is formatted here: Jalali dates and numbers in
Persian digits. Models read through `queries`; they never write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui import i18n, local, queries, texts

Index = QModelIndex | QPersistentModelIndex
WARNING = QColor("#b26a00")
EXPIRED = QColor("#c62828")

_ALIGN_NUMBER = Qt.AlignmentFlag.AlignCenter


def isolate(text: str) -> str:
    """Keep `text` in its own left-to-right run inside a Persian sentence. After Persian
    letters, bidi takes digits for Arabic numbers and splits them at a hyphen: «تلفن:
    ۰۲۱-۸۸۰۰۰۰۰۳» would show ۸۸۰۰۰۰۰۳-۰۲۱. (LRI … PDI, Unicode's directional isolate.)"""
    return f"\u2066{text}\u2069" if text else text


def digits(value: int | None) -> str:
    return texts.NONE if value is None else local.digits(value)


def number(value: int | None) -> str:
    return texts.NONE if value is None else local.number(value)


def jdate(value: dt.date | None) -> str:
    return local.date(value) if value else texts.NONE


class NgoTableModel(QAbstractTableModel):
    """The NGO register, read page by page as the view scrolls (`canFetchMore`/`fetchMore`):
    a count and the first page at start, then `PAGE` rows at a time, never a widget per row.
    Each row is formatted once when it is fetched."""

    PAGE = 200
    COLUMNS = i18n.Text("NGO_COLUMNS")  # read when shown: the language is set after import
    NUMERIC = frozenset({4, 5, 6, 7, 8})
    EXPIRES = 4

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._search = ""
        self._total = 0
        self._rows: list[queries.NgoListRow] = []
        self._shown: list[tuple[str, ...]] = []
        self._last_id = 0

    # --- loading -------------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self._search = text
        self.reload()

    def search(self) -> str:
        return self._search

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._shown, self._last_id = [], [], 0
        self._total = queries.ngo_count(self._search)
        self._fetch()
        self.endResetModel()

    def total(self) -> int:
        """How many NGOs match the search (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.canFetchMore():
            return
        page = queries.ngo_page(self._search, self._last_id, self.PAGE)
        if not page:  # rows went away since the count: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def _fetch(self) -> None:
        self._append(queries.ngo_page(self._search, self._last_id, self.PAGE))

    def _append(self, page: list[queries.NgoListRow]) -> None:
        self._rows.extend(page)
        self._shown.extend(self._format(row) for row in page)
        if page:
            self._last_id = page[-1].id

    @staticmethod
    def _format(row: queries.NgoListRow) -> tuple[str, ...]:
        return (
            row.code,
            row.name,
            row.licence_issuer,
            local.digits(row.licence_no),
            jdate(row.licence_expires),
            jdate(row.founded),
            number(row.members),
            digits(row.level),
            digits(row.district),
        )

    def refresh_code(self, code: str) -> bool:
        """Re-read one NGO after an edit; True when it was among the loaded rows."""
        for position, row in enumerate(self._rows):
            if row.code == code:
                fresh = queries.ngo_list_row(code)
                if fresh is None:
                    return False
                self._rows[position] = fresh
                self._shown[position] = self._format(fresh)
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(self.COLUMNS) - 1)
                )
                return True
        return False

    # --- reading -------------------------------------------------------------------------------

    def row_at(self, row: int) -> queries.NgoListRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return _ALIGN_NUMBER
        if index.column() == self.EXPIRES and self._expired(index.row()):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(EXPIRED)
            if role == Qt.ItemDataRole.ToolTipRole:
                return texts.NGO_EXPIRED_TIP
        return None

    def _expired(self, row: int) -> bool:
        """R-1.1: the licence ran out (shown in red; the rule itself is the workflow's)."""
        return self._rows[row].licence_expires < self._today()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class ListTableModel(QAbstractTableModel):
    """A small, fully loaded table: rows of already formatted cells, with optional tooltips
    and colours per cell."""

    def __init__(self, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.keys: list[str] = []
        self.cells: list[tuple[str, ...]] = []
        self.tips: dict[tuple[int, int], str] = {}
        self.colours: dict[tuple[int, int], QColor] = {}
        self.centred: frozenset[int] = frozenset()

    def set_rows(self, rows: list[tuple[str, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self.keys = [key for key, _ in rows]
        self.cells = [cells for _, cells in rows]
        self.tips, self.colours = {}, {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(cell)
        if role == Qt.ItemDataRole.ForegroundRole and cell in self.colours:
            return QBrush(self.colours[cell])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.centred:
            return _ALIGN_NUMBER
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


def staff_shortfall_text(short: dict[str, int]) -> str:
    """«کمبود کارکنان: ۱ نفر اداری (R-7.1)», or "" when the semansara has its staff."""
    if not short:
        return ""
    items = "، ".join(
        texts.STAFF_SHORT_ITEM.format(count=digits(count), kind=i18n.staff_kind(kind))
        for kind, count in short.items()
    )
    return texts.STAFF_SHORT_TIP.format(items=items)


class SemansaraTableModel(ListTableModel):
    """The semansaras with their capacity, free places and staff warning (R-7.1)."""

    STAFF_COLUMN = 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(texts.SEMANSARA_COLUMNS, parent)
        self.centred = frozenset(range(2, 11))

    def load(self, rows: list[queries.SemansaraRow]) -> None:
        self.set_rows(
            [
                (
                    row.code,
                    (
                        row.code,
                        row.name,
                        digits(row.district),
                        digits(row.desks),
                        digits(row.meeting_rooms),
                        digits(row.workshop_rooms),
                        digits(row.halls),
                        digits(row.shelves),
                        digits(row.max_contracts),
                        digits(row.places.free),
                        texts.STAFF_SHORT if row.staff_short else texts.STAFF_OK,
                    ),
                )
                for row in rows
            ]
        )
        for position, row in enumerate(rows):
            if row.staff_short:
                cell = (position, self.STAFF_COLUMN)
                self.tips[cell] = staff_shortfall_text(row.staff_short)
                self.colours[cell] = WARNING
