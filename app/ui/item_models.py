"""Table models for the views. Everything shown is formatted here, by `app.ui.local`'s one rule:
Jalali dates and numbers in the interface's digits, identifiers (codes, licence numbers) in Latin. Models read through the workflow's read side (`app.ui.reads`: on the window's database thread); they never write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui import i18n, local, texts
from app.ui.paged_model import PagedRowsModel
from app.ui.reads import ngos, semansaras
from app.ui.widgets.sorting import SORT_ROLE, SortedRows

Index = QModelIndex | QPersistentModelIndex
WARNING = QColor("#b26a00")
EXPIRED = QColor("#c62828")

_ALIGN_NUMBER = Qt.AlignmentFlag.AlignCenter
# The roles `ListTableModel.data` answers, read once: Qt asks a dozen roles of every cell at
# every paint, and a lookup through `Qt.ItemDataRole` costs ten times a comparison.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


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


class NgoTableModel(PagedRowsModel):
    """The NGO register, oldest first, read page by page as the view scrolls (`PagedRowsModel`),
    matching the search; the licences that ran out in red."""

    COLUMNS = i18n.Text("NGO_COLUMNS")  # read when shown: the language is set after import
    CENTRED = frozenset({4, 5, 6, 7, 8})
    EXPIRES = 4

    def __init__(
        self, today: Callable[[], dt.date], parent: Any = None, *, who: Callable[[], Any]
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._who = who  # the signed-in user: a manager's register is their semansara's
        self._search = ""

    def set_search(self, text: str) -> None:
        self._search = text
        self.reload()

    def search(self) -> str:
        return self._search

    def count_rows(self) -> int:
        return ngos.count(self._search, who=self._who())

    def read_page(self, last_id: int | None) -> list[ngos.NgoListRow]:
        return ngos.page(self._search, last_id, self.PAGE, who=self._who())

    def read_one(self, key: str) -> ngos.NgoListRow | None:
        return ngos.list_row(key, who=self._who())

    def key_of(self, row: ngos.NgoListRow) -> str:
        return row.code

    def format_row(self, row: ngos.NgoListRow) -> tuple[str, ...]:
        return (
            row.code,
            row.name,
            row.licence_issuer,
            local.identifier(row.licence_no),
            jdate(row.licence_expires),
            jdate(row.founded),
            number(row.members),
            digits(row.level),
            digits(row.district),
        )

    def style(self, row: ngos.NgoListRow, column: int, role: int) -> Any:
        if column == self.EXPIRES and row.licence_expires < self._today():
            # the licence ran out (shown in red; the rule itself is the workflow's)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(EXPIRED)
            if role == Qt.ItemDataRole.ToolTipRole:
                return texts.NGO_EXPIRED_TIP
        return None


class ListTableModel(SortedRows, QAbstractTableModel):
    """A small, fully loaded table: rows of already formatted cells, with optional tooltips
    and colours per cell (kept by the row's position as given, whatever the sort)."""

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
        self.order_rows()
        self.endResetModel()

    def source_count(self) -> int:
        return len(self.cells)

    def source_text(self, source: int, column: int) -> Any:
        return self.cells[source][column]

    def key_at(self, row: int) -> str:
        return self.keys[self.source_row(row)]

    def row_of(self, key: str | None) -> int | None:
        return self.shown_row(self.keys.index(key)) if key in self.keys else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, SORT_ROLE, _TOOLTIP, _FOREGROUND, _ALIGNMENT):
            return None
        if not index.isValid():
            return None
        source = self.source_row(index.row())
        cell = (source, index.column())
        if role == _DISPLAY:
            return self.cells[source][index.column()]
        if role == SORT_ROLE:
            return self.sort_value(source, index.column())
        if role == _TOOLTIP:
            return self.tips.get(cell)
        if role == _FOREGROUND and cell in self.colours:
            return QBrush(self.colours[cell])
        if role == _ALIGNMENT and index.column() in self.centred:
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

    def load(self, rows: list[semansaras.SemansaraRow]) -> None:
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
