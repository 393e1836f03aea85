"""Extensions and moves are addenda (الحاقیه), each its own paper with its own serial referring
to the contract; the contract itself reprints as signed. Both databases."""

from __future__ import annotations

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
