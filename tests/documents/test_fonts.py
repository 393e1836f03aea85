"""Vazirmatn registration and the resources folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from app.documents import fonts


def test_resources_folder_next_to_the_package() -> None:
    root = Path(fonts.__file__).resolve().parents[2]
    assert fonts.resources_dir() == root / "resources"
    assert fonts.font_path(fonts.REGULAR).is_file()
    assert fonts.font_path(fonts.BOLD).is_file()


def test_resources_folder_in_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.resources_dir() == tmp_path / "resources"


def test_registration_is_idempotent() -> None:
    fonts.register_fonts()
    regular = pdfmetrics.getFont(fonts.REGULAR)
    bold = pdfmetrics.getFont(fonts.BOLD)
    fonts.register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert names.count(fonts.REGULAR) == 1
    assert pdfmetrics.getFont(fonts.REGULAR) is regular
    assert pdfmetrics.getFont(fonts.BOLD) is bold
    assert fonts.font_name() == fonts.REGULAR
    assert fonts.font_name(bold=True) == fonts.BOLD


def test_font_has_what_persian_documents_need() -> None:
    face = pdfmetrics.getFont(fonts.font_name()).face
    needed = "۰۱۲۳۴۵۶۷۸۹«»()/-٬،؛؟" + "".join(chr(c) for c in range(0xFE8D, 0xFEF5))
    missing = [hex(ord(c)) for c in needed if ord(c) not in face.charToGlyph]
    assert missing == []
