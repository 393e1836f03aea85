"""Line breaking, shaping and bidi of the Persian layout engine (no PDF, no OCR)."""

from __future__ import annotations

import io
import re
import subprocess
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import font_name
from app.documents.layout import ltr
from app.documents.persian_text import Line, draw_line, layout, reshape, text_width, to_visual

FONT = font_name()
BOLD = font_name(bold=True)
SIZE = 11.0

WORDS = [
    "قرارداد",
    "سمن‌سرا",
    "می‌شود",
    "اجاره",
    "(شش",
    "ماهه)",
    "«قرارداد",
    "اجاره»",
    "ت-۱۴۰۵/۰۱۲",
    "۱۴۰۵/۰۹/۰۱",
    "۲۰۰٬۰۰۰٬۰۰۰",
    "ریال",
    "Green",
    "Future",
    "NGO",
    "(GF)",
    "[A4]",
    "و",
    "از",
    "به",
    "مستأجر",
    "ضمناً",
    "خانهٔ",
    "لا",
    "12",
    "۳",
    "،",
    ".",
]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
widths = st.floats(min_value=60.0, max_value=500.0)

# Brackets and guillemets are drawn mirrored in right-to-left runs; compare
# character counts with every mirrored pair folded into one.
_FOLD = str.maketrans({")": "(", "»": "«", "]": "[", "}": "{", ">": "<"})
_INVISIBLE = re.compile("[\u200c\u200d\u200e\u200f]")


def _folded(text: str) -> Counter[str]:
    return Counter(_INVISIBLE.sub("", text).translate(_FOLD).replace(" ", ""))


@settings(max_examples=150, deadline=None)
@given(texts, widths, st.sampled_from([FONT, BOLD]))
def test_lines_never_exceed_the_width(text: str, width: float, font: str) -> None:
    for line in layout(text, width, font, SIZE):
        drawn = stringWidth(line.visual, font, SIZE)
        assert drawn == pytest.approx(line.width)
        assert drawn <= width + 1e-9, line


@settings(max_examples=150, deadline=None)
@given(texts, widths)
def test_every_character_is_kept(text: str, width: float) -> None:
    lines = layout(text, width, FONT, SIZE, persian_digits=False)
    assert "".join(line.logical for line in lines).replace(" ", "") == text.replace(" ", "")
    assert [line.logical for line in lines] == [" ".join(line.logical.split()) for line in lines]
    for line in lines:
        # The visual string holds exactly the shaped characters of the line.
        assert _folded(line.visual) == _folded(reshape(line.logical))
    assert lines[-1].last and not any(line.last for line in lines[:-1])


def test_breaks_at_spaces_only_and_fills_lines() -> None:
    text = " ".join(["سمن‌سرا"] * 40)
    width = 150.0
    lines = layout(text, width, FONT, SIZE)
    assert len(lines) > 3
    word = text_width("سمن‌سرا", FONT, SIZE)
    space = stringWidth(" ", FONT, SIZE)
    for line in lines[:-1]:
        assert set(line.logical.split(" ")) == {"سمن‌سرا"}
        # Greedy: the next word would not have fitted.
        assert line.width + space + word > width


def test_newline_forces_a_break_and_blank_line_is_kept() -> None:
    lines = layout("بند یک\nبند دو\n\nبند سه", 400, FONT, SIZE)
    assert [line.logical for line in lines] == ["بند یک", "بند دو", "", "بند سه"]
    assert all(line.last for line in lines)


def test_overlong_word_is_cut_to_fit() -> None:
    word = "سازمان‌های‌مردم‌نهاد" * 4
    lines = layout(word, 60, FONT, SIZE)
    assert len(lines) > 1
    assert "".join(line.logical for line in lines) == word
    assert all(line.width <= 60 for line in lines)


EMAIL = "children.rights.association@green-future-tehran.org"
_EMBEDDING = re.compile("[\u202a-\u202e]")


def _email_lines(width: float) -> list[str]:
    text = f"انجمن با پست الکترونیکی {ltr(EMAIL)}، با مدیرعاملی خانم سارا کریمی"
    return [_EMBEDDING.sub("", line.logical) for line in layout(text, width, FONT, SIZE)]


def test_an_address_moves_whole_to_the_next_line() -> None:
    assert text_width(EMAIL, FONT, SIZE) < 300
    lines = _email_lines(300)
    assert any(EMAIL in line for line in lines)


