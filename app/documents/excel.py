"""Any `Report` as an Excel workbook (openpyxl).

Each table of the report is a sheet, right to left: the report's title, the filters and when it
was made at the top, then a bold, shaded header row that stays in view (frozen) and rows with an
auto-filter. Numbers stay numbers (counts and rials grouped by three, hours and days with one
decimal, rates as percentages), so that people can sum and sort them in Excel.

Dates: Excel knows only the Gregorian calendar, so a Jalali date is written as text, in Latin
digits and zero padded («1405/01/10»): it sorts and filters correctly as text, reads the same as
the numbers beside it (Excel shows numbers in the digits the computer is set to), and a formula
can still take it apart. The report's chart is drawn again as a native Excel chart on a sheet of
its own, from a small table of its series.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from os import PathLike
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.documents.document import write_file
from app.workflow import jalali
from app.workflow.reports import (
    DATE,
    DAYS,
    HOURS,
    INT,
    PERCENT,
    RIALS,
    YEAR,
    Chart,
    Column,
    Report,
    Table,
)
from app.workflow.spreadsheet import guard, guard_row

FONT = "Vazirmatn"  # used by Excel when installed; otherwise its own fallback for Persian
NUMBER_FORMATS = {
    INT: "#,##0",
    RIALS: "#,##0",
    YEAR: "0",
    HOURS: "#,##0.0",
    DAYS: "#,##0.0",
    PERCENT: "0.0%",
}
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
MADE_AT = "تاریخ تهیه"
MADE_BY = "تهیه‌کننده"
CHART_SHEET = "نمودار"
_SHEET_UNSAFE = re.compile(r"[\\/*?:\[\]]")


def cell_value(value: Any, kind: str) -> Any:
    """What goes in the cell: numbers as numbers, a date as Jalali text, None as empty."""
    if value is None:
        return None
    if kind == DATE and isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return jalali.format_date_latin(day)
    return value


def sheet_title(text: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, no \\ / * ? : [ ]), unique in the book."""
    base = _SHEET_UNSAFE.sub(" ", text).strip()[:31] or "Sheet"
    title, n = base, 2
    while title in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def workbook(report: Report) -> Workbook:
    book = Workbook()
    taken: set[str] = set()
    for index, table in enumerate(report.tables):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = sheet_title(table.title, taken)
        _write_table(sheet, report, table)
    if report.chart is not None and report.chart.categories and report.chart.series:
        _write_chart(book.create_sheet(sheet_title(CHART_SHEET, taken)), report.chart)
    book.properties.title = report.title
    book.properties.creator = report.made_by
    return book


def to_bytes(report: Report) -> bytes:
    buffer = io.BytesIO()
    workbook(report).save(buffer)
    return buffer.getvalue()


def write_xlsx(report: Report, path: str | PathLike[str]) -> Path:
    """Write `report` to `path` (.xlsx), whole or not at all."""
    return write_file(path, to_bytes(report))


def _write_table(sheet: Worksheet, report: Report, table: Table) -> None:
    sheet.sheet_view.rightToLeft = True
    ncols = max(len(table.columns), 2)
    bold = Font(name=FONT, bold=True)
    sheet.append([report.title])
    guard(sheet.cell(1, 1)).font = Font(name=FONT, bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    if table.title != report.title:
        sheet.append([table.title])
        guard(sheet.cell(sheet.max_row, 1)).font = bold
    for item in report.filters:
        sheet.append([item.label, cell_value(item.value, item.kind)])
        guard_row(sheet, sheet.max_row)
        sheet.cell(sheet.max_row, 1).font = bold
        _number_format(sheet.cell(sheet.max_row, 2), item.kind)
    sheet.append(
        [MADE_AT, f"{jalali.format_date_latin(report.made_at.date())} {report.made_at:%H:%M}"]
    )
    sheet.append([MADE_BY, report.made_by])
    guard_row(sheet, sheet.max_row)
    sheet.append([])
    sheet.append([c.title for c in table.columns])
    header_row = sheet.max_row  # (an empty row appended does not count in max_row)
    for cell in sheet[header_row]:
        guard(cell).font = bold
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # Cells written one by one with their row number: `sheet.max_row` scans every cell, and
    # asking it once per row made a 6,600-row report take 18 s instead of 1.
    last_row = header_row
    for row in table.rows:
        last_row += 1
        for index, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = sheet.cell(last_row, index, cell_value(value, column.kind))
            if isinstance(cell.value, str):
                guard(cell)  # an NGO's name may look like a formula: it stays text
            _number_format(cell, column.kind)
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    if table.rows:
        last = get_column_letter(len(table.columns))
        sheet.auto_filter.ref = f"A{header_row}:{last}{last_row}"
    _widths(sheet, table.columns, table.rows)


def _number_format(cell: Any, kind: str) -> None:
    if kind in NUMBER_FORMATS and isinstance(cell.value, int | float):
        cell.number_format = NUMBER_FORMATS[kind]
    elif kind == DATE:
        cell.alignment = Alignment(horizontal="center")


def _shown_length(value: Any, column: Column) -> int:
    if value is None:
        return 0
    if column.kind == PERCENT:
        return 7
    if column.kind in (INT, RIALS) and isinstance(value, int):
        return len(f"{value:,}")
    if column.kind in (HOURS, DAYS) and isinstance(value, int | float):
        return len(f"{value:,.1f}")
    if column.kind == DATE:
        return 10
    return len(str(value))


def _widths(sheet: Worksheet, columns: tuple[Column, ...], rows: tuple[tuple, ...]) -> None:
    for index, column in enumerate(columns, start=1):
        longest = max(
            [len(column.title)] + [_shown_length(r[index - 1], column) for r in rows[:2000]]
        )
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(longest * 1.15 + 2, 8), 60
        )


def _write_chart(sheet: Worksheet, chart: Chart) -> None:
    """The chart's data as a small table, and a bar chart drawn from it."""
    sheet.sheet_view.rightToLeft = True
    sheet.append(["", *(s.name for s in chart.series)])
    guard_row(sheet, 1)
    for i, category in enumerate(chart.categories):
        sheet.append([category, *(s.values[i] for s in chart.series)])
        guard(sheet.cell(i + 2, 1))
    for cell in sheet[1]:
        cell.font = Font(name=FONT, bold=True)
    sheet.column_dimensions["A"].width = max(len(c) for c in chart.categories) * 1.15 + 2
    bars = BarChart()
    bars.type = "col"
    bars.title = chart.title
    bars.y_axis.title = chart.unit
    if chart.stacked:
        bars.grouping = "stacked"
        bars.overlap = 100
    count = len(chart.categories)
    data = Reference(sheet, min_col=2, max_col=1 + len(chart.series), min_row=1, max_row=1 + count)
    bars.add_data(data, titles_from_data=True)
    bars.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=1 + count))
    bars.x_axis.scaling.orientation = "maxMin"  # right to left: the first category at the right
    bars.y_axis.crosses = "max"  # and the value axis on the right with it
    bars.x_axis.delete = bars.y_axis.delete = False  # openpyxl 3.1 hides them otherwise
    bars.width, bars.height = 24, 12
    sheet.add_chart(bars, f"{get_column_letter(len(chart.series) + 3)}2")
