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
   pure-Python algorithm lacks). The ZWNJ is kept in the visual string (a
   zero-width glyph), so that copying the text out of the PDF keeps it;
3. draw the visual string right-aligned, centred, or justified by spreading
   the spare width over the spaces of the line; each bracket the bidi pass
   mirrored is drawn in a span with its typed form as /ActualText (on the
   bracket only: an /ActualText around a whole line makes poppler print every
   Persian word reversed). Zero-width RLM and LRM glyphs drawn beside punctuation next
   to a number or a Latin run let poppler read the line back in logical order.

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
from bidi import algorithm as bidi
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.brackets import DIRECTION_MARKS, settle_brackets
from app.documents.digits import to_persian_digits
from app.persian import persian_letters

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


def _visual(line: str) -> str:
    return _bidi(line)[0]


#: Stands in for ZWNJ during the bidi pass, which would drop it (class BN): a letter of the
#: same class as its neighbours (AL) that Persian text never uses, put back afterwards.
_ZWNJ_STAND_IN = "\u0620"


@lru_cache(maxsize=4096)
def _bidi(line: str) -> tuple[str, str, frozenset[int]]:
    """The visual string of one logical line; the string to draw, which is the visual string
    with the reading marks a text extractor needs (``_reading_marks``); and the positions in
    the string to draw of the brackets the bidi pass mirrored. The ZWNJ stays in the visual
    string (a zero-width glyph), so that a reader that copies the text (pdftotext, a screen
    reader) gets it back."""
    text = settle_brackets(reshape(line)).replace("\u200c", _ZWNJ_STAND_IN)
    storage = bidi.get_empty_storage()
    storage["base_level"] = bidi.PARAGRAPH_LEVELS["R"]
    storage["base_dir"] = "R"
    bidi.get_embedding_levels(text, storage, False, False)
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    bidi.reorder_resolved_levels(storage, False)
    out: list[str] = []
    levels: list[int] = []
    mirrored: set[int] = set()
    for item in storage["chars"]:
        char = item["ch"]
        if DIRECTION_MARKS.fullmatch(char):
            continue
        if char == _ZWNJ_STAND_IN:
            char = "\u200c"
        elif bidi.mirrored(char) and item["level"] % 2 == 1:
            mirrored.add(len(out))
            char = bidi.MIRRORED.get(char, char)
        out.append(char)
        levels.append(item["level"])
    drawn, moved = _reading_marks(out, levels)
    return "".join(out), drawn, frozenset(moved[index] for index in mirrored)


#: What poppler reads as part of a number (its "#" class): digits and the separators and
#: signs around them (bidi classes EN, AN, ES, ET, CS: «.», «,», «:», «،», «-», «/», «%»).
_NUMBER_LIKE = frozenset({"EN", "AN", "ES", "ET", "CS"})
_RLM = "\u200f"
_LRM = "\u200e"


def _reading_marks(chars: list[str], levels: list[int]) -> tuple[str, list[int]]:
    """The visual string with zero-width RLM and LRM glyphs where poppler needs them to read
    the line back in logical order, and where each visual character went.

    Poppler reorders a right-to-left line by itself, from the visual string: every run of
    characters that are not right-to-left letters and that holds a Latin letter or a
    number-like character is read left to right, and the rest right to left. So in
    «پروانه: 98-12534، صادرکننده» the colon, the spaces and the comma next to the number
    join its run and come out as «پروانه ،98-12534 :صادرکننده». An RLM (a right-to-left
    letter to poppler) before such a character and before each left-to-right run closes the
    run there; an LRM after a left-to-right run that ends in a bracket or a quotation mark
    keeps that mark in the run. The marks draw nothing and read as nothing."""
    drawn: list[str] = []
    moved: list[int] = []
    count = len(chars)
    for index, char in enumerate(chars):
        kind = unicodedata.bidirectional(char)
        level = levels[index]
        before = chars[index - 1] if index else ""
        if before and not _is_rtl_letter(before):
            starts_ltr = level % 2 == 0 and levels[index - 1] % 2 == 1
            lone_number_like = level % 2 == 1 and kind in _NUMBER_LIKE
            if starts_ltr or lone_number_like:
                drawn.append(_RLM)
        moved.append(len(drawn))
        drawn.append(char)
        ends_ltr = level % 2 == 0 and (index + 1 == count or levels[index + 1] % 2 == 1)
        if ends_ltr and kind != "L" and kind not in _NUMBER_LIKE:
            drawn.append(_LRM)
    return "".join(drawn), moved


