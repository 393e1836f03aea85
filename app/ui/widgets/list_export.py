"""«Export what is shown»: a list view's rows, in the order shown (its sort), as an Excel
workbook, through the reports' writer (`app.documents.excel`). A list read page by page is read
whole first: the workbook holds every row that matches the search, not only those scrolled to.
Numbers go in as numbers and Jalali dates as Latin text, as in the reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTableView

from app.ui import local, texts
from app.ui.widgets.sorting import DATE, EMPTY, NUMBER, sort_key

if TYPE_CHECKING:
    from app.workflow.reports import Report

_MARKS = str.maketrans({"\u2066": "", "\u2067": "", "\u2068": "", "\u2069": ""})


def _cell(text: object) -> object:
    kind, value = sort_key(text)
    if kind == EMPTY:
        return None
    if kind == NUMBER:
        return int(value) if float(value).is_integer() else value
    if kind == DATE:
        year, month, day, hour, minute = value
        day_text = f"{year:04d}/{month:02d}/{day:02d}"
        return f"{day_text} {hour:02d}:{minute:02d}" if hour or minute else day_text
    return str(text).translate(_MARKS)


def shown_table(view: QTableView) -> tuple[list[str], list[list[object]]]:
    """The column headings and the rows of `view`, in the order shown."""
    model = view.model()
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        if model.rowCount() == before:
            break
    columns = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
        if not view.isColumnHidden(c)
    ]
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    rows = [[_cell(model.index(r, c).data()) for c in shown] for r in range(model.rowCount())]
    return columns, rows


def shown_report(view: QTableView, title: str, made_at: dt.datetime, made_by: str) -> Report:
    from app.workflow.reports import INT, TEXT, Column, Report, Table  # on the first export

    columns, rows = shown_table(view)
    kinds = []
    for position in range(len(columns)):
        values = [row[position] for row in rows if row[position] is not None]
        numeric = values and all(isinstance(v, (int, float)) for v in values)
        kinds.append(INT if numeric else TEXT)
    table = Table(
        title,
        tuple(
            Column(f"c{i}", name, kind)
            for i, (name, kind) in enumerate(zip(columns, kinds, strict=True))
        ),
        tuple(tuple(row) for row in rows),
    )
    return Report(title, title, (table,), None, (), made_at, made_by)


def export_shown(
    view: QTableView, title: str, path: Path, made_at: dt.datetime, made_by: str
) -> tuple[Path, int]:
    """Write what `view` shows to `path` (.xlsx); the path written and the number of rows."""
    from app.documents.excel import write_xlsx  # openpyxl: only when asked

    report = shown_report(view, title, made_at, made_by)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    return write_xlsx(report, path), len(report.rows)


def add_export(
    view: QTableView, title: str, made: Callable[[], tuple[dt.datetime, str]]
) -> QAction:
    """«Export this list to Excel» in the list's context menu; `made()` gives when and by whom."""
    action = QAction(texts.LIST_EXPORT, view)
    action.setObjectName("exportShown")

    def export() -> None:
        suggested = str(Path.home() / f"{title}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            view, texts.LIST_EXPORT_TITLE, suggested, texts.REPORT_EXCEL_FILTER
        )
        if not chosen:
            return
        made_at, made_by = made()
        try:
            target, count = export_shown(view, title, Path(chosen), made_at, made_by)
            message = texts.LIST_SAVED.format(
                title=title, count=local.number(count), path=f"\u2066{target}\u2069"
            )
        except OSError as exc:
            message = texts.LIST_SAVE_FAILED.format(detail=exc.strerror or exc)
        window = view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message)

    action.triggered.connect(export)
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
