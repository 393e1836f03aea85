"""The QR code on an issued paper carries its verification code: a scanner (zbarimg) reads it
from the printed page and verify accepts what it read; the paper says in one line how to
verify it, with HQ's phone and address from the settings."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.documents import printing, texts
from app.workflow import paper_issue, policy
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    rw.name_users(w)
    rw.register(w, "N1")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    rw.book(w, "B1", "C1", "zal_notified")
    return w


def _scan(pdf: bytes, tmp_path: Path) -> list[str]:
    """What a scanner reads from the first page printed at 150 dpi."""
    (tmp_path / "p.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(tmp_path / "p.pdf"),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    read = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "p.png")], capture_output=True, text=True
    )
    return read.stdout.split()


def _text(pdf: bytes, tmp_path: Path) -> str:
    (tmp_path / "t.pdf").write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", str(tmp_path / "t.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", out))


@pytest.mark.parametrize(
    "kind, ref", [("contract", "C1"), ("notice-ngo", "B1"), ("letter-representative", "C1")]
)
def test_the_qr_code_reads_as_a_code_verify_accepts(
    world: World, tmp_path: Path, kind: str, ref: str
) -> None:
    issued = printing.issue_pdf(kind, ref, "deputy", world.clock)
    scanned = _scan(issued.pdf, tmp_path)
    assert scanned == [paper_issue.show_code(issued.record.code)]
    answer = paper_issue.verify(scanned[0], clock=world.clock)
    assert answer["valid"] and answer["serial"] == issued.record.serial
    # A copy carries the same code.
    again = printing.issue_pdf(kind, ref, "desk", world.clock)
    assert again.record.is_copy and _scan(again.pdf, tmp_path) == scanned


def test_a_preview_has_no_qr_code(world: World, tmp_path: Path) -> None:
    assert _scan(printing.preview("contract", "C1"), tmp_path) == []


def test_one_line_tells_how_to_verify_with_hq_phone_and_address(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(policy.LETTERHEAD, "phone", "021-88001234")
    monkeypatch.setitem(policy.LETTERHEAD, "address", "تهران، خیابان آزادی، پلاک ۱۲")
    text = _text(printing.issue_pdf("contract", "C1", "deputy", world.clock).pdf, tmp_path)
    assert "درستی این سند را با کد" in text and "از میز خدمت ستاد بپرسید" in text
    assert "021-88001234" in text  # the phone keeps its own order and Latin digits
    assert "خیابان آزادی" in text and "نشانی" in text
    line = printing.how_to_verify(printing.papers.letterhead(world.clock.today()))
    assert line.startswith(texts.HOW_TO_VERIFY.split("{")[0])