def _is_rtl_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def text_width(text: str, font_name: str, font_size: float) -> float:
    """Width in points that ``text`` takes once shaped, in the given font."""
    return _word_width(text, font_name, float(font_size))


@lru_cache(maxsize=16384)
def _word_width(word: str, font_name: str, font_size: float) -> float:
    return stringWidth(reshape(word), font_name, font_size)


def clear_caches() -> None:
    """Forget cached shapes and widths (for benchmarks, or after re-registering a font)."""
    _bidi.cache_clear()
    _word_width.cache_clear()
    prepare.cache_clear()


@lru_cache(maxsize=8192)
def prepare(text: str, *, persian_digits: bool = True) -> str:
    """Normalise line ends, print Arabic ي/ك as the Persian ی/ک (R-9.2: text kept before
    the rule, or set around the workflow) and, if asked, write digits in Persian."""
    text = persian_letters(text.replace("\r\n", "\n").replace("\r", "\n"))
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
    """Cut a word wider than the whole line into pieces that each fit. An address
    («info@green-future.org») is cut only before an «@» or a «.», each piece as long as
    fits; a part still too wide before a «-»; what is still too wide, or a word with none
    of them, is cut between characters (at least one a piece). A piece of a left-to-right
    run (LRE…PDF) is embedded on its own line as the whole run was."""
    return _embedded(_cut_at(word, _ADDRESS_BREAKS, max_width, font_name, font_size))


#: Where an over-long address may break, by preference: before an «@» or a «.», then
#: (a part between them still too wide) before a «-», each followed by more of the word.
_ADDRESS_BREAKS = (re.compile(r"(?=[@.][^\W_])"), re.compile(r"(?=-[^\W_])"))


def _cut_at(
    word: str,
    breaks: tuple[re.Pattern[str], ...],
    max_width: float,
    font_name: str,
    font_size: float,
) -> list[str]:
    """``word`` cut at the first of ``breaks`` into pieces as long as fit; a part still too
    wide is cut at the next, and at the last between characters."""
    if not breaks:
        return _cut_characters(word, max_width, font_name, font_size)
    pieces: list[str] = []
    for part in breaks[0].split(word):
        if not part:
            continue
        if pieces and _word_width(pieces[-1] + part, font_name, font_size) <= max_width:
            pieces[-1] += part
        elif _word_width(part, font_name, font_size) <= max_width:
            pieces.append(part)
        else:
            pieces.extend(_cut_at(part, breaks[1:], max_width, font_name, font_size))
    return pieces


_EMBEDDINGS = "\u202a\u202b\u202d\u202e"
_POP = "\u202c"


def _cut_characters(word: str, max_width: float, font_name: str, font_size: float) -> list[str]:
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


