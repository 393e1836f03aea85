"""Persian text layout for ReportLab: line breaking, shaping, bidi, drawing.

The route is the one checked in DESIGN.md ("Persian in PDFs"):

1. break the *logical* text into lines, measuring every word as it will be
   drawn (reshaped into Arabic presentation forms, measured with the font's
   advances through ``stringWidth``);
2. per line, ``arabic_reshaper`` (logical order, ZWNJ kept so the letters on
   either side stay apart) and then the pure-Python
   ``bidi.algorithm.get_display(line, base_dir="R")``, which reorders the
   line for display and mirrors brackets and guillemets (the Rust-backed
   ``bidi.get_display`` does not mirror them). Bracket pairs around Latin
   text are settled first (``brackets.settle_brackets``, rule N0, which the
   pure-Python algorithm lacks). The bidi algorithm drops the ZWNJ from the
   visual string; by then the reshaper has already chosen the unjoined forms;
3. draw the visual string right-aligned, centred, or justified by spreading
   the spare width over the spaces of the line.

Arabic letters never join across a space, so a line's shaped width is the sum
of its words' shaped widths plus its spaces; each finished line is measured
again from the exact string that will be drawn, and a line that would still
be too wide gives its last word to the next line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.brackets import DIRECTION_MARKS, settle_brackets
from app.documents.digits import to_persian_digits

Alignment = Literal["right", "center", "left", "justify"]

#: Diacritics (tanvin in «ضمناً», tashdid) are kept rather than deleted: the
#: text is a legal record and must print as written.
_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "shift_harakat_position": False,
        "support_ligatures": True,
        "delete_tatweel": False,
        "support_zwj": True,
    }
)

# Spaces and tabs separate words; a newline is a forced line break. NO-BREAK
# SPACE (U+00A0) is not a break opportunity and stays inside its word.
_BREAKING_SPACE = re.compile(r"[ \t\f\v\u2000-\u200a\u3000]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line.

    ``logical`` is the line's text in reading order (what a person typed),
    ``visual`` the shaped, reordered string drawn left to right, ``width`` the
    drawn width of ``visual`` in points, and ``last`` is true for the last line
    of a paragraph or a line ended by a newline: such lines are never justified.
    """

    logical: str
    visual: str
    width: float
    last: bool


def reshape(text: str) -> str:
    """Logical text with Arabic letters replaced by their joined presentation forms."""
    return _RESHAPER.reshape(text)


def to_visual(line: str) -> str:
    """One logical line as the left-to-right string to draw (reshaped, reordered, mirrored)."""
    return _visual(line)


@lru_cache(maxsize=4096)
def _visual(line: str) -> str:
    visual = get_display(settle_brackets(reshape(line)), base_dir="R")
    return DIRECTION_MARKS.sub("", visual)


def text_width(text: str, font_name: str, font_size: float) -> float:
    """Width in points that ``text`` takes once shaped, in the given font."""
    return _word_width(text, font_name, float(font_size))


@lru_cache(maxsize=16384)
def _word_width(word: str, font_name: str, font_size: float) -> float:
    return stringWidth(reshape(word), font_name, font_size)


def clear_caches() -> None:
    """Forget cached shapes and widths (for benchmarks, or after re-registering a font)."""
    _visual.cache_clear()
    _word_width.cache_clear()


