"""Render a PDF page, read it back with Tesseract, and compare with what was meant.

The comparison is on *logical* Persian text: Tesseract's Persian model writes
what it reads in reading order, so a page whose letters, words or lines came
out reversed reads back as different words, in a different order.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

DPI = 300
#: Page segmentation mode. 3 (automatic) read the code, the date and the
#: amounts right on our test page; 4 lost the table header once the grid was
#: removed, and 6 read «۱۴۰۵» in the code as «۱۳۰۵». See ``choose_psm`` below.
PSM = 3
LANGUAGES = "fas+eng"

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
# «ۀ» and «هٔ» (the ezafe hamza) are read either way, often as «ةٌ»: compare them as
# «ه»; short vowel marks that OCR adds are dropped (the documents print none).
_LETTERS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "٬": ",",
        "،": ",",
        "ۀ": "ه",
        "ة": "ه",
        **{chr(mark): None for mark in range(0x064B, 0x0656)},
    }
)
# Punctuation that OCR glues to the word next to it; ignored when lines are matched
# word by word (the phrase checks still compare it exactly).
_WORD_PUNCTUATION = "«»()[].,:;؛!?"
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def require_tools() -> None:
    """Fail (never skip) when the OCR tools are missing."""
    missing = [tool for tool in ("pdftoppm", "tesseract") if shutil.which(tool) is None]
    assert not missing, f"OCR check needs {missing} on PATH"
    langs = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "fas" in langs and "eng" in langs, f"tesseract lacks fas/eng data: {langs}"


def render_png(pdf: Path, out_dir: Path, page: int = 1) -> Path:
    """``pdftoppm -r 300 -png`` one page."""
    prefix = out_dir / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), str(pdf), prefix],
        check=True,
    )
    (png,) = sorted(out_dir.glob("page-*.png"))
    return png


def remove_rules(png: Path, out: Path) -> Path:
    """Paint table rules white: Tesseract reads grid lines as letters and loses cells.

    A rule is a run of dark pixels far longer than any letter stroke:
    ≥ 400 px (3.4 cm) across or ≥ 120 px (1 cm) down at 300 dpi.
    """
    image = Image.open(png).convert("L")
    ink = image.point(lambda v: 0 if v < 160 else 255)
    draw = ImageDraw.Draw(image)
    width, height = ink.size
    rows = ink.tobytes()
    for y in range(height):
        for run in re.finditer(rb"\x00{400,}", rows[y * width : (y + 1) * width]):
            draw.rectangle((run.start(), y - 1, run.end(), y + 1), fill=255)
    columns = ink.transpose(Image.Transpose.TRANSPOSE).tobytes()
    for x in range(width):
        for run in re.finditer(rb"\x00{120,}", columns[x * height : (x + 1) * height]):
            draw.rectangle((x - 1, run.start(), x + 1, run.end()), fill=255)
    image.save(out, dpi=(DPI, DPI))
    return out


def ocr(png: Path, psm: int = PSM) -> str:
    """``tesseract page.png - -l fas+eng --psm N``"""
    # One thread: Tesseract's OpenMP threads cost far more than they save here.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    result = subprocess.run(
        ["tesseract", str(png), "-", "-l", LANGUAGES, "--psm", str(psm)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return result.stdout


def normalise(text: str) -> str:
    """Latin digits, Persian ی/ک, «,» for digit groups, no bidi marks, single spaces.

    ZWNJ is kept here (see :func:`words` and :func:`squeeze`).
    """
    text = _BIDI_MARKS.sub("", text).translate(_DIGITS).translate(_LETTERS)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def squeeze(text: str) -> str:
    """Without spaces and ZWNJ: for phrases that OCR may space differently."""
    return re.sub(r"[\s\u200c]+", "", normalise(text))


def contains(text: str, phrase: str, *, digit_errors: int = 1) -> bool:
    """Whether the OCR ``text`` contains ``phrase`` (both squeezed).

    Letters, punctuation and the position of every digit must match exactly;
    up to ``digit_errors`` digits may be read as another digit (Tesseract
    takes Vazirmatn's «۴» for «۳» now and then). A digit run printed in the
    wrong order changes where the separators fall, so it still fails.
    """
    return position(text, phrase, digit_errors=digit_errors) >= 0


def position(text: str, phrase: str, *, digit_errors: int = 1, start: int = 0) -> int:
    """Where ``phrase`` first occurs in the squeezed OCR ``text`` at or after ``start``
    (matched as in :func:`contains`), or -1."""
    text, phrase = squeeze(text), squeeze(phrase)
    for begin in range(start, len(text) - len(phrase) + 1):
        errors = 0
        for expected, seen in zip(phrase, text[begin : begin + len(phrase)], strict=True):
            if expected == seen:
                continue
            if expected.isdigit() and seen.isdigit() and errors < digit_errors:
                errors += 1
                continue
            break
        else:
            return begin
    return -1


def words(text: str) -> list[str]:
    """Word tokens without the punctuation around them; a ZWNJ joins, whether OCR kept
    it or not."""
    tokens = (token.strip(_WORD_PUNCTUATION) for token in normalise(text).split())
    return [token.replace("\u200c", "") for token in tokens if token.strip(_WORD_PUNCTUATION)]


def lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence: words in the same order."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


@dataclass
class LineMatch:
    expected: str
    ocr_index: int
    ocr_line: str
    score: float


def match_lines(expected_lines: list[str], ocr_text: str) -> list[LineMatch]:
    """For every expected line, the OCR line that has most of its words in order."""
    ocr_lines = normalise(ocr_text).splitlines()
    matches = []
    for line in expected_lines:
        expected_words = words(line)
        best = max(
            range(len(ocr_lines)),
            key=lambda i: lcs(expected_words, words(ocr_lines[i])),
            default=-1,
        )
        score = (
            lcs(expected_words, words(ocr_lines[best])) / len(expected_words) if best >= 0 else 0.0
        )
        matches.append(LineMatch(line, best, ocr_lines[best] if best >= 0 else "", score))
    return matches