def _embedded(pieces: list[str]) -> list[str]:
    """``pieces`` with each embedding still open at a piece's end closed there and opened
    again at the head of the next piece (each line is reordered on its own)."""
    out: list[str] = []
    open_now: list[str] = []
    for piece in pieces:
        head = "".join(open_now)
        for char in piece:
            if char in _EMBEDDINGS:
                open_now.append(char)
            elif char == _POP and open_now:
                open_now.pop()
        out.append(head + piece + _POP * len(open_now))
    return out


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
    the spaces of the visual line; the last line of a paragraph, a line with no
    space, and a line too short to stretch (``_tight_enough``) is right-aligned instead.
    """
    if not line.visual:
        return
    canvas.setFont(font_name, font_size)
    visual, drawn, mirrored = _bidi(line.logical)
    if visual != line.visual:  # a line made otherwise (a word cut to fit): no marks known
        drawn, mirrored = line.visual, frozenset()
    if alignment == "justify" and not line.last and _tight_enough(line, width, font_size):
        _draw_justified(canvas, line, drawn, x, y, width, font_name, font_size, mirrored)
        return
    if alignment == "center":
        start = x + (width - line.width) / 2
    elif alignment == "left":
        start = x
    else:
        start = x + width - line.width
    _draw_run(canvas, start, y, drawn, mirrored, font_name, font_size)


def _tight_enough(line: Line, width: float, font_size: float) -> bool:
    """Whether a line is justified: it has spaces, and stretching them takes no more than
    half an em each. A line left short by an unbreakable run after it (an e-mail address
    moved whole to the next line) is right-aligned rather than drawn with gaps as wide as
    words, which also make poppler read its words as columns."""
    gaps = line.visual.count(" ")
    return gaps > 0 and (width - line.width) / gaps <= font_size / 2


def _draw_run(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    mirrored: frozenset[int],
    font_name: str,
    font_size: float,
    stretch: float = 0.0,
) -> None:
    """Draw ``text`` from ``x`` as one text object. Each bracket the bidi pass mirrored (its
    position in ``mirrored``) is drawn in a span whose /ActualText is the bracket as typed, so
    that text copied out of the PDF has its brackets the right way round. With ``stretch``,
    every space (U+0020, not a no-break space) is followed by that many points more: a
    justified line is one text object, its spare width shifted in after each space."""
    font = pdfmetrics.getFont(font_name)
    if not getattr(font, "_dynamicFont", False):  # a standard font: ReportLab's own path
        canvas.drawString(x, y, text)
        return
    doc = canvas._doc
    escape = canvas._escape
    size = fp_str(font_size)
    shift = fp_str(-stretch * 1000.0 / font_size) if stretch else ""
    out = [f"BT 1 0 0 1 {fp_str(x, y)} Tm"]
    shown: list[str] = []  # the array of the TJ being written
    subset_now = None

    def flush() -> None:
        if shown:
            out.append(f"[{' '.join(shown)}] TJ")
            shown.clear()

    def show(piece: str) -> None:
        """The glyphs of ``piece``, a shift after each of its spaces when stretching."""
        nonlocal subset_now
        at = 0
        for subset, data in font.splitString(piece, doc):
            if subset != subset_now:
                flush()
                out.append(f"{font.getSubsetInternalName(subset, doc)} {size} Tf")
                subset_now = subset
            cut = 0
            if shift:
                space = piece.find(" ", at, at + len(data))
                while space >= 0:
                    shown.append(f"({escape(data[cut : space - at + 1])})")
                    shown.append(shift)
                    cut = space - at + 1
                    space = piece.find(" ", space + 1, at + len(data))
            if cut < len(data):
                shown.append(f"({escape(data[cut:])})")
            at += len(data)

    start = 0
    for index in sorted(mirrored):
        if index >= len(text):
            break
        if index > start:
            show(text[start:index])
        flush()
        char = text[index]
        actual = bidi.MIRRORED.get(char, char).encode("utf-16-be").hex().upper()
        out.append(f"/Span <</ActualText <FEFF{actual}>>> BDC")
        show(char)
        flush()
        out.append("EMC")
        start = index + 1
    if start < len(text):
        show(text[start:])
    flush()
    out.append("ET")
    canvas._code.append("\n".join(out))


def _draw_justified(
    canvas: Canvas,
    line: Line,
    drawn: str,
    x: float,
    y: float,
    width: float,
    font_name: str,
    font_size: float,
    mirrored: frozenset[int] = frozenset(),
) -> None:
    """The line from ``x`` to ``x + width``: the spare width shared out over its spaces."""
    gaps = line.visual.count(" ")
    stretch = max(0.0, width - line.width) / gaps
    _draw_run(canvas, x, y, drawn, mirrored, font_name, font_size, stretch)
