"""The Vazirmatn fonts, registered with ReportLab once.

Vazirmatn (SIL Open Font License 1.1, ``resources/fonts/OFL.txt``) covers
Persian, Latin, both kinds of digits and the Arabic presentation forms that
the reshaper produces. ReportLab embeds a subset of every TrueType font it
draws with, so a document never depends on the fonts of the reader's machine.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.documents import searchable

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"
FAMILY = "Vazirmatn"

_FILES = {
    REGULAR: "Vazirmatn-Regular.ttf",
    BOLD: "Vazirmatn-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def resources_dir() -> Path:
    """The ``resources`` folder: next to the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def font_path(font_name: str) -> Path:
    """Path of the TTF file behind one of our font names."""
    return resources_dir() / "fonts" / _FILES[font_name]


def register_fonts() -> None:
    """Register Vazirmatn regular and bold with ReportLab; calling it again does nothing."""
    global _registered
    if _registered:
        return
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name in _FILES:
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        searchable.install()
        _registered = True


def font_name(*, bold: bool = False) -> str:
    """The registered font name for regular or bold text (registers on first use)."""
    register_fonts()
    return BOLD if bold else REGULAR