@pytest.mark.parametrize(("width", "breaks"), [(200.0, "@."), (150.0, "@."), (90.0, "@.-")])
def test_an_address_wider_than_the_line_breaks_only_before_at_or_dot(
    width: float, breaks: str
) -> None:
    """Only an address wider than the whole line breaks, and then never inside a word: before
    an «@» or a «.», or, a part between them wider than the line, before a «-»."""
    lines = _email_lines(width)
    parts = [word for line in lines for word in line.split() if re.search("[a-z]", word)]
    assert "".join(parts).rstrip("،") == EMAIL
    assert len(parts) > 1
    assert all(part[0] in breaks for part in parts[1:]), parts


def test_each_piece_of_a_broken_address_is_its_own_left_to_right_run() -> None:
    text = f"پست {ltr(EMAIL)} است"
    lines = layout(text, 150, FONT, SIZE)
    pieces = [line.logical for line in lines if "\u202a" in line.logical]
    assert len(pieces) > 1
    assert all(piece.count("\u202a") == piece.count("\u202c") == 1 for piece in pieces)


def test_a_licence_number_never_breaks_inside() -> None:
    licence = "98-12534/A-1405"
    text = f"شمارهٔ پروانهٔ انجمن {ltr(licence)} است"
    least = text_width(licence, FONT, SIZE)
    for width in (least + 1, least + 20, least + 40, least + 80):
        lines = [_EMBEDDING.sub("", line.logical) for line in layout(text, width, FONT, SIZE)]
        assert any("98-12534/A-1405" in line for line in lines), (width, lines)


def test_width_must_be_positive() -> None:
    with pytest.raises(ValueError):
        layout("متن", 0, FONT, SIZE)


def test_latin_digits_become_persian_in_persian_text() -> None:
    (line,) = layout("قرارداد 12 با Green Future 2024 و A4", 500, FONT, SIZE)
    assert line.logical == "قرارداد ۱۲ با Green Future ۲۰۲۴ و A4"
    (kept,) = layout("قرارداد 12", 500, FONT, SIZE, persian_digits=False)
    assert kept.logical == "قرارداد 12"


@pytest.mark.parametrize(
    "run", ["۱۲۳۴۵۶۷۸۹", "۱۴۰۵/۰۹/۰۱", "۲۰۰٬۰۰۰٬۰۰۰", "Green Future NGO", "123456"]
)
def test_digit_and_latin_runs_keep_their_order(run: str) -> None:
    visual = to_visual(f"مبلغ {run} ریال")
    assert run in visual
    # The Persian words around it are reversed for display: «ریال» is at the left.
    assert visual.index(run) > visual.index(reshape("ریال")[::-1])


def test_code_reads_letter_then_number() -> None:
    visual = to_visual("شماره ت-۱۴۰۵/۰۱۲ است")
    # Read right to left: «ت», «-», then the number in its own left-to-right order.
    assert "۱۴۰۵/۰۱۲-" + reshape("ت") in visual


@pytest.mark.parametrize(("opening", "closing"), [("(", ")"), ("«", "»"), ("[", "]")])
def test_brackets_are_mirrored(opening: str, closing: str) -> None:
    visual = to_visual(f"{opening}شش ماهه{closing}")
    # The logical opening bracket is drawn at the right end as the mirrored glyph.
    assert visual[-1] == closing
    assert visual[0] == opening
    assert visual[1:-1] == reshape("شش ماهه")[::-1]


def test_lines_come_in_logical_order() -> None:
    text = "اول " * 30 + "دوم " * 30
    lines = layout(text.strip(), 120, FONT, SIZE)
    words = " ".join(line.logical for line in lines).split()
    assert words == text.split()


def test_letters_join_and_zwnj_holds() -> None:
    shaped = reshape("می‌شود")
    # م initial, ی final (not joined to ش), ش initial: the ZWNJ keeps «می» and «شود» apart.
    assert shaped[0] == "\ufee3" and shaped[1] == "\ufbfd" and shaped[3] == "\ufeb7"
    assert "\ufee3" in to_visual("می‌شود")


