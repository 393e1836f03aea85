"""Integers in Persian words, as written on contracts, cheques and receipts.

Style (the common official one):

* groups of three digits are named with the short-scale words هزار (10³),
  میلیون (10⁶), میلیارد (10⁹), تریلیون (10¹²), and joined with « و »;
* a thousands group equal to one is written «هزار», not «یک هزار»:
  1234 → «هزار و دویست و سی و چهار», 2_001_000 → «دو میلیون و هزار»;
  the larger scales keep «یک»: 1_000_000 → «یک میلیون»;
* zero groups are left out: 1_000_005 → «یک میلیون و پنج»;
* 0 → «صفر»; negative numbers start with «منفی».

Numbers from −(10¹⁵ − 1) to 10¹⁵ − 1 (999 trillion …) are supported.
"""

from __future__ import annotations

ZERO = "صفر"
NEGATIVE = "منفی"
AND = " و "
RIAL = "ریال"

_ONES = ("", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_TEENS = (
    "ده",
    "یازده",
    "دوازده",
    "سیزده",
    "چهارده",
    "پانزده",
    "شانزده",
    "هفده",
    "هجده",
    "نوزده",
)
_TENS = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_HUNDREDS = ("", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد")
_SCALES = ("", "هزار", "میلیون", "میلیارد", "تریلیون")

LIMIT = 1000 ** len(_SCALES)  # 10**15


def to_words(n: int) -> str:
    """Persian words for ``n``: 200_000_000 → «دویست میلیون», 0 → «صفر»."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"an int is needed, not {type(n).__name__}")
    if n == 0:
        return ZERO
    if n < 0:
        return f"{NEGATIVE} {to_words(-n)}"
    if n >= LIMIT:
        raise ValueError(f"{n} is too large: at most {LIMIT - 1}")

    parts: list[str] = []
    for scale in range(len(_SCALES) - 1, -1, -1):
        group = (n // 1000**scale) % 1000
        if group == 0:
            continue
        if scale == 1 and group == 1:
            parts.append(_SCALES[1])
        elif scale == 0:
            parts.append(_below_thousand(group))
        else:
            parts.append(f"{_below_thousand(group)} {_SCALES[scale]}")
    return AND.join(parts)


def rials_in_words(n: int) -> str:
    """An amount of rials in words: 270_000_000 → «دویست و هفتاد میلیون ریال»."""
    return f"{to_words(n)} {RIAL}"


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        parts.append(_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            parts.append(_TENS[tens])
        if ones:
            parts.append(_ONES[ones])
    return AND.join(parts)


def ordinal(n: int) -> str:
    """The ordinal of ``n`` in words: 1 → «یکم», 3 → «سوم», 30 → «سی‌ام», 12 → «دوازدهم»."""
    words = to_words(n)
    if words.endswith("سه"):
        return words[:-2] + "سوم"
    if words.endswith("ی"):
        return words + "\u200cام"
    return words + "م"