def prepare(text: str, *, persian_digits: bool = True) -> str:
    """Normalise line ends and, if asked, write digits in Persian."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return to_persian_digits(text) if persian_digits else text


def layout(
    text: str,
    max_width: float,
    font_name: str,
    font_size: float,
    *,
    persian_digits: bool = True,
) -> list[Line]:
    """Break ``text`` into lines no wider than ``max_width`` points and shape each line.

    Lines break at spaces. A word wider than the whole line is cut between
    characters (the only case where a line may end inside a word). An empty
    paragraph (two newlines in a row) gives an empty line.
    """
    if max_width <= 0:
        raise ValueError("max_width must be positive")
    font_size = float(font_size)
    text = prepare(text, persian_digits=persian_digits)
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        words = [w for w in _BREAKING_SPACE.split(paragraph) if w]
        lines.extend(_break_paragraph(words, max_width, font_name, font_size))
    return lines


def _break_paragraph(
    words: list[str], max_width: float, font_name: str, font_size: float
) -> list[Line]:
    if not words:
        return [Line("", "", 0.0, True)]
    space = stringWidth(" ", font_name, font_size)
    pieces: list[str] = []
    for word in words:
        if _word_width(word, font_name, font_size) > max_width:
            pieces.extend(_cut_word(word, max_width, font_name, font_size))
        else:
            pieces.append(word)

    lines: list[Line] = []
    start = 0
    while start < len(pieces):
        end = start + 1
        width = _word_width(pieces[start], font_name, font_size)
        while end < len(pieces):
            next_width = width + space + _word_width(pieces[end], font_name, font_size)
            if next_width > max_width:
                break
            width = next_width
            end += 1
        line = _make_line(pieces[start:end], font_name, font_size)
        # The sum of word widths and the drawn string can differ by rounding
        # (or a mirrored bracket with another advance): trust the drawn string.
        while line.width > max_width and end - start > 1:
            end -= 1
            line = _make_line(pieces[start:end], font_name, font_size)
        lines.append(line)
        start = end
    last = lines[-1]
    lines[-1] = Line(last.logical, last.visual, last.width, True)
    return lines


def _make_line(words: list[str], font_name: str, font_size: float) -> Line:
    logical = " ".join(words)
    visual = _visual(logical)
    return Line(logical, visual, stringWidth(visual, font_name, font_size), False)


def _cut_word(word: str, max_width: float, font_name: str, font_size: float) -> list[str]:
    """Cut an over-long word into pieces that each fit (at least one character each)."""
    pieces: list[str] = []
    rest = word
    while rest:
        cut = 1
        while cut < len(rest) and (
            _word_width(rest[: cut + 1], font_name, font_size) <= max_width or _is_mark(rest[cut])
        ):
            cut += 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def _is_mark(char: str) -> bool:
    """Combining marks and joiners stay with the character before them."""
    return unicodedata.category(char) in ("Mn", "Me", "Cf")


def draw_line(
    canvas: Canvas,
    line: Line,
    *,
    x: float,
    y: float,
    width: float,
    font_name: str,
    font_size: float,
    alignment: Alignment = "right",
) -> None:
    """Draw one laid-out line on the baseline ``y`` inside the box ``[x, x + width]``.

    The caller sets the fill colour. ``justify`` spreads the spare width over
    the spaces of the visual line; the last line of a paragraph, and a line
    with no space, is right-aligned instead.
    """
    if not line.visual:
        return
    canvas.setFont(font_name, font_size)
    if alignment == "justify" and not line.last and " " in line.visual:
        _draw_justified(canvas, line, x, y, width, font_name, font_size)
    elif alignment == "center":
        canvas.drawCentredString(x + width / 2, y, line.visual)
    elif alignment == "left":
        canvas.drawString(x, y, line.visual)
    else:
        canvas.drawRightString(x + width, y, line.visual)


def _draw_justified(
    canvas: Canvas,
    line: Line,
    x: float,
    y: float,
    width: float,
    font_name: str,
    font_size: float,
) -> None:
    segments = line.visual.split(" ")
    gaps = len(segments) - 1
    space = stringWidth(" ", font_name, font_size)
    gap = space + max(0.0, width - line.width) / gaps
    cursor = x
    for index, segment in enumerate(segments):
        if index == gaps:
            # The last segment ends exactly on the right edge.
            canvas.drawRightString(x + width, y, segment)
            break
        if segment:
            canvas.drawString(cursor, y, segment)
        cursor += stringWidth(segment, font_name, font_size) + gap
