"""Text copied out of a paper is the logical text: pdftotext gives letters (not the joined
presentation forms drawn), keeps the ZWNJ, has brackets and guillemets the right way round
around Persian words, and keeps a Latin licence number's order and digits."""

from __future__ import annotations

import base64
import io
import re
import subprocess
import zlib
from pathlib import Path

import pytest
from reportlab.lib.units import cm

from app.documents import printing
from app.documents.flowables import PersianParagraph, PersianTable
from app.documents.layout import cell, fields, ltr
from app.documents.pdf import build_pdf
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


def _pdftotext(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    (tmp_path / "c.pdf").write_bytes(pdf)
    flags = ["-layout"] if layout else []
    text = subprocess.run(
        ["pdftotext", *flags, str(tmp_path / "c.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
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


# Punctuation between a Persian word and a number or a Latin run: poppler reads a colon,
# comma or point as part of a number, and an unmarked line gives «پروانه ،98-12534 :…».
PUNCTUATED = [
    f"شمارهٔ پروانه: {ltr('98-12534')}، صادرکننده: وزارت کشور",
    f"انجمن ({ltr('Child-Rights 2030')}) ثبت شد",
    "مبلغ: ۱۲٬۰۰۰ ریال، پرداخت شد",
    f"رایانامه: {ltr('info@example.org')}، تلفن: {ltr('021-8888 1234')}.",
    f"نام انگلیسی: {ltr('Green Future Co.')}؛ کد: {ltr('N-1')}",
]
LOGICAL = [
    "شمارهٔ پروانه: 98-12534، صادرکننده: وزارت کشور",
    "انجمن (Child-Rights 2030) ثبت شد",
    "مبلغ: ۱۲٬۰۰۰ ریال، پرداخت شد",
    "رایانامه: info@example.org، تلفن: 021-8888 1234.",
    "نام انگلیسی: Green Future Co.؛ کد: N-1",
]


def _lines(text: str) -> list[str]:
    """The lines of pdftotext's output, the drawn reading marks (RLM, LRM) and no-break
    spaces as the reader would search them."""
    text = re.sub("[\u200e\u200f]", "", text).replace("\u00a0", " ")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("layout", [False, True], ids=["raw", "layout"])
def test_punctuation_beside_numbers_and_latin_reads_in_order(tmp_path: Path, layout: bool) -> None:
    story: list = [PersianParagraph(text) for text in PUNCTUATED]
    story.append(PersianTable([[cell(text), "۱"] for text in PUNCTUATED], [12 * cm, 2 * cm]))
    buffer = io.BytesIO()
    build_pdf(buffer, story, title="t", author="a", footer=False, header_text="")
    lines = _lines(_pdftotext(buffer.getvalue(), tmp_path, layout=layout))
    for expected in LOGICAL:  # once in running text, once in a table's cell
        assert sum(expected in line for line in lines) == 2, (expected, lines)


def test_lam_alef_reads_as_its_two_letters_in_order(tmp_path: Path) -> None:
    """The reshaper draws «لا» as one ligature glyph; poppler reverses its letters with the line."""
    buffer = io.BytesIO()
    story = [PersianParagraph("اصلاح لازم است و کالا بالا")]
    build_pdf(buffer, story, title="t", author="a", footer=False, header_text="")
    assert "اصلاح لازم است و کالا بالا" in _lines(_pdftotext(buffer.getvalue(), tmp_path))


LONG_EMAIL = "children.rights.association@green-future-tehran.org"


def test_a_long_email_in_the_contract_reads_whole(
    database,  # noqa: ANN001
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    w = World(clock)
    rw.name_users(w)
    rw.register(w, "N2", email=LONG_EMAIL)
    rw.request_to(w, "R2", "N2", "he_letter_to_manager", contract="C2", starts="1405/01/10")
    pdf = printing.issue_pdf("contract", "C2", "deputy", w.clock).pdf
    for layout in (False, True):
        lines = _lines(_pdftotext(pdf, tmp_path, layout=layout))
        assert any(f"{LONG_EMAIL}، با مدیرعاملی" in line for line in lines), lines
        assert f"و پست الکترونیکی {LONG_EMAIL}، با" in " ".join(lines)


def test_a_long_email_in_a_narrow_cell_breaks_at_the_at_sign(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    story = [fields([("پست الکترونیکی", ltr(LONG_EMAIL)), ("تلفن", ltr("021-88776655"))])]
    build_pdf(buffer, story, title="t", author="a", footer=False, header_text="")
    lines = _lines(_pdftotext(buffer.getvalue(), tmp_path))
    assert "children.rights.association" in lines
    assert "@green-future-tehran.org" in lines
