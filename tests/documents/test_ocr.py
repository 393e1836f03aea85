"""The real check of the Persian layout: print a page, read it back with OCR.

A page with ZWNJ words, a Latin name, a code, an amount, a date, brackets,
guillemets, a justified paragraph of several lines and a table is rendered
with ``pdftoppm -r 300`` and read with ``tesseract -l fas+eng``. The OCR text
must contain the key phrases exactly (after normalising digits, ی/ک and
spacing) and every printed line, in the order printed, with its words in
order.

The negative controls break the engine on purpose (no bidi, the Rust bidi
that does not mirror brackets, lines in reverse order, table columns left to
right) and require the same checks to fail, so a passing check means
something.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import bidi
import pytest

from app.documents import flowables, persian_text
from app.documents.flowables import PersianParagraph, PersianStyle, PersianTable
from app.documents.pdf import build_pdf
from tests.documents import ocr_support as ocr

BODY = PersianStyle(font_size=13, space_after=8)
JUSTIFIED = PersianStyle(font_size=13, alignment="justify", space_after=10)
CELL = PersianStyle(font_size=13)
HEADER = PersianStyle(font_size=13, bold=True, alignment="center")

PARAGRAPHS = [
    (BODY, "قرارداد سمن‌سرا با Green Future امضا می‌شود"),
    (BODY, "شماره قرارداد ت-۱۴۰۵/۰۱۲ و تاریخ آن ۱۴۰۵/۰۹/۰۱ است"),
    (BODY, "مبلغ کل ۲۰۰٬۰۰۰٬۰۰۰ ریال (شش ماهه) برای «قرارداد اجاره» پرداخت می‌شود"),
    (
        JUSTIFIED,
        "موضوع این قرارداد واگذاری استفاده از فضای سالن اجتماعات برای برگزاری جلسات "
        "و کارگاه‌های آموزشی سازمان مردم‌نهاد است و مستاجر متعهد می‌شود که فضا را "
        "مطابق دستورالعمل نگهداری کند و هرگونه خسارت وارد شده را جبران نماید و مدت "
        "قرارداد شش ماه است و تمدید آن منوط به موافقت کتبی طرفین خواهد بود",
    ),
]
# Tesseract reads a lone digit in a cell poorly (it takes «۱» for «\\» and
# «۲۰۰٬۰۰۰٬۰۰۰» alone for «Yoo,000,000»), so every cell here has Persian words.
TABLE = [
    ["شرح خدمت", "مدت قرارداد", "مبلغ"],
    ["اجاره سالن", "شش ماه", "۲۰۰٬۰۰۰٬۰۰۰ ریال"],
    ["کارگاه آموزشی", "دو روز", "۳۰۰٬۰۰۰ ریال"],
]

# Phrases that must be read exactly (spaces and ZWNJ ignored; one digit may be
# misread as another, see ``ocr_support.contains``): letters joined and in
# order, the Latin name, digit runs and their separators in order, brackets
# and guillemets facing the right way.
PHRASES = [
    "سمن‌سرا",
    "می‌شود",
    "Green Future",
    "ت-1405/012",
    "1405/09/01",
    "200,000,000 ریال",
    "(شش ماهه)",
    "«قرارداد اجاره»",
]
# Words printed with a ZWNJ must come back with a ZWNJ or a space, not joined.
ZWNJ_WORDS = ["سمن\u200cسرا", "می\u200cشود", "مردم\u200cنهاد"]
MIN_LINE_SCORE = 0.6


def make_story() -> tuple[list, list[PersianParagraph], PersianTable]:
    paragraphs = [PersianParagraph(text, style) for style, text in PARAGRAPHS]
    table = PersianTable(TABLE, [170, 100, 180], body_style=CELL, header_style=HEADER)
    return [*paragraphs, table], paragraphs, table


def read_page(tmp_path: Path) -> tuple[str, list[PersianParagraph]]:
    """Build the page and OCR it; return the OCR text and the laid-out paragraphs."""
    ocr.require_tools()
    story, paragraphs, _table = make_story()
    pdf = tmp_path / "page.pdf"
    build_pdf(pdf, story, title="آزمون", author="سمن‌سرا", header_text="", footer=False)
    png = ocr.render_png(pdf, tmp_path)
    return ocr.ocr(ocr.remove_rules(png, tmp_path / "clean.png")), paragraphs


def meant_lines(paragraphs: list[PersianParagraph], *, drawn_reversed: bool = False) -> list[str]:
    """The page's lines in logical order: paragraph lines, then table rows."""
    lines = []
    for paragraph in paragraphs:
        laid_out = reversed(paragraph.lines) if drawn_reversed else paragraph.lines
        lines += [line.logical for line in laid_out]
    return lines + [" ".join(row) for row in TABLE]


