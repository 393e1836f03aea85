"""The issued contract and an introduction letter, printed and read back with Persian OCR.

The pages are rendered at 300 dpi and read with ``tesseract -l fas+eng``
(``ocr_support``). The OCR text must contain the key phrases exactly (digits,
ی/ک, spacing and the ezafe hamza normalised; one digit may be misread): words
with ZWNJ, the NGO's Latin name and chief, the licence number with its letter,
dash and slash, the amount with its «٬» separators, Jalali dates, text in
parentheses and in guillemets, the serial number. The phrases must come in the
order in which they are written, and every body line printed on the page must
be found, in order, with most of its words in order. SQLite only: the layout
does not depend on the database.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.database import close_database, open_database
from app.documents import flowables, persian_text, printing
from app.documents.document import BODY, LETTER
from app.workflow import jalali, paper_issue
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock
from tests.documents import ocr_support as ocr
from tests.documents import records_world as rw
from tests.factories import World

MIN_LINE_SCORE = 0.6


@pytest.fixture
def sqlite_world(tmp_path: Path) -> Iterator[World]:
    clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    database = open_database(str(tmp_path / "ocr.sqlite"))
    initialise(database, clock.now(), starter_users=False)
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", address="خیابان آزادی، کوچهٔ ۱۲")
    rw.name_users(w)
    rw.register(w, "N1", licence_no="ت-۱۴۰۵/۰۱۲", name="انجمن محیط‌زیستی Green Future")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    yield w
    close_database()


def _issue_and_read(
    world: World, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, list[str], str]:
    """Issue ``kind`` of C1; OCR every page. Returns the OCR text of all pages, the body
    lines drawn on page 1 (logical text, in drawing order) and the serial."""
    ocr.require_tools()
    drawn: list[tuple[int, float, str]] = []
    original = flowables.draw_line

    def spy(canvas, line, **kwargs):  # noqa: ANN001, ANN202
        drawn.append((canvas.getPageNumber(), kwargs["font_size"], line.logical))
        return original(canvas, line, **kwargs)

    monkeypatch.setattr(flowables, "draw_line", spy)
    # A fixed code: the page is the same on every run.
    monkeypatch.setattr(paper_issue, "new_code", lambda: "K7M2QX9P")
    pdf = tmp_path / f"{kind}.pdf"
    record, _bytes = printing.issue_pdf(kind, "C1", "deputy", world.clock, out=pdf)
    pages = _page_count(pdf)
    text = []
    for page in range(1, pages + 1):
        folder = tmp_path / f"{kind}-{page}"
        folder.mkdir()
        png = ocr.render_png(pdf, folder, page)
        text.append(ocr.ocr(ocr.remove_rules(png, folder / "clean.png")))
    sizes = (BODY.font_size, LETTER.font_size)  # running text; not tables, titles, footers
    body = [line for page, size, line in drawn if page == 1 and size in sizes and line]
    return "\n".join(text), body, record.serial


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


def _problems(text: str, phrases: list[str], zwnj_words: list[str], lines: list[str]) -> list:
    found: list[str] = []
    normal = ocr.normalise(text)
    cursor = 0
    for phrase in phrases:
        at = ocr.position(text, phrase, start=cursor)
        if at < 0:
            anywhere = ocr.position(text, phrase)
            found.append(f"phrase {phrase!r} " + ("out of order" if anywhere >= 0 else "not read"))
        else:
            cursor = at + 1
    for word in zwnj_words:
        left, right = word.split("\u200c")
        if not re.search(f"{left}[\u200c ]{right}", normal):
            found.append(f"ZWNJ in {word!r} not kept")
    matches = ocr.match_lines(lines, text)
    for match in matches:
        if match.score < MIN_LINE_SCORE:
            found.append(f"line {match.expected!r} read as {match.ocr_line!r} ({match.score:.2f})")
    indexes = [match.ocr_index for match in matches]
    if indexes != sorted(indexes):
        found.append(f"lines out of order: {indexes}")
    return found


CONTRACT_PHRASES = [
    "«سمن‌سرای منطقه 6»",  # guillemets, ZWNJ, a digit
    "تاریخ امضا: 1405/01/10",
    "«ستاد»",
    # Tesseract puts a guillemet next to Latin text into the Latin run, so the quoted
    # mixed name is checked as its Persian start and its Latin name.
    "«انجمن محیط‌زیستی",
    "Green Future",
    "Sara Karimi",
    "(مصوب 1399/04/25)",  # parentheses around a date
    "از آغاز روز 1405/01/10 تا پایان روز 1405/07/09",
    "(دویست میلیون ریال)",  # the amount in words, in parentheses
]
CONTRACT_ZWNJ = ["سمن\u200cسرای", "می\u200cشود", "مردم\u200cنهاد"]


def test_contract_reads_back_in_logical_order(
    sqlite_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, lines, serial = _issue_and_read(sqlite_world, "contract", tmp_path, monkeypatch)
    assert len(lines) >= 8, lines
    assert _problems(text, CONTRACT_PHRASES, CONTRACT_ZWNJ, lines) == [], text
    assert ocr.contains(text, serial), text
    assert ocr.contains(text, "K7M2-QX9P"), text  # the verification code
    assert ocr.contains(text, "200,000,000"), text  # an amount with its separators


def test_contract_check_fails_without_bidi(
    sqlite_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Negative control: the same contract laid out without bidi (letters joined, line
    order kept, runs not reordered) fails the phrase checks."""
    monkeypatch.setattr(persian_text, "_visual", persian_text.reshape)
    text, lines, _serial = _issue_and_read(sqlite_world, "contract", tmp_path, monkeypatch)
    found = _problems(text, CONTRACT_PHRASES, CONTRACT_ZWNJ, lines)
    assert sum("not read" in problem for problem in found) >= len(CONTRACT_PHRASES) // 2, found


def test_introduction_letter_reads_back_in_logical_order(
    sqlite_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, lines, serial = _issue_and_read(
        sqlite_world, "letter-representative", tmp_path, monkeypatch
    )
    assert serial == "C1-L1"
    assert len(lines) >= 5, lines
    phrases = [
        "معرفی‌نامه",
        "نسخهٔ نمایندهٔ رسمی سمن",
        "مسئول محترم «سمن‌سرای منطقه 6» (منطقه 6)",  # guillemets, ZWNJ, parentheses
        "«انجمن محیط‌زیستی",
        "Green Future",
        "ت-1405/012",
        "از آغاز روز 1405/01/10 تا پایان روز 1405/07/09",
        "(مرحله ح)",
    ]
    problems = _problems(text, phrases, ["سمن\u200cسرای", "معرفی\u200cنامه"], lines)
    assert problems == [], text
