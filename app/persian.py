"""Persian text helpers: digits, number formatting and search keys.

Only the standard library is used, so every layer (workflow, db, documents, UI) may import it;
the workflow knows it as `app.workflow.persian`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "PERSIAN_DIGITS",
    "ARABIC_DIGITS",
    "THOUSANDS_SEPARATOR",
    "to_latin_digits",
    "to_persian_digits",
    "normalise",
    "format_number",
    "format_rials",
    "parse_int",
    "identifier",
    "visible",
    "persian_letters",
]

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

THOUSANDS_SEPARATOR = "\u066c"  # ARABIC THOUSANDS SEPARATOR «٬»

_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, LATIN_DIGITS * 2)
_TO_PERSIAN = str.maketrans(LATIN_DIGITS + ARABIC_DIGITS, PERSIAN_DIGITS * 2)

# Letters that Arabic keyboards and old systems produce in place of the Persian ones; «ۀ» is
# «ه» with the optional ezafe hamza, which people write or leave out (خانهٔ / خانه).
_LETTERS = {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه"}

# Zero-width characters, bidi controls and tatweel: invisible or decorative, never meaningful
# in a key.
_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2066\u2067\u2068\u2069"  # word joiner, bidi isolates
    "\u061c\ufeff\u00ad"  # Arabic letter mark, BOM / ZWNBSP, soft hyphen
    "\u0640"  # tatweel «ـ»
)
_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"

_INVISIBLE_TABLE = str.maketrans("", "", _INVISIBLE)
_NORMALISE_TABLE = str.maketrans(
    {
        **_LETTERS,
        **{c: None for c in _INVISIBLE + _DIACRITICS},
        **{c: LATIN_DIGITS[i % 10] for i, c in enumerate(PERSIAN_DIGITS + ARABIC_DIGITS)},
    }
)
# Letters typed as base letter + combining hamza/maddah become the single letter, so that the
# diacritic removal below does not turn «آ» into «ا» only when it was typed decomposed. (ه + ◌ٔ
# is left to lose its hamza, like «ۀ».)
_COMPOSE = re.compile("[اویيى][\u0653\u0654\u0655]")
_COMPOSED = {
    "ا\u0653": "آ",
    "ا\u0654": "أ",
    "ا\u0655": "إ",
    "و\u0654": "ؤ",
    "ی\u0654": "ئ",
    "ي\u0654": "ئ",
    "ى\u0654": "ئ",
}
_SEPARATORS = re.compile(r"[\s\-_/.،]+")

_NUMBER_SEPARATORS = str.maketrans("", "", "," + THOUSANDS_SEPARATOR)
_INTEGER = re.compile(r"[0-9]+(?:[,\u066c][0-9]+)*")  # digits, single separators between
_MINUS_SIGNS = "-\u2212"  # hyphen-minus, MINUS SIGN


def to_latin_digits(s: str) -> str:
    """Replace Persian (۰-۹) and Arabic-Indic (٠-٩) digits by ASCII digits."""
    return s.translate(_TO_LATIN)


def to_persian_digits(s: str | int) -> str:
    """Replace ASCII and Arabic-Indic digits by Persian digits (an int is written out first)."""
    return str(s).translate(_TO_PERSIAN)


def normalise(s: str) -> str:
    """Return the search and uniqueness key of ``s``; the key is never shown to anyone.

    Steps: casefold (Latin capitals); remove zero-width characters (ZWNJ, ZWJ, ...), bidi
    marks and tatweel «ـ»; a letter typed with a combining hamza or maddah becomes the single
    letter (ا + ◌ٓ → آ; أ, إ and آ are otherwise kept); ي and ى → ی, ك → ک, ۀ → ه (the ezafe
    hamza is optional); every digit → ASCII; remove Arabic diacritics (U+064B-U+065F,
    U+0670); finally remove every separator (whitespace, ``-``, ``_``, ``/``, ``.``, ``،``),
    because a Persian reader takes «سمن‌سرا», «سمن سرا» and «سمنسرا» for the same name.
    So "No. 12" and "no12" share a key too. The function is idempotent.
    """
    key = s.casefold().translate(_INVISIBLE_TABLE)
    key = _COMPOSE.sub(lambda m: _COMPOSED.get(m.group(), m.group()), key)
    key = key.translate(_NORMALISE_TABLE)
    return _SEPARATORS.sub("", key)


def format_number(n: int) -> str:
    """Write ``n`` in Persian digits grouped by three with «٬» (200000000 → ۲۰۰٬۰۰۰٬۰۰۰)."""
    grouped = f"{abs(n):,}".replace(",", THOUSANDS_SEPARATOR)
    return ("-" if n < 0 else "") + to_persian_digits(grouped)


def format_rials(n: int) -> str:
    """Write an amount in rials: ``format_number(n)`` followed by « ریال»."""
    return f"{format_number(n)} ریال"


def parse_int(text: str | int) -> int:
    """Read a whole number typed in Persian, Arabic-Indic or Latin digits.

    Thousands separators («٬» U+066C and ``,``, one at a time between digits), surrounding
    spaces and a leading minus sign (so ``parse_int(format_number(n)) == n``) are allowed.
    Anything else raises :class:`ValueError` with a Persian message.
    """
    if isinstance(text, bool) or not isinstance(text, int | str):
        raise ValueError(f"«{text}» عدد نیست.")
    if isinstance(text, int):
        return text
    cleaned = to_latin_digits(text.strip())
    if not cleaned:
        raise ValueError("عددی نوشته نشده است.")
    sign = 1
    if cleaned[0] in _MINUS_SIGNS:
        sign, cleaned = -1, cleaned[1:]
    if not _INTEGER.fullmatch(cleaned):
        raise ValueError(
            f"«{text.strip()}» عدد درستی نیست؛ فقط رقم و جداکنندهٔ هزارگان (٬) بنویسید."
        )
    return sign * int(cleaned.translate(_NUMBER_SEPARATORS))


# --- identifiers and free text (R-9.2) ---------------------------------------------------------

# Characters that draw nothing but are not format characters (Unicode category Cf): the
# combining grapheme joiner, the Mongolian vowel separator of older Unicode, and the Hangul
# fillers that pass for blanks.
_BLANK_LOOKING = frozenset("\u034f\u180e\u115f\u1160\u3164\uffa0")
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def _drawn(ch: str) -> bool:
    return unicodedata.category(ch) not in ("Cf", "Cc") and ch not in _BLANK_LOOKING


def visible(s: str) -> str:
    """``s`` without its invisible characters (format and control characters, ZWNJ and ZWJ
    among them, bidi controls, NUL, the fillers): what is left when nothing is drawn is
    empty. Used to tell an empty text; the text itself keeps its ZWNJ."""
    return "".join(ch for ch in s if _drawn(ch) or ch in " \t\n")


def persian_letters(s: str) -> str:
    """Arabic ي, ى and ك as the Persian ی and ک: names are stored and printed with these."""
    return s.translate(_PERSIAN_LETTERS)


def identifier(s: str) -> str:
    """The comparison form of an identifier a person types (a code, reference, serial,
    licence number or username; R-9.2): NFKC (fullwidth digits and letters), Persian and
    Arabic-Indic digits → Latin, ي/ك → ی/ک, invisible and format characters removed, and
    surrounding spaces trimmed. Letter case is kept (usernames fold it themselves)."""
    text = unicodedata.normalize("NFKC", str(s))
    text = "".join(ch for ch in text if _drawn(ch))
    return persian_letters(to_latin_digits(text)).strip()
