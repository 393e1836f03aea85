"""Every document, generated from the database for every state in which it applies, and
refused (with a Persian message) where it does not. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest

from app.documents import printing, texts
from app.documents.flowables import PersianTable
from app.documents.numwords import rials_in_words
from app.workflow import errors, papers
from app.workflow import messages as msg
from app.workflow.clock import FixedClock
from app.workflow.machines import RequestFlow, state_label
from tests.documents import records_world as rw
from tests.factories import World

PERSIAN = re.compile("[\u0600-\u06ff]")

REQUEST_STATES = [
    "alef_registered",
    "be_reviewed",
    "be_rejected",
    "pe_referred",
    "te_waitlisted",
    "te_capacity_ok",
    "se_invited",
    "jim_contracted",
    "che_letter_to_representative",
    "he_letter_to_manager",
    "withdrawn",
]
SIGNED = {"jim_contracted", "che_letter_to_representative", "he_letter_to_manager"}
NOTE_STATES = [
    "received",
    "in_custody",
    "return_confirmed",
    "damage_reported",
    "returned",
    "returned_after_damage",
    "held",
]
BOOKING_STATES = ["khe_requested", "dal_scheduled", "zal_notified", "refused", "cancelled"]


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do(
        "admin",
        "update_semansara",
        code="S1",
        max_contracts=50,
        address="خیابان آزادی، کوچهٔ ۱۲ (پلاک ۳)",
    )
    w.do(
        "admin",
        "add_semansara",
        code="S2",
        district=7,
        name="سمن‌سرای منطقه ۷",
        desks=1,
        meeting_rooms=1,
        workshop_rooms=0,
        halls=0,
        shelves=0,
        max_contracts=0,
    )
    rw.name_users(w)
    return w


def _refused(kind: str, ref: str) -> errors.WorkflowError:
    with pytest.raises(errors.WorkflowError) as caught:
        printing.preview(kind, ref)
    refusal = caught.value
    assert PERSIAN.search(refusal.message_fa), refusal.message_fa
    return refusal


def _pdf_ok(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert b"/Lang (fa-IR)" in pdf


def test_request_documents_in_every_request_state(world: World) -> None:
    """R-3.1: the request form prints in every state and shows the step; the contract, the
    letters and the note receipt only once the contract is signed (step ج)."""
    for number, state in enumerate(REQUEST_STATES, start=1):
        ngo = rw.register(world, f"N{number}")
        house = "S2" if state == "te_waitlisted" else "S1"
        ref = rw.request_to(world, f"R{number}", ngo, state, semansara=house, contract=f"C{number}")
        form = printing.build("request-form", ref)
        assert form.object_ref == ref
        assert state_label(RequestFlow, state) in form.content()
        _pdf_ok(printing.preview("request-form", ref))
        for kind in ("contract", "letter-representative", "letter-manager", "note-receipt"):
            if state in SIGNED:
                # By the request's ref as well as by the contract's.
                assert printing.build(kind, ref).object_ref == f"C{number}"
                _pdf_ok(printing.preview(kind, f"C{number}"))
            else:
                refusal = _refused(kind, ref)
                assert refusal.code == errors.OUT_OF_ORDER
                assert f"«{ref}»" in refusal.message_fa
        refusal = _refused("note-return", ref)
        assert refusal.code == errors.OUT_OF_ORDER


def test_contract_for_a_rejected_request_is_refused_in_persian(world: World) -> None:
    rw.register(world, "N1")
    rw.request_to(world, "R1", "N1", "be_rejected")
    refusal = _refused("contract", "R1")
    assert refusal.code == errors.OUT_OF_ORDER
    assert (
        refusal.message_fa
        == msg.PAPER_NOT_SIGNED_YET(
            ref="R1", state="ب: رد شد", what=msg.PAPER_WHAT_CONTRACT()
        ).text()
    )
    # The form of the rejected request still prints, with the reason.
    assert "مجوز فعالیت در تهران ارائه نشد" in printing.build("request-form", "R1").content()


def test_contract_documents_in_every_note_and_contract_state(world: World) -> None:
    """R-6.3: the note receipt while HQ holds the note; the return receipt only after the
    return; the contract in every contract state; the letters only while it runs."""
    for number, state in enumerate(NOTE_STATES, start=1):
        ngo = rw.register(world, f"N{number}")
        contract = f"C{number}"
        # the letters wait for finance, so a note still «received» is that of a
        # contract whose letters are not delivered yet
        last_step = "jim_contracted" if state == "received" else "he_letter_to_manager"
        rw.request_to(world, f"R{number}", ngo, last_step, contract=contract)
        rw.note_to(world, contract, state)
        _pdf_ok(printing.preview("contract", contract))
        if state in papers.NoteFlow.holding:
            _pdf_ok(printing.preview("note-receipt", contract))
        else:
            assert _refused("note-receipt", contract).code == errors.OUT_OF_ORDER
        if state in ("returned", "returned_after_damage"):
            return_paper = printing.build("note-return", contract).content()
            assert "بازگردانده شد" in return_paper
            if state == "returned_after_damage":
                assert "تسویهٔ آن" in return_paper
            _pdf_ok(printing.preview("note-return", contract))
        else:
            refusal = _refused("note-return", contract)
            assert refusal.code == errors.OUT_OF_ORDER
            assert "هنوز بازگردانده نشده" in refusal.message_fa
        running = state in ("received", "in_custody")
        for to in ("representative", "manager"):
            if running:
                _pdf_ok(printing.preview(f"letter-{to}", contract))
            else:
                assert _refused(f"letter-{to}", contract).code == errors.OUT_OF_ORDER


def test_extended_contract_reprints_as_signed_and_its_letters_show_the_new_end(
    world: World,
) -> None:
    """R-5.1/5.2: the contract says what was signed (the extension is its addendum); the
    letters, which introduce the representative for the present term, show the new end."""
    rw.register(world, "N1")
    rw.request_to(world, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    before = printing.build("contract", "C1").content()
    assert "۱۴۰۵/۰۷/۰۹" in before
    rw.extend(world, "C1")
    assert printing.build("contract", "C1").content() == before
    # The letters show the new last day (the contract now ends 1406/01/10, exclusive).
    letter = printing.build("letter-manager", "C1").content().replace("\u00a0", " ")
    assert "پایان روز ۱۴۰۶/۰۱/۰۹" in letter
    _pdf_ok(printing.preview("contract", "C1"))


def test_booking_notices_in_every_booking_state(world: World) -> None:
    """Step ذ: notices once the time is set (د) and after notifying (ذ); never for a
    booking still waiting (خ), refused or cancelled."""
    rw.register(world, "N1")
    rw.request_to(world, "R1", "N1", "he_letter_to_manager", contract="C1")
    for number, state in enumerate(BOOKING_STATES, start=1):
        ref = rw.book(
            world,
            f"B{number}",
            "C1",
            state,
            start=f"{8 + number:02d}:00",
            end=f"{9 + number:02d}:00",
        )
        for recipient in ("ngo", "manager"):
            kind = f"notice-{recipient}"
            if state in papers.NOTICE_STATES:
                doc = printing.build(kind, ref)
                assert texts.NOTICE_COPY[recipient] in doc.content()
                assert "پنجشنبه ۱۴۰۵/۰۱/۲۰" in doc.content()
                _pdf_ok(printing.preview(f"notice-{recipient}", ref))
            else:
                refusal = _refused(kind, ref)
                assert refusal.code == errors.OUT_OF_ORDER
                assert f"«{ref}»" in refusal.message_fa


def test_unknown_records_and_kinds(world: World) -> None:
    for kind, ref in [
        ("request-form", "R404"),
        ("contract", "C404"),
        ("letter-manager", "X"),
        ("note-receipt", "X"),
        ("note-return", "X"),
        ("notice-ngo", "B404"),
    ]:
        refusal = _refused(kind, ref)
        assert refusal.code == errors.NOT_FOUND
    refusal = _refused("invoice", "R1")
    assert refusal.code == errors.INVALID_INPUT


def test_contract_content_carries_the_procedure(world: World) -> None:
    """What the contract must say: parties, semansara and district, the level's caps, the
    dates, the note in digits and words, R-3.4, R-5.1, R-5.2/5.3, R-6.3, signatures."""
    rw.register(world, "N1")
    rw.request_to(world, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    text = printing.build("contract", "C1").content().replace("\u00a0", " ")
    for phrase in [
        texts.HQ,
        "بسمه تعالی",
        "به نمایندگی حسن موسوی، معاون امور مناطق",
        "در وجه ستاد سپرد که رضا کاظمی، معاون مالی",
        "بدون دریافت اجاره‌بها",
        "از ساعت ۰۸:۰۰ تا ۱۸:۰۰",
        "به دیگری اجاره نمی‌دهد",
        "مادهٔ ۹ ـ فسخ",
        "مادهٔ ۱۰ ـ حل اختلاف",
        "مادهٔ ۱۱ ـ قوهٔ قاهره",
        "متن نسخهٔ ۱۳۹۹-۱",
        "«انجمن محیط‌زیستی Green Future N1»",
        "Sara Karimi",
        "علی رضایی",
        "ت-۱۴۰۴/۰۰۱",
        "«سمن‌سرای منطقه ۶»",
        "منطقهٔ ۶",
        "سطح توان‌افزایی ۳",
        "اتاق جلسات",
        "۲۰۰ ساعت در سال",
        "۳ قفسه",
        "نامحدود",
        "۱٬۰۰۰ کارت در سال",
        "از آغاز روز ۱۴۰۵/۰۱/۱۰ تا پایان روز ۱۴۰۵/۰۷/۰۹",
        "۲۰۰٬۰۰۰٬۰۰۰ ریال (دویست میلیون ریال)",
        "تنها از خدمات «سمن‌سرای منطقه ۶» بهره‌مند",
        "حداکثر تا ۱۴۰۵/۰۶/۱۰",
        "حداکثر ۹ بار",
        "پنج سال",
        "اگر مسئول سمن‌سرا نبود خسارت و استفادهٔ درست را تأیید کند",
        texts.SIGN_FOR_HQ,
        texts.SIGN_FOR_NGO,
        texts.SIGNATURE,
    ]:
        assert phrase in text, phrase
    assert rials_in_words(rw.NOTE_AMOUNT) == "دویست میلیون ریال"
    # Level 2 has no desk; its hours are the level-2 caps.
    rw.register(world, "N2", level=2)
    rw.request_to(world, "R2", "N2", "jim_contracted", contract="C2")
    level2 = printing.build("contract", "C2").content()
    assert "۱۰۰ ساعت در سال" in level2 and "میز فعالیت سمن" not in level2


def test_request_form_lists_the_services_asked(world: World) -> None:
    rw.register(world, "N1")
    rw.request_to(world, "R1", "N1", "alef_registered", services=["hall"])
    rows = [
        row
        for item in printing.build("request-form", "R1").story
        if isinstance(item, PersianTable)
        for row in item.rows
    ]
    asked = {
        row[1]: row[2]
        for row in rows
        if len(row) == 4 and isinstance(row[1], str) and row[0] != texts.COL_ROW
    }
    assert asked["سالن برگزاری نشست‌ها"] == texts.YES
    assert asked["اتاق جلسات"] == texts.NO
    assert len(asked) == 7
    text = printing.build("request-form", "R1").content()
    assert "سامانه پنل کاربری" in text and "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰" in text
    assert "مریم احمدی" in text  # who registered it
