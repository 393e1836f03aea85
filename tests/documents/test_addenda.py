"""Extensions and moves are addenda (الحاقیه), each its own paper with its own serial referring
to the contract; the contract itself reprints as signed. Both databases."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from app.db import models as m
from app.documents import printing, texts
from app.workflow import errors, paper_issue
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", max_contracts=50)
    w.do(
        "admin",
        "add_semansara",
        code="S8",
        district=8,
        name="سمن‌سرای منطقه ۸",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=5,
        address="خیابان پیروزی",
    )
    rw.name_users(w)
    rw.register(w, "N1")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    return w


def _text(kind: str, ref: str) -> str:
    return printing.build(kind, ref).content().replace("\u00a0", " ")


def test_an_extension_is_an_addendum_and_the_contract_reprints_as_signed(world: World) -> None:
    original = printing.issue_pdf("contract", "C1", "deputy", world.clock).record
    world.at("1405/06/01 10:00")
    ext = world.do("desk", "request_extension", contract="C1")["ref"]
    with pytest.raises(errors.WorkflowError) as caught:  # not accepted yet
        printing.build("addendum", ext)
    assert caught.value.code == errors.OUT_OF_ORDER
    world.do("deputy", "decide_extension", ref=ext, decision="accept")
    text = _text("addendum", ext)
    assert texts.ADDENDUM_TITLE in text and "تمدید یکم" in text
    assert "از پایان روز ۱۴۰۵/۰۷/۰۹ به پایان روز ۱۴۰۶/۰۱/۰۹ می‌رسد" in text
    assert "\u202aC1\u202c" in text and "«سمن‌سرای منطقه ۸»" not in text
    issued = printing.issue_pdf("addendum", ext, "deputy", world.clock).record
    assert issued.serial == "ADD-1405-000001" and not issued.is_copy
    # The contract still says what was signed: a reprint is a copy of the original.
    again = printing.issue_pdf("contract", "C1", "desk", world.clock).record
    assert again.is_copy and (again.serial, again.code) == (original.serial, original.code)
    assert "۱۴۰۶/۰۱/۰۹" not in _text("contract", "C1")
    assert paper_issue.verify(original.code, clock=world.clock)["valid"]
    assert paper_issue.verify(issued.code, clock=world.clock)["valid"]


def test_a_move_is_an_addendum_and_the_contract_keeps_its_semansara(world: World) -> None:
    world.at("1405/06/01 10:00")
    ext = world.do("desk", "request_extension", contract="C1", semansara="S8")["ref"]
    world.do("deputy", "decide_extension", ref=ext, decision="accept")
    text = _text("addendum", ext)
    assert texts.ADDENDUM_ARTICLE_MOVE.replace("\u00a0", " ") in text
    assert "از آغاز روز ۱۴۰۵/۰۷/۱۰" in text and "«سمن‌سرای منطقه ۸» (منطقهٔ ۸)" in text
    assert "به جای «سمن‌سرای منطقه ۶»" in text and "خیابان پیروزی" in text
    # After the move takes effect the contract still names the semansara it was signed for.
    world.at("1405/07/11 09:00")
    world.do("deputy", "show", ref="C1")  # the move falls due
    assert m.Contract.get(m.Contract.ref == "C1").semansara.code == "S8"
    contract = _text("contract", "C1")
    assert "«سمن‌سرای منطقه ۶»" in contract and "سمن‌سرای منطقه ۸" not in contract


def test_the_contract_reprints_its_parties_as_signed(world: World, tmp_path: Path) -> None:
    """The NGO moved and changed its representative after signing: the contract's reprint is
    a copy naming them as signed; the addendum, a paper of today, names the current ones."""
    world.do("desk", "update_ngo", code="N1", address="خیابان آزادی، پلاک ۱۲", phone="021-6600")
    original = printing.issue_pdf("contract", "C1", "deputy", world.clock).record
    signed = _text("contract", "C1")
    assert "خیابان آزادی، پلاک ۱۲" in signed and "021-6600" in signed
    world.at("1405/06/01 10:00")
    world.do(
        "desk",
        "update_ngo",
        code="N1",
        address="خیابان انقلاب، پلاک ۷",
        phone="021-7700",
        representative="مینا صادقی",
    )
    world.do("admin", "update_user", username="deputy", full_name="حسین موسوی‌نژاد")
    again = printing.issue_pdf("contract", "C1", "desk", world.clock)
    assert again.record.is_copy
    assert (again.record.serial, again.record.code) == (original.serial, original.code)
    reprint = _text("contract", "C1")
    assert "خیابان آزادی، پلاک ۱۲" in reprint and "021-6600" in reprint
    assert "خیابان انقلاب" not in reprint and "021-7700" not in reprint
    assert "علی رضایی" in reprint and "مینا صادقی" not in reprint
    assert "حسن موسوی" in reprint and "حسین موسوی‌نژاد" not in reprint
    (tmp_path / "copy.pdf").write_bytes(again.pdf)
    printed = subprocess.run(
        ["pdftotext", str(tmp_path / "copy.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert texts.COPY in printed and "خیابان آزادی" in printed and "خیابان انقلاب" not in printed
    assert paper_issue.verify(original.code, clock=world.clock)["valid"]
    assert m.IssuedDocument.select().where(m.IssuedDocument.kind == "contract").count() == 1
    # The row keeps what the paper said, the text whose digest it stores.
    row = m.IssuedDocument.get(m.IssuedDocument.code == original.code)
    assert "خیابان آزادی، پلاک ۱۲" in row.record
    assert hashlib.sha256(row.record.encode()).hexdigest() == row.content_hash
    # The addendum is a paper of today: the current representative and deputy.
    ext = world.do("desk", "request_extension", contract="C1")["ref"]
    world.do("deputy", "decide_extension", ref=ext, decision="accept")
    addendum = _text("addendum", ext)
    assert "مینا صادقی" in addendum and "علی رضایی" not in addendum
    assert "حسین موسوی‌نژاد" in addendum
