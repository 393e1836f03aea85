"""Tests for the Persian text helpers."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.workflow import persian, validate
from app.workflow.errors import WorkflowError
from app.workflow.persian import (
    format_number,
    format_rials,
    normalise,
    parse_int,
    to_latin_digits,
    to_persian_digits,
)

PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")


# --- digits ---------------------------------------------------------------------------------


def test_to_latin_digits() -> None:
    assert to_latin_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert to_latin_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_latin_digits("ت-۱۴۰۲/۰۱۲ abc 7") == "ت-1402/012 abc 7"


def test_to_persian_digits() -> None:
    assert to_persian_digits("0123456789") == "۰۱۲۳۴۵۶۷۸۹"
    assert to_persian_digits("٠١٢٣٤٥٦٧٨٩") == "۰۱۲۳۴۵۶۷۸۹"
    assert to_persian_digits(1405) == "۱۴۰۵"
    assert to_persian_digits(-12) == "-۱۲"
    assert to_persian_digits("ساعت 9:30") == "ساعت ۹:۳۰"


@given(st.text())
def test_digit_conversions_round_trip(s: str) -> None:
    assert to_latin_digits(to_persian_digits(to_latin_digits(s))) == to_latin_digits(s)
    assert to_persian_digits(to_latin_digits(s)) == to_persian_digits(s)


# --- normalise ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        ("كانون", "کانون"),  # Arabic kaf
        ("سمن\u200cسرا", "سمن سرا"),  # ZWNJ vs space
        ("سمن\u200cسرا", "سمنسرا"),  # ZWNJ vs nothing
        ("سمن  سرا", "سمن-سرا"),
        ("سمن_سرا", "سمن/سرا"),
        ("خانهٔ سمن‌ها", "خانه سمنها"),  # ezafe hamza
        ("خانۀ سمن‌ها", "خانه سمنها"),  # precomposed heh with hamza
        ("منطقه ۱۲", "منطقه 12"),  # Persian vs Latin digits
        ("منطقه ١٢", "منطقه 12"),  # Arabic-Indic digits
        ("مُحَمَّد", "محمد"),  # diacritics
        ("رحمٰن", "رحمن"),  # superscript alef
        ("مـــحـمد", "محمد"),  # tatweel
        ("\u200fسمن\u200dسرا\u200e", "سمنسرا"),  # bidi marks, ZWJ
        ("NGO House", "ngo house"),  # Latin case
        ("  انجمن،  حمایت.  ", "انجمن حمایت"),  # Arabic comma, dot, outer spaces
        ("ا\u0653ب", "آب"),  # decomposed alef with madda
    ],
)
def test_normalise_makes_equal_keys(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("آب", "اب"),  # alef with madda is a different letter
        ("سمن سرا", "سمن سرای"),
        ("منطقه ۱۲", "منطقه ۱۳"),
    ],
)
def test_normalise_keeps_different_names_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_normalise_key_has_no_spaces_or_zero_width_characters() -> None:
    key = normalise(" سمن\u200cسرای  منطقهٔ ۱۲ ")
    assert key == "سمنسرایمنطقه12"


@given(st.text())
def test_normalise_is_idempotent(s: str) -> None:
    assert normalise(normalise(s)) == normalise(s)


@given(st.text(alphabet="سمنراییكك\u200c\u200d -_/.،ـ۰۱۲12\u064e\u0650ٔآ"))
def test_normalise_is_idempotent_on_persian_text(s: str) -> None:
    key = normalise(s)
    assert normalise(key) == key
    assert " " not in key
    assert "\u200c" not in key


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "۰"),
        (7, "۷"),
        (999, "۹۹۹"),
        (1000, "۱٬۰۰۰"),
        (123456, "۱۲۳٬۴۵۶"),
        (1234567, "۱٬۲۳۴٬۵۶۷"),
        (200000000, "۲۰۰٬۰۰۰٬۰۰۰"),
        (-1000, "-۱٬۰۰۰"),
        (-5, "-۵"),
    ],
)
def test_format_number(n: int, text: str) -> None:
    assert format_number(n) == text


def test_format_rials() -> None:
    assert format_rials(200000000) == "۲۰۰٬۰۰۰٬۰۰۰ ریال"
    assert format_rials(0) == "۰ ریال"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("۲۰۰٬۰۰۰", 200000),
        ("12", 12),
        ("١٢", 12),
        ("  ۱۲  ", 12),
        ("1,000,000", 1000000),
        ("۰", 0),
        ("-۱٬۰۰۰", -1000),
        ("\u2212" + "5", -5),
        (42, 42),
    ],
)
def test_parse_int_accepts(text: str | int, n: int) -> None:
    assert parse_int(text) == n


@pytest.mark.parametrize(
    "text", ["12a", "", "   ", "abc", "1.5", ",12", "12,", "1,,2", "+5", "1 2", "۱۲ریال", "--1"]
)
def test_parse_int_rejects(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_int(text)
    assert PERSIAN_LETTER.search(str(info.value))


def test_parse_int_rejects_non_numbers() -> None:
    with pytest.raises(ValueError):
        parse_int(True)
    with pytest.raises(ValueError):
        parse_int(1.5)  # type: ignore[arg-type]


@given(st.integers())
def test_parse_int_reads_format_number(n: int) -> None:
    assert parse_int(format_number(n)) == n
    assert parse_int(str(n)) == n
    assert parse_int(f"{n:,}") == n


# --- identifiers and invisible text ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("T۱", "T1"),
        ("Ｔ１", "T1"),
        ("T\u200d1", "T1"),
        ("\u202bS06\u202c", "S06"),
        ("S\u206306\u3164", "S06"),
        ("R\u034f1\u180e", "R1"),
        ("سفته-۱۰۰۱", "سفته-1001"),
        ("كد-ي", "کد-ی"),
        ("  C1\x00 ", "C1"),
    ],
)
def test_r9_2_identifier_form(typed: str, kept: str) -> None:
    assert persian.identifier(typed) == kept
    assert persian.identifier(kept) == kept  # idempotent


def test_r9_2_identifier_keeps_case_and_inner_signs() -> None:
    assert persian.identifier("ab-C/12") == "ab-C/12"


@pytest.mark.parametrize(
    "blank",
    ["\u200c", "\u200d\u2063", "\u3164", "\u034f\u180e", "\u202a\u202c", "\ufeff", "\u2066\u2069"],
)
def test_r9_2_invisible_only_text_is_empty(blank: str) -> None:
    assert not persian.visible(blank).strip()
    with pytest.raises(WorkflowError) as caught:
        validate.text(blank, "reason")
    assert caught.value.code == "INVALID_INPUT" and caught.value.field == "reason"
    assert validate.text(blank, "reason", required=False) == ""


def test_r9_2_text_keeps_zwnj_between_letters_and_stores_persian_letters() -> None:
    assert validate.text("سمن\u200cسرا", "name") == "سمن\u200cسرا"
    assert validate.text("علي كريمي", "name") == "علی کریمی"


def test_r9_2_nul_is_refused_with_the_field() -> None:
    with pytest.raises(WorkflowError) as caught:
        validate.text("نام\x00", "name")
    assert caught.value.field == "name"
