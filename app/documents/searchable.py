"""Text copied out of a PDF is the letters as typed, not the joined forms drawn.

Persian is drawn in Arabic presentation forms (the reshaper's joined glyphs, U+FB50–U+FEFF);
ReportLab writes each drawn code point as the glyph's text in the font's ToUnicode map, so
``pdftotext``, copy-paste and screen readers would get those forms («ﺳﺘﺎﺩ» instead of «ستاد»).
The map written here gives each form its letters (NFKC: ﻼ → لا), and every other code point
itself.
"""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def _letters(code_point: int) -> str:
    char = chr(code_point)
    if 0xFB50 <= code_point <= 0xFDFF or 0xFE70 <= code_point <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", char) or char
        # Poppler reverses a right-to-left line glyph by glyph, and a ligature's letters
        # with it: the lam-alef «ﻻ» is given as «ال» so that it reads «لا».
        return letters[::-1] if len(letters) > 1 and letters.isalpha() else letters
    return char


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with presentation forms mapped to their letters."""
    lines = _original(fontname, subset).split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[start : start + len(subset)] = [
        f"<{index:02X}> <{_utf16(_letters(code))}>" for index, code in enumerate(subset)
    ]
    return "\n".join(lines)


def install() -> None:
    """Use the letter-giving map for every TrueType subset ReportLab writes from now on."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
