"""Named signatories: every paper prints each signer's full name and role; the note is received
and returned by the finance deputy by name, and taken back by the NGO's representative by name;
a user without a person's full name neither issues nor signs a paper. Both databases."""

from __future__ import annotations

import pytest

from app.db import models as m
from app.demo import DEMO_PEOPLE
from app.documents import printing, texts
from app.workflow import errors, papers
from app.workflow.bootstrap import STARTER_USERS
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", max_contracts=50)
    rw.name_users(w)
    rw.register(w, "N1")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    return w


def _text(kind: str, ref: str) -> str:
    return printing.build(kind, ref).content().replace("\u00a0", " ")


def _block(name: str, role: str) -> str:
    return f"{texts.NAME.format(name=name)}\n{texts.ROLE.format(role=role)}"


def test_the_contract_is_signed_by_the_district_deputy_by_name(world: World) -> None:
    text = _text("contract", "C1")
    assert _block("حسن موسوی", "معاون امور مناطق ستاد") in text
    assert "معاون امور مناطق: معاون امور مناطق" not in text
    assert "به نمایندگی حسن موسوی، معاون امور مناطق" in text
    letter = _text("letter-manager", "C1")
    assert _block("حسن موسوی", "معاون امور مناطق ستاد") in letter


def test_the_note_receipt_names_the_finance_deputy_who_received_it(world: World) -> None:
    """Article 6: the finance deputy receives the note, not the deputy who signed."""
    text = _text("note-receipt", "C1")
    assert _block("رضا کاظمی", "معاون مالی، اداری و پشتیبانی ستاد") in text
    assert "به دست رضا کاظمی، معاون مالی، اداری و پشتیبانی ستاد، دریافت شد" in text
    assert "حسن موسوی" not in text
    # A note not yet in the finance deputy's custody names the finance deputy in office.
    rw.register(world, "N2")
    rw.request_to(world, "R2", "N2", "jim_contracted", contract="C2")
    assert (
        m.PromissoryNote.get(
            m.PromissoryNote.serial.is_null(False) & (m.PromissoryNote.custody_by == "")
        ).state
        == "received"
    )
    assert _block("رضا کاظمی", "معاون مالی، اداری و پشتیبانی ستاد") in _text("note-receipt", "C2")


def test_the_note_return_is_signed_by_finance_and_the_representative(world: World) -> None:
    world.at("1405/07/10 09:00")
    rw.note_to(world, "C1", "returned")
    text = _text("note-return", "C1")
    assert _block("رضا کاظمی", "معاون مالی، اداری و پشتیبانی ستاد") in text
    assert _block("علی رضایی", texts.REPRESENTATIVE_ROLE) in text
    assert texts.SIGN_RECEIVER in text


def test_a_user_without_a_full_name_does_not_issue(world: World) -> None:
    for nameless in ("", "   "):
        world.do("admin", "update_user", username="desk", full_name=nameless)
        with pytest.raises(errors.WorkflowError) as caught:
            printing.issue_pdf("request-form", "R1", "desk", world.clock)
        assert caught.value.code == errors.INVALID_INPUT
        assert caught.value.field == "full_name" and "«desk»" in caught.value.message_fa
    assert m.IssuedDocument.select().count() == 0


def test_a_paper_whose_signatory_has_no_full_name_is_not_issued(world: World) -> None:
    """The deputy who signed the contract must be named on it, whoever prints it."""
    world.do("admin", "update_user", username="deputy", full_name="")
    with pytest.raises(errors.WorkflowError) as caught:
        printing.issue_pdf("contract", "C1", "desk", world.clock)
    assert caught.value.field == "full_name" and "«deputy»" in caught.value.message_fa
    # The preview shows a blank to fill in, never the username.
    text = _text("contract", "C1")
    assert _block(texts.BLANK, "معاون امور مناطق ستاد") in text and "deputy" not in text
    world.do("admin", "update_user", username="deputy", full_name="حسن موسوی")
    assert printing.issue_pdf("contract", "C1", "desk", world.clock).record.serial


def test_the_demo_posts_are_held_by_people() -> None:
    posts = {*papers.SIGNING_TITLES.values(), *(title for _r, title in STARTER_USERS.values())}
    assert DEMO_PEOPLE and not posts & set(DEMO_PEOPLE.values())
    assert all(len(name.split()) >= 2 for name in DEMO_PEOPLE.values())  # given and family
