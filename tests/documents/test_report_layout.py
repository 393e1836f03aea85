"""A report too wide for a portrait page goes landscape, its columns as wide as their content so
that no amount, date or code wraps; a table never leaves one row alone at a page foot or head,
and a table's heading keeps with its first rows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.db import models as m
from app.documents import report_pdf
from app.documents.flowables import PersianTable
from app.documents.report_pdf import shown
from app.workflow import jalali
from app.workflow.clock import FixedClock
from app.workflow.reports import INT, RIALS, TEXT, Column, Report, Table, notes_held
from tests.documents import records_world as rw
from tests.factories import World

AMOUNT = re.compile(r"[۰-۹]{1,3}(?:٬[۰-۹]{3})+")


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    """Three contracts with their notes held, named as in the demonstration data."""
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", max_contracts=50, name="سمن‌سرای منطقهٔ ۶")
    rw.name_users(w)
    for i, name in enumerate(
        [
            "انجمن حمایت از کودکان کار و خیابان تهران",
            "مؤسسهٔ خیریهٔ توان‌یابان امید فردا",
            "کانون فرهنگی هنری جوانان محلهٔ یوسف‌آباد",
        ],
        start=1,
    ):
        rw.register(w, f"N{i}", name=name)
        rw.request_to(w, f"R{i}", f"N{i}", "jim_contracted", contract=f"C{i}")
    m.PromissoryNote.update(amount=1_034_000_000).where(
        m.PromissoryNote.serial.is_null(False)
    ).execute()
    return w


def _page_size(pdf: bytes, tmp_path: Path) -> tuple[float, float]:
    (tmp_path / "s.pdf").write_bytes(pdf)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "s.pdf")], capture_output=True, text=True, check=True
    ).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    (tmp_path / "r.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.sub("[\u202a-\u202e]", "", text).split("\f")


def test_the_notes_held_report_is_landscape_and_no_amount_wraps(
    world: World, tmp_path: Path
) -> None:
    report = notes_held(world.ctx("fin"))
    assert len(report.rows) == 3
    pdf = report_pdf.render_report(report)
    width, height = _page_size(pdf, tmp_path)
    assert width > height  # landscape
    text = "\n".join(_pages(pdf, tmp_path))
    amounts = AMOUNT.findall(text)
    # Each note's amount, and every amount of both tables, whole on its line: a wrapped
    # amount reads as two numbers that are not in the report.
    assert amounts.count(shown(1_034_000_000, RIALS)) == 3
    printed = {shown(v, RIALS) for v in _all_amounts(report) if v >= 1000}
    assert printed <= set(amounts)
    assert set(amounts) <= printed


def _all_amounts(report: Report) -> set[int]:
    return {
        v
        for t in report.tables
        for row in t.rows
        for v, c in zip(row, t.columns, strict=True)
        if c.kind in (RIALS, INT) and isinstance(v, int)
    }


def test_a_narrow_report_stays_portrait(tmp_path: Path) -> None:
    columns = (Column("ngo", "سمن", TEXT), Column("n", "تعداد", INT))
    report = Report(
        "x",
        "گزارش کوچک",
        (Table("جدول", columns, (("انجمن یک", 1), ("انجمن دو", 2))),),
        None,
        (),
        jalali.parse_datetime("1405/01/10 09:30"),
        "کارشناس",
    )
    width, height = _page_size(report_pdf.render_report(report), tmp_path)
    assert width < height


def test_fit_keeps_numbers_whole_and_lets_text_give_way() -> None:
    widths = report_pdf._fit([300.0, 80.0, 300.0, 60.0], [TEXT, RIALS, TEXT, INT], 440.0)
    assert widths[1] == 80.0 and widths[3] == 60.0
    assert widths[0] == widths[2] == 150.0
    assert sum(widths) == pytest.approx(440.0)


def _table(body_rows: int) -> PersianTable:
    rows = [["ستون یک", "ستون دو"]] + [[f"سطر {i}", str(i)] for i in range(body_rows)]
    return PersianTable(rows, [200.0, 100.0])


def _row_height() -> float:
    return _table(2).wrap(300, 10_000)[1] - _table(1).wrap(300, 10_000)[1]


def test_a_table_never_leaves_one_row_at_a_page_foot() -> None:
    header_and_one = _table(1).wrap(300, 10_000)[1]
    table = _table(10)
    assert table.split(300, header_and_one + 2) == []  # it starts on the next page
    first, _rest = table.split(300, header_and_one + _row_height() + 2)
    assert first._nrows == 3  # the header and two rows


def test_a_table_never_leaves_one_row_at_the_next_page_head() -> None:
    table = _table(10)
    all_but_one = _table(9).wrap(300, 10_000)[1] + 2
    first, rest = table.split(300, all_but_one)
    assert isinstance(rest, PersianTable)
    assert len(rest.rows) == 1 + 2  # the header and two rows, not one
    assert [r[1] for r in rest.rows[1:]] == ["8", "9"]
    assert len(first.rows) == 1 + 8


def test_a_heading_keeps_with_its_table(tmp_path: Path) -> None:
    """Whatever the length of the first table, the second's heading is on the page of its
    first rows."""
    columns = (Column("ngo", "نام سمن", TEXT), Column("n", "تعداد", INT))
    for count in range(36, 48):
        first = tuple((f"انجمن آزمایشی {i}", i) for i in range(count))
        second = (("سطر نخست دوم", 901), ("سطر دوم دوم", 902), ("سطر سوم دوم", 903))
        report = Report(
            "x",
            "گزارش آزمایشی",
            (Table("جدول نخست", columns, first), Table("جدول پایانی", columns, second)),
            None,
            (),
            jalali.parse_datetime("1405/01/10 09:30"),
            "کارشناس",
        )
        pages = _pages(report_pdf.render_report(report), tmp_path)
        heading = next(p for p in pages if "جدول پایانی" in p)
        assert "۹۰۱" in heading and "۹۰۲" in heading, count
        for page in pages:  # a page that has rows of the first table has at least two
            rows = len(re.findall("انجمن آزمایشی", page))
            assert rows != 1, count
