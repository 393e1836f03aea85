"""Persian digits in running text."""

from __future__ import annotations

import pytest

from app.documents.digits import format_amount, to_latin_digits, to_persian_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قرارداد 12", "قرارداد ۱۲"),
        ("تاریخ 1405/09/01", "تاریخ ۱۴۰۵/۰۹/۰۱"),
        ("مبلغ 200,000,000 ریال", "مبلغ ۲۰۰٬۰۰۰٬۰۰۰ ریال"),
        ("ارقام عربی ٤٥٦", "ارقام عربی ۴۵۶"),
        ("کاغذ A4 و ISO9001 و 3 نسخه", "کاغذ A4 و ISO9001 و ۳ نسخه"),
        ("Green Future NGO", "Green Future NGO"),
        ("info2@ngo.ir شماره 7", "info2@ngo.ir شماره ۷"),
        ("بند ۲، 3", "بند ۲، ۳"),
    ],
)
def test_to_persian_digits(text: str, expected: str) -> None:
    assert to_persian_digits(text) == expected


def test_latin_words_can_be_converted_too() -> None:
    assert to_persian_digits("A4", keep_latin_words=False) == "A۴"


def test_to_latin_digits() -> None:
    assert to_latin_digits("ت-۱۴۰۵/۰۱۲ و ٣") == "ت-1405/012 و 3"


@pytest.mark.parametrize(
    ("number", "text"),
    [(0, "۰"), (999, "۹۹۹"), (1000, "۱٬۰۰۰"), (200_000_000, "۲۰۰٬۰۰۰٬۰۰۰"), (-1500, "-۱٬۵۰۰")],
)
def test_format_amount(number: int, text: str) -> None:
    assert format_amount(number) == text