def problems(text: str, printed: list[str]) -> list[str]:
    """Everything that the OCR text says is wrong with the page (empty: all good)."""
    found: list[str] = []
    normal = ocr.normalise(text)
    for phrase in PHRASES:
        if not ocr.contains(text, phrase):
            found.append(f"phrase {phrase!r} not read")
    for word in ZWNJ_WORDS:
        left, right = word.split("\u200c")
        if not re.search(f"{left}[\u200c ]{right}", normal):
            found.append(f"ZWNJ in {word!r} not kept")

    matches = ocr.match_lines(printed, text)
    for match in matches:
        if match.score < MIN_LINE_SCORE:
            found.append(f"line {match.expected!r} read as {match.ocr_line!r} ({match.score:.2f})")
    indexes = [m.ocr_index for m in matches]
    if indexes != sorted(set(indexes)) or len(set(indexes)) != len(indexes):
        found.append(f"lines out of order: {indexes}")

    # Table columns run right to left: each row's cells read in logical order.
    # Cells are found by their words: digits in a table cell have too little
    # context for Tesseract (the digit checks are the phrases above).
    for row, match in zip(TABLE, matches[-len(TABLE) :], strict=True):
        line = ocr.squeeze(match.ocr_line)
        positions = [line.find(ocr.squeeze(_letters_only(cell))) for cell in row]
        if -1 in positions or positions != sorted(positions):
            found.append(f"table row {row} read as {match.ocr_line!r}")
    return found


def _letters_only(cell: str) -> str:
    return " ".join(w for w in cell.split() if not any(c.isdigit() for c in w))


def test_page_reads_back_in_logical_order(tmp_path: Path) -> None:
    text, paragraphs = read_page(tmp_path)
    assert len(paragraphs[-1].lines) >= 3, "the justified paragraph must wrap over 3+ lines"
    assert all(len(p.lines) == 1 for p in paragraphs[:-1])
    assert problems(text, meant_lines(paragraphs)) == [], text


def _no_bidi(line: str) -> str:
    return persian_text.reshape(line)


def _rust_bidi(line: str) -> str:
    return bidi.get_display(persian_text.reshape(line), base_dir="R")


def _swap_lines(original: Callable) -> Callable:
    def broken(*args: object) -> list:
        return list(reversed(original(*args)))

    return broken


@pytest.mark.parametrize(
    ("breakage", "expected_complaint"),
    [
        ("no_bidi", "not read"),
        ("rust_bidi", "phrase '(شش ماهه)' not read"),
        ("swapped_lines", "lines out of order"),
        ("ltr_columns", "table row"),
    ],
)
def test_checks_fail_when_engine_is_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breakage: str, expected_complaint: str
) -> None:
    """Negative control: the OCR checks catch each kind of broken layout."""
    if breakage == "no_bidi":
        monkeypatch.setattr(persian_text, "_visual", _no_bidi)
    elif breakage == "rust_bidi":
        monkeypatch.setattr(persian_text, "_visual", _rust_bidi)
    elif breakage == "swapped_lines":
        monkeypatch.setattr(
            persian_text, "_break_paragraph", _swap_lines(persian_text._break_paragraph)
        )
    elif breakage == "ltr_columns":
        monkeypatch.setattr(flowables, "reversed", list, raising=False)
    text, paragraphs = read_page(tmp_path)
    found = problems(text, meant_lines(paragraphs, drawn_reversed=breakage == "swapped_lines"))
    assert any(expected_complaint in p for p in found), (found, text)
