"""Lists sort by clicking a column header, by value, and remember their sort per user.

A list model sorts itself (`SortedRows`): an order over its rows, kept apart from the rows so
that what the model keeps per row position (tooltips, colours) stays true. A cell's value for
sorting is the model's `Qt.UserRole` (`SORT_ROLE`); by default it is read back from the text
shown (`sort_key`): a Jalali date by its date, a number by its value, a name by the Persian
alphabet (Python's code point order puts پ چ ژ گ after ی), an empty cell last. A list read page
by page (`PagedRowsModel`) reads all its rows before it sorts, since the order of the rows not
yet read is not known.

`sortable(view, name, username)` turns sorting on for a view whose model is a `SortedRows`,
and keeps its sort for that user (`views.ini` beside the settings, QSettings).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QTableView

from app import config

SORT_ROLE = Qt.ItemDataRole.UserRole
ASCENDING = Qt.SortOrder.AscendingOrder

# The Persian alphabet, in order; the Arabic forms read as their Persian letters.
ALPHABET = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
_SAME = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ی",
        "ۀ": "ه",
    }
)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_NUMBER = re.compile(r"[-−]?\d+(?:[٫.]\d+)?[%٪]?")
_GROUPS = str.maketrans({"٬": "", ",": "", "\u2066": "", "\u2069": ""})
_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?")
_EMPTY = {"", "—", "-"}

# kinds of value, in the order they sort: numbers, dates, words, nothing
NUMBER, DATE, WORDS, EMPTY = range(4)


def persian_key(text: str) -> tuple[tuple[int, int], ...]:
    """`text` for sorting by the Persian alphabet: Latin letters and digits before Persian
    letters, case and diacritics ignored, the zero-width non-joiner read as nothing."""
    text = unicodedata.normalize("NFC", text.translate(_SAME)).replace("\u200c", "")
    key = []
    for char in text.casefold():
        if char in _RANK:
            key.append((2, _RANK[char]))
        elif unicodedata.category(char) == "Mn":  # a diacritic: no weight of its own
            continue
        elif char.isspace():
            key.append((0, 0))
        else:
            key.append((1, ord(char.translate(_DIGITS))))
    return tuple(key)


def sort_key(text: Any) -> tuple[int, Any]:
    """What a cell's shown text sorts by: (kind, value), kinds in the order numbers, dates,
    words, empty (so that a column mixing them never compares unlike values)."""
    if text is None:
        return (EMPTY, 0)
    if isinstance(text, (int, float)):
        return (NUMBER, text)
    plain = str(text).translate(_GROUPS).strip()
    if plain in _EMPTY:
        return (EMPTY, 0)
    latin = plain.translate(_DIGITS)
    date = _DATE.fullmatch(latin)
    if date:
        return (DATE, tuple(int(part or 0) for part in date.groups()))
    number = _NUMBER.fullmatch(latin.replace("−", "-"))
    if number:
        return (NUMBER, float(latin.replace("٫", ".").replace("−", "-").rstrip("%٪")))
    return (WORDS, persian_key(plain))


class SortedRows:
    """A table model's own sort (mixed into a `QAbstractTableModel`): `_order` maps a shown row
    to the model's own row; None while unsorted. The model says how many rows it has
    (`source_count`) and what a cell sorts by (`sort_value`, by default its text); a model that
    reads rows lazily reads them all in `prepare_sort`."""

    _order: list[int] | None = None
    sorted_by: tuple[int, Qt.SortOrder] | None = None

    # --- what the model says -------------------------------------------------------------------

    def source_count(self) -> int:
        raise NotImplementedError

    def source_text(self, source: int, column: int) -> Any:
        raise NotImplementedError

    def sort_value(self, source: int, column: int) -> Any:
        return sort_key(self.source_text(source, column))

    def prepare_sort(self) -> None:
        """Before sorting: a model that has not read all its rows reads them."""

    # --- mapping -------------------------------------------------------------------------------

    def source_row(self, row: int) -> int:
        return row if self._order is None else self._order[row]

    def shown_row(self, source: int) -> int:
        return source if self._order is None else self._order.index(source)

    # --- sorting -------------------------------------------------------------------------------

    def order_rows(self) -> None:
        """Compute the order for `sorted_by` (call inside a reset, or through `sort`)."""
        if self.sorted_by is None:
            self._order = None
            return
        column, order = self.sorted_by
        values = [self.sort_value(source, column) for source in range(self.source_count())]
        self._order = sorted(
            range(len(values)),
            key=values.__getitem__,
            reverse=order != ASCENDING,
        )

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        model: QAbstractItemModel = self  # type: ignore[assignment]
        self.sorted_by = None if column < 0 else (column, order)
        if self.sorted_by is not None:
            self.prepare_sort()
        model.layoutAboutToBeChanged.emit()
        before = model.persistentIndexList()
        sources = [self.source_row(index.row()) for index in before]
        self.order_rows()
        after = [
            model.index(self.shown_row(source), index.column())
            for source, index in zip(sources, before, strict=True)
        ]
        model.changePersistentIndexList(before, after)
        model.layoutChanged.emit()


# --- the views ---------------------------------------------------------------------------------


def views_settings() -> QSettings:
    """Where views keep what a person chose for them: beside the settings file."""
    path = config.settings_path().with_name("views.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)


def _setting_key(username: str, name: str) -> str:
    return f"sort/{username or '-'}/{name}"


def saved_sort(username: str, name: str) -> tuple[int, Qt.SortOrder] | None:
    value = views_settings().value(_setting_key(username, name))
    try:
        column, order = (int(part) for part in str(value).split(","))
    except ValueError:
        return None
    return column, Qt.SortOrder(order)


def save_sort(username: str, name: str, column: int, order: Qt.SortOrder) -> None:
    settings = views_settings()
    key = _setting_key(username, name)
    if column < 0:
        settings.remove(key)
    else:
        settings.setValue(key, f"{column},{order.value}")
    settings.sync()


def sortable(
    view: QTableView,
    name: str = "",
    username: Callable[[], str] | None = None,
    user_changed: SignalInstance | None = None,
) -> bool:
    """Sort `view` by clicking its column headers (ascending, descending, the list's own order)
    when its model sorts itself; with `name` and `username`, the sort is kept for that user
    and restored here and whenever `user_changed` says another person signed in. False when
    the model cannot sort."""
    model = view.model()
    if not isinstance(model, SortedRows):
        return False
    header = view.horizontalHeader()
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, ASCENDING)
    view.setSortingEnabled(True)
    if not name or username is None:
        return True
    memory = SortMemory(view, name, username)
    memory.restore()
    header.sortIndicatorChanged.connect(memory.remember)
    if user_changed is not None:  # a slot of an object the view owns: gone with the view
        user_changed.connect(memory.restore)
    return True


class SortMemory(QObject):
    """Keeps `view`'s sort for the signed-in user, and restores it when another signs in."""

    def __init__(self, view: QTableView, name: str, username: Callable[[], str]) -> None:
        super().__init__(view)
        self.view, self.name, self.username = view, name, username

    @Slot()
    def restore(self) -> None:
        model = self.view.model()
        saved = saved_sort(self.username(), self.name)
        if saved is not None and 0 <= saved[0] < model.columnCount(QModelIndex()):
            self.view.sortByColumn(*saved)
        elif self.view.horizontalHeader().sortIndicatorSection() >= 0:
            self.view.sortByColumn(-1, ASCENDING)

    @Slot(int, Qt.SortOrder)
    def remember(self, column: int, order: Qt.SortOrder) -> None:
        save_sort(self.username(), self.name, column, order)
