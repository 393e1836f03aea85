"""A report as an Excel workbook: right to left, typed cells, a frozen bold header, a chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.documents.excel import cell_value, sheet_title, write_xlsx
from app.workflow import jalali
from app.workflow.reports import (
    DATE,
    HOURS,
    INT,
    PERCENT,
    RIALS,
    TEXT,
    YEAR,
    Chart,
    Column,
    Filter,
    Report,
    Series,
    Table,
)

MADE = jalali.parse_datetime("1405/01/10 09:30")


def sample() -> Report:
    columns = (
        Column("ngo", "سمن", TEXT),
        Column("level", "سطح", INT),
        Column("used", "ساعت مصرف‌شده", HOURS),
        Column("rate", "درصد مصرف", PERCENT),
        Column("amount", "مبلغ (ریال)", RIALS),
        Column("since", "تاریخ دریافت", DATE),
    )
    rows = (
        ("انجمن یک", 2, 5.5, 0.055, 200_000_000, jalali.parse_date("1405/01/10")),
        ("انجمن دو", 3, 12.0, None, 1_034_000_000, jalali.parse_date("1404/12/29")),
    )
    totals = Table(
        "جمع به تفکیک سطح",
        (Column("level", "سطح", INT), Column("count", "تعداد", INT)),
        ((2, 1), (3, 1)),
    )
    chart = Chart(
        "مصرف",
        ("سطح ۲", "سطح ۳"),
        (Series("مصرف‌شده", (5.5, 12.0)), Series("باقی‌مانده", (94.5, 188.0))),
        "ساعت",
        stacked=True,
        kind=HOURS,
    )
    return Report(
        "quota_use",
        "مصرف سهمیهٔ سمن‌ها در سال ۱۴۰۵",
        (Table("مصرف سهمیه به تفکیک سمن", columns, rows), totals),
        chart,
        (Filter("سال", 1405, YEAR), Filter("سمن‌سرا", "همهٔ سمن‌سراها")),
        MADE,
        "کارشناس میز خدمت",
    )


@pytest.fixture
def book(tmp_path: Path):  # noqa: ANN201
    path = write_xlsx(sample(), tmp_path / "out" / "report.xlsx")
    return load_workbook(path)


def _header_row(sheet) -> int:  # noqa: ANN001
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if row[0].value == "سمن" or row[0].value == "سطح":
            return row[0].row
    raise AssertionError("no header row")


def test_sheets_are_right_to_left_with_title_filters_and_frozen_bold_header(book) -> None:  # noqa: ANN001
    assert book.sheetnames == ["مصرف سهمیه به تفکیک سمن", "جمع به تفکیک سطح", "نمودار"]
    sheet = book.worksheets[0]
    assert all(s.sheet_view.rightToLeft for s in book.worksheets)
    assert sheet["A1"].value == "مصرف سهمیهٔ سمن‌ها در سال ۱۴۰۵" and sheet["A1"].font.bold
    labels = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(2, 8)}
    assert labels["سال"] == 1405 and labels["سمن‌سرا"] == "همهٔ سمن‌سراها"
    assert labels["تاریخ تهیه"] == "1405/01/10 09:30"
    header = _header_row(sheet)
    titles = [c.value for c in sheet[header]]
    assert titles == ["سمن", "سطح", "ساعت مصرف‌شده", "درصد مصرف", "مبلغ (ریال)", "تاریخ دریافت"]
    assert all(c.font.bold for c in sheet[header])
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.auto_filter.ref == f"A{header}:F{header + 2}"
    assert sheet.column_dimensions["A"].width >= len("انجمن یک")


def test_numbers_stay_numbers_and_dates_are_jalali_text(book) -> None:  # noqa: ANN001
    sheet = book.worksheets[0]
    first = _header_row(sheet) + 1
    values = [c.value for c in sheet[first]]
    assert values == ["انجمن یک", 2, 5.5, 0.055, 200_000_000, "1405/01/10"]
    assert isinstance(values[1], int) and isinstance(values[2], float)
    formats = [c.number_format for c in sheet[first]]
    assert formats[1:5] == ["#,##0", "#,##0.0", "0.0%", "#,##0"]
    second = [c.value for c in sheet[first + 1]]
    assert second[3] is None and second[5] == "1404/12/29"  # an empty rate stays empty


def test_totals_sheet_and_a_native_stacked_chart(book) -> None:  # noqa: ANN001
    totals = book["جمع به تفکیک سطح"]
    header = _header_row(totals)
    assert [[c.value for c in row] for row in totals.iter_rows(min_row=header + 1)] == [
        [2, 1],
        [3, 1],
    ]
    chart_sheet = book["نمودار"]
    assert [[c.value for c in row] for row in chart_sheet.iter_rows(max_col=3)] == [
        [None, "مصرف‌شده", "باقی‌مانده"],
        ["سطح ۲", 5.5, 94.5],
        ["سطح ۳", 12.0, 188.0],
    ]
    (chart,) = chart_sheet._charts
    assert chart.grouping == "stacked" and len(chart.series) == 2


def test_cell_values_and_sheet_names() -> None:
    assert cell_value(dt.date(2026, 3, 30), DATE) == "1405/01/10"
    assert cell_value(None, INT) is None
    taken: set[str] = set()
    assert (
        sheet_title("قراردادها: رو/به پایان [۶۰ روز]", taken)
        == "قراردادها  رو به پایان  ۶۰ روز"[:31]
    )
    assert sheet_title("قراردادها: رو/به پایان [۶۰ روز]", taken).endswith("(2)")
