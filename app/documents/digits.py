"""Persian digits in running text, and amounts written with Persian digits.

Documents print numbers with Persian digits (۰–۹). Words that contain Latin
letters keep their digits as written, so "ISO9001", "A4" or an e-mail address
stay as typed, while "قرارداد 12" becomes "قرارداد ۱۲"; so does a left-to-right run embedded
in LRE…PDF (a licence number ``98-12534``, a phone).
"""

from __future__ import annotations

import re

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LATIN_DIGITS = "0123456789"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

#: U+066C ARABIC THOUSANDS SEPARATOR, the Persian digit-group mark («۲۰۰٬۰۰۰»).
THOUSANDS_SEPARATOR = "\u066c"

_TO_PERSIAN = str.maketrans(LATIN_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, LATIN_DIGITS * 2)

_TOKEN = re.compile(r"\S+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LTR_RUN = re.compile(r"(\u202a[^\u202c]*\u202c)")
_COMMA_BETWEEN_DIGITS = re.compile(r"(?<=[0-9۰-۹٠-٩]),(?=[0-9۰-۹٠-٩])")


def to_persian_digits(text: str, *, keep_latin_words: bool = True) -> str:
    """Write Latin (and Arabic-Indic) digits as Persian digits.

    With ``keep_latin_words`` a whitespace-separated word that contains a Latin
    letter keeps its digits. A comma between two digits becomes the Persian
    thousands separator «٬».
    """
    if not keep_latin_words:
        return _convert(text)
    # A left-to-right run embedded in LRE…PDF (a licence number, a phone) keeps its digits.
    parts = _LTR_RUN.split(text)
    for index in range(0, len(parts), 2):
        parts[index] = _TOKEN.sub(
            lambda m: m.group() if _LATIN_LETTER.search(m.group()) else _convert(m.group()),
            parts[index],
        )
    return "".join(parts)


def to_latin_digits(text: str) -> str:
    """Write Persian and Arabic-Indic digits as Latin digits (for parsing and tests)."""
    return text.translate(_TO_LATIN)


def format_amount(n: int) -> str:
    """An integer with Persian digits in groups of three: 200000000 → «۲۰۰٬۰۰۰٬۰۰۰»."""
    return f"{n:,}".replace(",", THOUSANDS_SEPARATOR).translate(_TO_PERSIAN)


def _convert(text: str) -> str:
    return _COMMA_BETWEEN_DIGITS.sub(THOUSANDS_SEPARATOR, text).translate(_TO_PERSIAN)
