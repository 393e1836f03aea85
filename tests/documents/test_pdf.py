"""Flowables and the page template: splitting, tables, metadata, footer."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import PageBreak

from app.documents import flowables, pdf
from app.documents.digits import to_persian_digits
from app.documents.flowables import PersianParagraph, PersianStyle, PersianTable
from app.documents.pdf import build_pdf

LONG = " ".join(f"بند {n} این قرارداد میان طرفین لازم‌الاجرا است." for n in range(1, 120))


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        key.strip(): value.strip()
        for key, value in (line.split(":", 1) for line in out.stdout.splitlines())
    }


def test_metadata_language_and_embedded_fonts(tmp_path: Path) -> None:
    target = tmp_path / "doc.pdf"
    story = [PersianParagraph("قرارداد اجاره", PersianStyle(bold=True)), PersianParagraph("متن")]
    build_pdf(target, story, title="قرارداد اجاره", author="سمن‌سرای منطقه ۶", subject="اجاره")
    info = _pdfinfo(target)
    assert info["Title"] == "قرارداد اجاره"
    assert info["Author"] == "سمن‌سرای منطقه ۶"
    assert info["Subject"] == "اجاره"
    assert info["Pages"] == "1"
    assert b"/Lang (fa-IR)" in target.read_bytes()
    fonts_out = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = sorted(row.split()[0].split("+")[-1] for row in fonts_out)
    assert names == ["Vazirmatn-Bold", "Vazirmatn-Regular"]
    assert all(row.split()[-5] == "yes" for row in fonts_out), fonts_out  # "emb" column


def test_writes_to_a_buffer() -> None:
    buffer = io.BytesIO()
    build_pdf(buffer, [PersianParagraph("رسید")], title="رسید", author="سمن‌سرا")
    assert buffer.getvalue().startswith(b"%PDF-")


def test_footer_counts_pages_in_persian(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    laid_out: list[str] = []
    original = pdf.layout

    def spy(text: str, *args: object, **kwargs: object) -> list:
        laid_out.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(pdf, "layout", spy)
    story = [PersianParagraph("یک"), PageBreak(), PersianParagraph("دو"), PageBreak()]
    story.append(PersianParagraph("سه"))
    build_pdf(tmp_path / "three.pdf", story, title="سه صفحه", author="x", header_text="سربرگ")
    assert [t for t in laid_out if t.startswith("صفحه")] == [
        "صفحه ۱ از ۳",
        "صفحه ۲ از ۳",
        "صفحه ۳ از ۳",
    ]
    assert laid_out.count("سربرگ") == 3
    assert _pdfinfo(tmp_path / "three.pdf")["Pages"] == "3"


def test_no_footer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    laid_out: list[str] = []
    original = pdf.layout
    monkeypatch.setattr(
        pdf, "layout", lambda t, *a, **k: laid_out.append(t) or original(t, *a, **k)
    )
    build_pdf(
        tmp_path / "a.pdf", [PersianParagraph("متن")], title="عنوان", author="x", footer=False
    )
    assert laid_out == ["عنوان"]  # the header shows the title when no header_text is given


def test_long_paragraph_runs_over_pages_without_losing_words(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    drawn: list[str] = []
    original = flowables.draw_line

    def spy(canvas: object, line: flowables.Line, **kwargs: object) -> None:
        drawn.append(line.logical)
        original(canvas, line, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(flowables, "draw_line", spy)
    style = PersianStyle(alignment="justify", font_size=12)
    build_pdf(tmp_path / "long.pdf", [PersianParagraph(LONG, style)], title="t", author="a")
    assert int(_pdfinfo(tmp_path / "long.pdf")["Pages"]) >= 2
    assert " ".join(drawn).split() == to_persian_digits(LONG).split()


def test_paragraph_split_keeps_two_lines_each_side() -> None:
    paragraph = PersianParagraph(LONG, PersianStyle(font_size=12, leading=20))
    _, height = paragraph.wrap(300, 10_000)
    count = len(paragraph.lines)
    assert height == count * 20
    assert paragraph.split(300, 39) == []  # room for one line only: move it whole
    first, second = paragraph.split(300, 100)
    first.wrap(300, 10_000)
    second.wrap(300, 10_000)
    assert len(first.lines) == 5
    # The line at the foot of the page is still justified: the paragraph goes on.
    assert not first.lines[-1].last and second.lines[-1].last
    assert [line.logical for line in first.lines + second.lines] == [
        line.logical for line in paragraph.lines
    ]
    _head, tail = paragraph.split(300, (count - 1) * 20)
    tail.wrap(300, 10_000)
    assert len(tail.lines) == 2  # never a single line at the head of the next page


def test_table_columns_run_right_to_left() -> None:
    rows = [["ردیف", "شرح", "مبلغ"], [1, "اجاره", "۲۰۰٬۰۰۰٬۰۰۰"], [2, None, "۵۰"]]
    table = PersianTable(rows, [40, 200, 100])
    width, _height = table.wrap(500, 1000)
    assert width == pytest.approx(340)
    inner = table._table
    assert inner is not None
    assert inner._colWidths == [100, 200, 40]
    cells = [[_flowable(cell) for cell in row] for row in inner._cellvalues]
    assert [cell.text for cell in cells[0]] == ["مبلغ", "شرح", "ردیف"]
    assert all(cell.style.bold for cell in cells[0])
    assert not cells[1][0].style.bold
    assert cells[1][-1].text == "۱"  # the number is written in Persian digits
    assert cells[2][1] == ""


def _flowable(cell: object) -> object:
    """ReportLab keeps a flowable cell as a one-element tuple."""
    return cell[0] if isinstance(cell, tuple) and cell else cell


def test_table_validates_its_shape() -> None:
    with pytest.raises(ValueError):
        PersianTable([])
    with pytest.raises(ValueError):
        PersianTable([["a", "b"], ["c"]])
    with pytest.raises(ValueError):
        PersianTable([["a", "b"]], [10])


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every line drawn by the layout engine, in order (its logical text)."""
    lines: list[str] = []
    original = flowables.draw_line
    monkeypatch.setattr(
        flowables,
        "draw_line",
        lambda c, line, **k: lines.append(line.logical) or original(c, line, **k),
    )
    return lines


