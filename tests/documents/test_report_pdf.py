"""A report as a Persian PDF, rendered at 300 dpi and read back with Persian OCR (`ocr_support`).

The title, the filters, the Jalali date it was made, the table's cells (a name with ZWNJ, an
amount with «٬», a Jalali date, hours with «٫») and «صفحه ۱ از ۱» must read back in logical
order; a page whose words or digit runs came out reversed reads as other words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents import persian_text, report_pdf
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
from tests.documents import ocr_support as ocr

MADE = jalali.parse_datetime("1405/01/10 09:30")


def sample(rows: int = 2) -> Report:
    columns = (
        Column("ngo", "نام سمن", TEXT),
        Column("level", "سطح", INT),
        Column("used", "ساعت مصرف‌شده", HOURS),
        Column("rate", "درصد مصرف", PERCENT),
        Column("amount", "مبلغ سفته (ریال)", RIALS),
        Column("since", "تاریخ دریافت", DATE),
    )
    data = [
        ("انجمن محیط‌زیستی نگین", 2, 26.5, 0.265, 1_034_000_000, jalali.parse_date("1404/07/08")),
        ("کانون کارآفرینی جوانان", 3, 12.0, 0.06, 200_000_000, jalali.parse_date("1405/01/10")),
    ]
    data += [(f"انجمن آزمایشی {i}", 2, 1.0, 0.01, 1000, MADE.date()) for i in range(rows - 2)]
    chart = Chart(
        "مصرف سهمیه به تفکیک سطح",
        ("سطح ۲", "سطح ۳"),
        (Series("مصرف‌شده", (26.5, 12.0)), Series("باقی‌مانده", (73.5, 188.0))),
        "ساعت",
        stacked=True,
        kind=HOURS,
    )
    return Report(
        "quota_use",
        "گزارش آزمایشی سمن‌ها در سال ۱۴۰۵",
        (Table("مصرف سهمیه به تفکیک سمن", columns, tuple(data)),),
        chart,
        (Filter("سال", 1405, YEAR), Filter("سمن‌سرا", "سمن‌سرای منطقه ۶")),
        MADE,
        "کارشناس میز خدمت",
    )


def test_values_are_printed_with_persian_digits_and_separators() -> None:
    assert report_pdf.shown(1_034_000_000, RIALS) == "۱٬۰۳۴٬۰۰۰٬۰۰۰"
    assert report_pdf.shown(26.5, HOURS) == "۲۶٫۵" and report_pdf.shown(12.0, HOURS) == "۱۲"
    assert report_pdf.shown(0.265, PERCENT) == "۲۶٫۵٪"
    assert report_pdf.shown(jalali.parse_date("1404/07/08"), DATE) == "۱۴۰۴/۰۷/۰۸"
    assert report_pdf.shown(1405, YEAR) == "۱۴۰۵" and report_pdf.shown(None, INT) == "—"


def test_long_report_runs_over_pages_with_page_n_of_m(tmp_path: Path) -> None:
    pdf = report_pdf.render_report(sample(rows=120), tmp_path / "long.pdf")
    assert pdf.startswith(b"%PDF") and (tmp_path / "long.pdf").read_bytes() == pdf
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 3
    assert b"Vazirmatn" in pdf


def test_report_reads_back_in_logical_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ocr.require_tools()
    drawn: list[str] = []
    original = persian_text.draw_line

    def spy(canvas, line, **kwargs):  # noqa: ANN001, ANN202
        drawn.append(line.logical)
        return original(canvas, line, **kwargs)

    monkeypatch.setattr("app.documents.flowables.draw_line", spy)
    monkeypatch.setattr("app.documents.pdf.draw_line", spy)
    path = tmp_path / "report.pdf"
    report_pdf.render_report(sample(), path)
    # psm 4 (one column of text) keeps each table row on one line: its cells in reading order
    text = ocr.ocr(ocr.render_png(path, tmp_path), psm=4)

    # Tesseract reads Vazirmatn's small digits in table cells poorly (۲ for ۳, / for ٫): the
    # figures are checked below as the strings drawn, the words and dates here as read back.
    phrases = [
        "گزارش آزمایشی سمن‌ها در سال ۱۴۰۵",
        "سال: ۱۴۰۵",
        "سمن‌سرا: سمن‌سرای منطقه ۶",
        "تاریخ تهیه: ۱۴۰۵/۰۱/۱۰ ساعت ۰۹:۳۰",
        "مصرف سهمیه به تفکیک سمن",
        "نام سمن سطح ساعت مصرف‌شده",
        "درصد مصرف مبلغ سفته (ریال) تاریخ دریافت",
        "انجمن محیط‌زیستی نگین",
        "کانون کارآفرینی جوانان",
    ]
    missing = [p for p in phrases if not ocr.contains(text, p)]
    assert not missing, f"not read back: {missing}\n--- OCR ---\n{text}"
    where = [ocr.position(text, p) for p in phrases]
    assert where == sorted(where), f"out of order: {where}\n--- OCR ---\n{text}"
    assert ocr.contains(text, "صفحه")  # its small digits are checked as drawn
    for figure in ("۱٬۰۳۴٬۰۰۰٬۰۰۰", "۱۴۰۴/۰۷/۰۸", "۲۶٫۵", "۲۶٫۵٪", "صفحه ۱ از ۱"):
        assert figure in drawn, figure


def test_without_bidi_the_check_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: letters drawn in logical order (no reordering) do not read back."""
    ocr.require_tools()
    monkeypatch.setattr(persian_text.bidi, "reorder_resolved_levels", lambda storage, debug: None)
    persian_text.clear_caches()
    try:
        path = tmp_path / "broken.pdf"
        report_pdf.render_report(sample(), path)
        text = ocr.ocr(ocr.render_png(path, tmp_path))
    finally:
        persian_text.clear_caches()
    assert not ocr.contains(text, "کانون کارآفرینی جوانان")
