"""What every list view shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QLocale
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from app.ui import local
from app.ui.widgets.sorting import sortable


class DataDelegate(QStyledItemDelegate):
    """Draws each cell's text through `local.data_text`: Persian data keeps its own direction
    in an English table. The models' data stays as it is."""

    def displayText(self, value: Any, locale: QLocale) -> str:  # noqa: N802 (Qt's name)
        return local.data_text(super().displayText(value, locale))


def configure_table(view: QTableView) -> None:
    """Whole rows selected, one at a time; fixed row height; no row numbers; Persian data
    keeps its direction in English (`DataDelegate`)."""
    view.setItemDelegate(DataDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setHighlightSections(False)


def fitted_table(model: QAbstractItemModel, name: str, *, sort: bool = False) -> QTableView:
    """A list view of `model` whose columns fit their content, the last one taking the rest;
    sorted by clicking its headers with `sort` (its users then find rows by `key_at`/`row_of`,
    not by position)."""
    view = QTableView()
    view.setObjectName(name)
    configure_table(view)
    view.setModel(model)
    if sort:
        sortable(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def select_row(view: QTableView, row: int) -> None:
    """Select and make current `row`. Not `QTableView.selectRow`: right-to-left, it looks for
    the column at x = viewport width, one pixel past the last column when the columns fill
    the view, finds none and selects nothing (PySide6 6.12)."""
    index = view.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)