def test_long_table_repeats_its_header(drawn: list[str], tmp_path: Path) -> None:
    rows = [["ردیف", "شرح خدمت"]] + [[n, f"خدمت شماره {n} در سمن‌سرا"] for n in range(1, 80)]
    build_pdf(tmp_path / "t.pdf", [PersianTable(rows, [50, 300])], title="t", author="a")
    pages = int(_pdfinfo(tmp_path / "t.pdf")["Pages"])
    assert pages >= 2
    assert drawn.count("شرح خدمت") == pages
    assert "خدمت شماره ۷۹ در سمن‌سرا" in drawn


@pytest.mark.parametrize(
    ("cell", "padding"),
    [
        (PersianStyle(font_size=9, leading=14), 3.0),  # the reports' rows, some of three lines
        (PersianStyle(font_size=4, leading=5), 0.0),  # rows shorter than MIN_ROW_HEIGHT
    ],
)
def test_a_table_of_many_pages_draws_every_row_once_in_order(
    drawn: list[str], tmp_path: Path, cell: PersianStyle, padding: float
) -> None:
    """A long table is given to ReportLab a window of rows at a time: no row is lost, doubled
    or moved, and the header starts every page."""
    count = 700
    rows: list[list[object]] = [["ردیف", "شرح خدمت"]]
    for n in range(1, count + 1):
        text = "خدمت" if n % 7 else " ".join(["شرح بلند خدمتی که چند سطر می‌شود"] * 6)
        rows.append(
            [PersianParagraph(to_persian_digits(str(n)), cell), PersianParagraph(text, cell)]
        )
    table = PersianTable(rows, [50, 150], padding=padding)
    build_pdf(tmp_path / "t.pdf", [table], title="t", author="a")
    pages = int(_pdfinfo(tmp_path / "t.pdf")["Pages"])
    numbers = [line for line in drawn if line.isdigit()]
    assert numbers == [to_persian_digits(str(n)) for n in range(1, count + 1)]
    assert pages >= 3 and drawn.count("شرح خدمت") == pages
