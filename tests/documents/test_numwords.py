"""Numbers in Persian words (amounts on contracts and receipts)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.documents.numwords import LIMIT, rials_in_words, to_words

EXAMPLES = {
    0: "صفر",
    1: "یک",
    5: "پنج",
    9: "نه",
    10: "ده",
    11: "یازده",
    12: "دوازده",
    13: "سیزده",
    14: "چهارده",
    15: "پانزده",
    16: "شانزده",
    17: "هفده",
    18: "هجده",
    19: "نوزده",
    20: "بیست",
    21: "بیست و یک",
    45: "چهل و پنج",
    99: "نود و نه",
    100: "صد",
    101: "صد و یک",
    110: "صد و ده",
    119: "صد و نوزده",
    200: "دویست",
    305: "سیصد و پنج",
    999: "نهصد و نود و نه",
    1000: "هزار",
    1001: "هزار و یک",
    1234: "هزار و دویست و سی و چهار",
    1999: "هزار و نهصد و نود و نه",
    2000: "دو هزار",
    10_000: "ده هزار",
    100_000: "صد هزار",
    101_000: "صد و یک هزار",
    1_000_000: "یک میلیون",
    1_000_001: "یک میلیون و یک",
    1_001_000: "یک میلیون و هزار",
    2_500_000: "دو میلیون و پانصد هزار",
    200_000_000: "دویست میلیون",
    270_000_000: "دویست و هفتاد میلیون",
    1_000_000_000: "یک میلیارد",
    1_000_000_000_000: "یک تریلیون",
    1_234_567_891_011: (
        "یک تریلیون و دویست و سی و چهار میلیارد و پانصد و شصت و هفت میلیون"
        " و هشتصد و نود و یک هزار و یازده"
    ),
    999_000_000_000_000: "نهصد و نود و نه تریلیون",
    10**15 - 1: (
        "نهصد و نود و نه تریلیون و نهصد و نود و نه میلیارد و نهصد و نود و نه میلیون"
        " و نهصد و نود و نه هزار و نهصد و نود و نه"
    ),
    -5: "منفی پنج",
    -1_000: "منفی هزار",
}


@pytest.mark.parametrize(("number", "words"), EXAMPLES.items())
def test_to_words_examples(number: int, words: str) -> None:
    assert to_words(number) == words


def test_rials_in_words() -> None:
    assert rials_in_words(270_000_000) == "دویست و هفتاد میلیون ریال"
    assert rials_in_words(0) == "صفر ریال"


@pytest.mark.parametrize("number", [LIMIT, -LIMIT, 10**18])
def test_out_of_range_is_refused(number: int) -> None:
    with pytest.raises(ValueError):
        to_words(number)


@pytest.mark.parametrize("value", [1.5, "12", True, None])
def test_only_ints(value: object) -> None:
    with pytest.raises(TypeError):
        to_words(value)  # type: ignore[arg-type]


_UNITS = {
    "یک": 1,
    "دو": 2,
    "سه": 3,
    "چهار": 4,
    "پنج": 5,
    "شش": 6,
    "هفت": 7,
    "هشت": 8,
    "نه": 9,
    "ده": 10,
    "یازده": 11,
    "دوازده": 12,
    "سیزده": 13,
    "چهارده": 14,
    "پانزده": 15,
    "شانزده": 16,
    "هفده": 17,
    "هجده": 18,
    "نوزده": 19,
    "بیست": 20,
    "سی": 30,
    "چهل": 40,
    "پنجاه": 50,
    "شصت": 60,
    "هفتاد": 70,
    "هشتاد": 80,
    "نود": 90,
    "صد": 100,
    "دویست": 200,
    "سیصد": 300,
    "چهارصد": 400,
    "پانصد": 500,
    "ششصد": 600,
    "هفتصد": 700,
    "هشتصد": 800,
    "نهصد": 900,
}
_SCALES = {"هزار": 10**3, "میلیون": 10**6, "میلیارد": 10**9, "تریلیون": 10**12}


def _parse(words: str) -> int:
    """An independent reader of the words, to check them by round trip."""
    if words == "صفر":
        return 0
    total = group = 0
    parts = words.split(" ")
    for index, word in enumerate(parts):
        if word == "و":
            assert 0 < index < len(parts) - 1, words
            continue
        if word in _SCALES:
            total += (group or 1) * _SCALES[word]
            group = 0
        else:
            group += _UNITS[word]
    return total + group


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_any_number_has_words_without_digits(number: int) -> None:
    words = to_words(number)
    assert words and words == words.strip() and "  " not in words
    assert not any(char.isdigit() for char in words)
    assert _parse(words) == number


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_negative_numbers_say_minus(number: int) -> None:
    assert to_words(-number) == "منفی " + to_words(number)
