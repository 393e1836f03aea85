"""R-6.5: the Iranian national code (کد ملی), ten digits whose last is a check digit."""

from __future__ import annotations

import re

_TEN_DIGITS = re.compile(r"[0-9]{10}")


def is_valid(code: str) -> bool:
    """Ten Latin digits, not all the same, with the right check digit: the sum of the first
    nine digits weighted 10 … 2, modulo 11, gives the check digit itself below 2, else 11
    minus it."""
    if not _TEN_DIGITS.fullmatch(code) or len(set(code)) == 1:
        return False
    remainder = sum(int(digit) * (10 - i) for i, digit in enumerate(code[:9])) % 11
    check = remainder if remainder < 2 else 11 - remainder
    return int(code[9]) == check