def _drawn_words(line: Line, alignment: str, x: float = 50.0, width: float = 300.0) -> list:
    """Where each word of `line` lands on a real page: poppler's word boxes (from the glyphs'
    advances), left to right, as (left, right) in points."""
    canvas = Canvas(io.BytesIO(), pagesize=(400, 100))
    draw_line(
        canvas,
        line,
        x=x,
        y=50,
        width=width,
        font_name=FONT,
        font_size=SIZE,
        alignment=alignment,  # type: ignore[arg-type]
    )
    canvas.showPage()
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"],
        input=canvas.getpdfdata(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', html)
    return sorted((float(a), float(b)) for a, b in boxes)


def test_justified_lines_are_flush_on_both_sides() -> None:
    text = "موضوع این قرارداد واگذاری استفاده از فضای سمن‌سرا برای جلسات آموزشی است " * 4
    lines = layout(text, 300, FONT, SIZE)
    assert len(lines) >= 3
    for line in lines[:-1]:
        words = _drawn_words(line, "justify")
        assert words[0][0] == pytest.approx(50.0, abs=0.05)
        assert words[-1][1] == pytest.approx(350.0, abs=0.05)
        assert len(words) == len(line.visual.split(" "))
        # Gaps all equal: the spare width is shared out over the spaces.
        gaps = [b[0] - a[1] for a, b in zip(words, words[1:], strict=False)]
        assert min(gaps) > stringWidth(" ", FONT, SIZE)
        assert max(gaps) - min(gaps) < 0.05
    # The last line of the paragraph is not justified: right-aligned.
    last = _drawn_words(lines[-1], "justify")
    assert last[-1][1] == pytest.approx(350.0, abs=0.05) and last[0][0] > 50.0 + 1


def test_a_no_break_space_is_not_stretched() -> None:
    """The spare width goes to the spaces only: «مادهٔ ۸» stays one word, its space as wide as
    a space."""
    text = "بر پایهٔ مادهٔ\u00a0۸ شیوه‌نامه این قرارداد برای مدت شش ماه بسته می‌شود و " * 3
    lines = layout(text, 300, FONT, SIZE)
    line = next(li for li in lines[:-1] if "\u00a0" in li.logical)
    words = _drawn_words(line, "justify", width=320.0)  # 20 points more to share out
    assert words[0][0] == pytest.approx(50.0, abs=0.05)
    assert words[-1][1] == pytest.approx(370.0, abs=0.05)
    gaps = sorted(b[0] - a[1] for a, b in zip(words, words[1:], strict=False))
    space = stringWidth(" ", FONT, SIZE)
    assert gaps[0] == pytest.approx(space, abs=0.05)  # the no-break space, as typed
    assert gaps[1] > space + 1.5 and gaps[-1] - gaps[1] < 0.05  # the spaces, stretched alike


def test_right_and_centre_alignment() -> None:
    (line,) = layout("قرارداد اجاره", 300, FONT, SIZE)
    right = _drawn_words(line, "right")
    assert right[-1][1] == pytest.approx(350.0, abs=0.05)
    centre = _drawn_words(line, "center")
    assert (centre[0][0] + centre[-1][1]) / 2 == pytest.approx(200.0, abs=0.05)


@pytest.mark.parametrize(
    ("logical", "latin_run"),
    [
        ("سازمان Green Future (GF) است", "Green Future (GF)"),
        ("سازمان Green Future (GF)", "Green Future (GF)"),
        ("Green Future (GF) قرارداد", "Green Future (GF)"),
        ("استاندارد ISO (9001) و", "ISO (9001)"),
        ("بند a [b (c) d] است", "a [b (c) d]"),
    ],
)
def test_brackets_inside_latin_text_stay_with_it(logical: str, latin_run: str) -> None:
    """UAX #9 rule N0 (paired brackets), which python-bidi's pure-Python algorithm lacks."""
    visual = to_visual(logical)
    assert latin_run in visual
    assert "\u200e" not in visual and "\u200f" not in visual


@pytest.mark.parametrize(
    ("logical", "visual_inner"),
    [("سازمان (Green Future) است", "(Green Future)"), ("بند (۲) و", "(۲)")],
)
def test_brackets_around_latin_in_persian_text_follow_the_line(
    logical: str, visual_inner: str
) -> None:
    visual = to_visual(logical)
    assert visual_inner in visual
    assert visual.index(reshape("است" if "است" in logical else "و")[::-1]) < visual.index(
        visual_inner
    )
