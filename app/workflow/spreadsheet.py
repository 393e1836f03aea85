"""Spreadsheet cells that never run: a text that starts like a formula is written as text.

Excel (and LibreOffice) read a cell starting with `=`, `+`, `-` or `@`, or with a tab or a
carriage return before one, as a formula (OWASP: CSV/formula injection): an NGO named
`=HYPERLINK(…)` would become a live link in a report. Such a cell is stored as a string and
marked "quote prefix", so that Excel shows it as text and keeps it text when edited.
"""

from __future__ import annotations

from typing import Any

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(cell: Any) -> Any:
    """`cell` (openpyxl), written as text if its text value starts like a formula."""
    value = cell.value
    if isinstance(value, str) and value.startswith(RISKY_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def guard_row(sheet: Any, row: int) -> None:
    """Every cell of `row` of `sheet` (after `sheet.append`)."""
    for cell in sheet[row]:
        guard(cell)
