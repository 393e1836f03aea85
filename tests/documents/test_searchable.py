"""Text copied out of a paper is the logical text: pdftotext gives letters (not the joined
presentation forms drawn), keeps the ZWNJ, has brackets and guillemets the right way round
around Persian words, and keeps a Latin licence number's order and digits."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from pathlib import Path

import pytest

from app.documents import printing
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    rw.name_users(w)
    rw.register(w, "N1", licence_no="98-12534", name="انجمن Child-Rights")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    return w


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    (tmp_path / "c.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub("[\u202a-\u202e]", "", text)  # poppler's own embedding marks


def test_pdftotext_gives_the_logical_text(world: World, tmp_path: Path) -> None:
    pdf = printing.issue_pdf("contract", "C1", "deputy", world.clock).pdf
    text = _pdftotext(pdf, tmp_path)
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)  # no presentation forms
    assert "ستاد حمایت و توان\u200cافزایی سازمان\u200cهای مردم\u200cنهاد شهر تهران" in text
    assert "قرارداد اجارهٔ شش\u200cماهه" in text
    assert "(مصوب" in text and "«ستاد»" in text and "«سمن»" in text
    assert "98-12534" in text and "12534-98" not in text


def test_actual_text_only_on_single_brackets(world: World) -> None:
    """An /ActualText around a whole line makes poppler print Persian words reversed."""
    pdf = printing.issue_pdf("contract", "C1", "deputy", world.clock).pdf
    content = b""
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        data = match.group(1).strip()
        if data.endswith(b"~>"):  # ASCII85, then Flate
            data = base64.a85decode(data, adobe=True)
        try:
            content += zlib.decompress(data)
        except zlib.error:
            content += data
    spans = re.findall(rb"/ActualText <FEFF([0-9A-F]*)>", content)
    assert spans and all(len(span) == 4 for span in spans)
    assert {bytes.fromhex(s.decode()).decode("utf-16-be") for s in spans} <= set("()[]{}«»")
