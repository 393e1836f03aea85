"""Issuing (serials, verification codes, the IssuedDocument row) and verify(). Both databases."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.db import models as m
from app.documents import issuing, records, texts
from app.documents.document import show_code
from app.workflow import errors, jalali
from app.workflow.clock import FixedClock
from tests.documents import records_world as rw
from tests.factories import World

CODE = re.compile(f"[{issuing.CODE_ALPHABET}]{{8}}")


@pytest.fixture
def world(database, clock: FixedClock) -> World:  # noqa: ANN001
    w = World(clock)
    w.do("admin", "update_semansara", code="S1", max_contracts=50)
    rw.name_users(w)
    rw.register(w, "N1")
    rw.request_to(w, "R1", "N1", "he_letter_to_manager", contract="C1", starts="1405/01/10")
    rw.book(w, "B1", "C1", "zal_notified")
    return w


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_issue_stores_a_row_and_prints_serial_and_code(world: World, tmp_path: Path) -> None:
    world.at("1405/01/11 10:30")
    out = tmp_path / "c.pdf"
    record, pdf = issuing.issue("contract", "R1", "deputy", world.clock, out=out)
    assert out.read_bytes() == pdf
    assert record.kind == "contract" and record.object_ref == "C1"
    assert record.serial == "CON-1405-000001"
    assert CODE.fullmatch(record.code) and not record.code.isdigit()
    # The time comes from the injected clock.
    assert record.issued_at == jalali.parse_datetime("1405/01/11 10:30")
    assert jalali.format_datetime(record.issued_at) == "۱۴۰۵/۰۱/۱۱ ۱۰:۳۰"
    assert record.issued_by == "deputy"
    assert record.content_hash == records.build("contract", "C1").content_hash()
    stored = m.IssuedDocument.get(m.IssuedDocument.code == record.code)
    assert stored.serial == record.serial
    # Serial and code on the page: the corner block of page 1 and every footer.
    text = _pdftotext(pdf, tmp_path)
    pages = text.split("\f")
    assert all(
        record.serial in page and show_code(record.code) in page for page in pages if page.strip()
    )
    assert text.count(show_code(record.code)) == 1 + sum(1 for p in pages if p.strip())


def test_code_starting_with_digits_prints_in_order(world: World, tmp_path: Path,
                                                    monkeypatch) -> None:  # noqa: ANN001
    """A first group of digits beside Latin letters must not swap the halves on paper."""
    monkeypatch.setattr(issuing, "new_code", lambda: "2345ABCD")
    record, pdf = issuing.issue("contract", "R1", "deputy", world.clock)
    text = _pdftotext(pdf, tmp_path)
    assert record.code == "2345ABCD"
    assert "2345-ABCD" in text and "ABCD-2345" not in text


def test_serials_and_codes_are_unique(world: World) -> None:
    issued = []
    for kind, ref in [
        ("contract", "C1"),
        ("contract", "C1"),
        ("request-form", "R1"),
        ("note-receipt", "C1"),
        ("notice-ngo", "B1"),
        ("notice-manager", "B1"),
        ("notice-ngo", "B1"),
        ("letter-representative", "C1"),
        ("letter-manager", "C1"),
        ("letter-manager", "C1"),
    ]:
        issued.append(issuing.issue(kind, ref, "desk", world.clock).record)
    serials = [row.serial for row in issued]
    codes = [row.code for row in issued]
    assert len(set(serials)) == len(serials) and len(set(codes)) == len(codes)
    assert serials == [
        "CON-1405-000001",
        "CON-1405-000002",
        "RQF-1405-000001",
        "NRC-1405-000001",
        "BKN-1405-000001",
        "BKM-1405-000001",
        "BKN-1405-000002",
        # A letter is issued under its own serial; a reprint adds the copy number.
        "C1-L1",
        "C1-L2",
        "C1-L2/2",
    ]
    # A new Jalali year starts the numbers again.
    world.at("1406/01/05 09:00")
    next_year = issuing.issue("contract", "C1", "desk", world.clock).record
    assert next_year.serial == "CON-1406-000001"
    # Many codes: no collision, the alphabet only, never all digits.
    codes = {issuing.new_code() for _ in range(5000)}
    assert len(codes) == 5000
    assert all(CODE.fullmatch(c) and not c.isdigit() for c in codes)


def test_refused_or_failed_issue_leaves_no_row(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    rw.register(world, "N2")
    rw.request_to(world, "R2", "N2", "be_rejected")
    with pytest.raises(errors.WorkflowError) as caught:
        issuing.issue("contract", "R2", "deputy", world.clock)
    assert caught.value.code == errors.OUT_OF_ORDER
    with pytest.raises(errors.WorkflowError) as caught:
        issuing.issue("contract", "C1", "nobody", world.clock)
    assert caught.value.code == errors.NOT_FOUND

    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(issuing, "render", broken)
    with pytest.raises(OSError):
        issuing.issue("contract", "C1", "deputy", world.clock)
    assert m.IssuedDocument.select().count() == 0


def test_verify_a_valid_document(world: World) -> None:
    record, _pdf = issuing.issue("letter-representative", "C1", "deputy", world.clock)
    for typed in (
        record.code,
        show_code(record.code).lower(),
        f" {show_code(record.code)} ",
        record.code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
    ):
        answer = issuing.verify(typed)
        assert answer["valid"] is True and answer["status"] == "valid"
    assert answer["kind"] == "letter-representative"
    assert answer["serial"] == "C1-L1" and answer["object_ref"] == "C1"
    assert answer["issued_by"] == "deputy" and answer["issued_by_name"] == "حسن موسوی"
    assert answer["issued_at_text"] == "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰"
    text = issuing.verification_text(answer)
    assert "معرفی‌نامه" in text and "قرارداد C1" in text and "وضعیت: معتبر" in text


def test_verify_unknown_code(world: World) -> None:
    with pytest.raises(errors.WorkflowError) as caught:
        issuing.verify("ZZZZ-ZZZZ")
    assert caught.value.code == errors.NOT_FOUND
    assert "ZZZZ-ZZZZ" in caught.value.message_fa


def test_cancelled_booking_voids_its_notices(world: World) -> None:
    ngo_copy = issuing.issue("notice-ngo", "B1", "desk", world.clock).record
    manager_copy = issuing.issue("notice-manager", "B1", "desk", world.clock).record
    assert issuing.verify(ngo_copy.code)["valid"]
    world.do("desk", "cancel_booking", ref="B1", reason="سمن منصرف شد")
    for copy in (ngo_copy, manager_copy):
        answer = issuing.verify(copy.code)
        assert answer["status"] == "void" and not answer["valid"]
        assert "لغو شده" in answer["reason"] and "سمن منصرف شد" in answer["reason"]
    # And no new notice is issued for it.
    with pytest.raises(errors.WorkflowError):
        issuing.issue("notice-ngo", "B1", "desk", world.clock)


def test_extension_supersedes_the_contract_and_its_letters(world: World) -> None:
    """R-5.1: a contract paper issued before an extension shows the old end date."""
    old = issuing.issue("contract", "C1", "deputy", world.clock).record
    old_letter = issuing.issue("letter-manager", "C1", "deputy", world.clock).record
    world.at("1405/02/01 10:00")
    rw.extend(world, "C1")
    for paper in (old, old_letter):
        answer = issuing.verify(paper.code)
        assert answer["status"] == "superseded" and not answer["valid"]
        assert "تمدید" in answer["reason"] and "۱۴۰۶/۰۱/۰۹" in answer["reason"]
    new = issuing.issue("contract", "C1", "deputy", world.clock).record
    assert issuing.verify(new.code)["valid"]
    assert new.content_hash != old.content_hash
    assert new.serial in issuing.verify(old.code)["reason"]  # points to the newer copy


def test_ended_contract_and_returned_note(world: World) -> None:
    contract = issuing.issue("contract", "C1", "deputy", world.clock).record
    letter = issuing.issue("letter-representative", "C1", "deputy", world.clock).record
    receipt = issuing.issue("note-receipt", "C1", "fin", world.clock).record
    world.at("1405/07/10 09:00")
    rw.note_to(world, "C1", "returned")
    assert issuing.verify(contract.code)["status"] == "expired"
    assert issuing.verify(letter.code)["status"] == "void"
    answer = issuing.verify(receipt.code)
    assert answer["status"] == "void" and "علی رضایی" in answer["reason"]
    returned = issuing.issue("note-return", "C1", "fin", world.clock).record
    assert issuing.verify(returned.code)["valid"]


def test_request_form_superseded_when_the_request_moves_on(world: World) -> None:
    rw.register(world, "N2")
    rw.request_to(world, "R2", "N2", "alef_registered")
    form = issuing.issue("request-form", "R2", "desk", world.clock).record
    assert issuing.verify(form.code)["valid"]
    world.at("1405/01/10 11:00")
    world.do("desk", "review_request", ref="R2", decision="accept")
    answer = issuing.verify(form.code)
    assert answer["status"] == "superseded" and "ب: بررسی و پذیرفته شد" in answer["reason"]


def test_changed_record_data_supersedes_by_content_hash(world: World) -> None:
    notice = issuing.issue("notice-ngo", "B1", "desk", world.clock).record
    receipt = issuing.issue("note-receipt", "C1", "fin", world.clock).record
    world.do("desk", "update_ngo", code="N1", name="انجمن Green Future تهران")
    for paper in (notice, receipt):
        answer = issuing.verify(paper.code)
        assert answer["status"] == "superseded"
        assert answer["reason"].startswith(texts.SUPERSEDED_CHANGED)


def test_issued_pdf_metadata(world: World, tmp_path: Path) -> None:
    _record, pdf = issuing.issue("contract", "C1", "deputy", world.clock)
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines())
    assert fields["Title"].strip() == "قرارداد اجارهٔ شش‌ماهه"
    assert fields["Author"].strip() == "ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران"
    assert "CON-1405-000001" in fields["Subject"]
    assert b"/Lang (fa)" in pdf
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert {row.split()[0].split("+")[-1] for row in fonts} == {
        "Vazirmatn-Regular",
        "Vazirmatn-Bold",
    }
    assert all(row.split()[-5] == "yes" for row in fonts)  # embedded


def test_reuse_shows_the_same_paper_until_its_content_or_validity_changes(
    world: World, tmp_path: Path
) -> None:
    """Opening the preview twice is not two papers; a changed or no longer valid one is."""
    first = issuing.issue("contract", "C1", "deputy", world.clock, reuse=True)
    world.at("1405/01/12 11:00")
    again = issuing.issue("contract", "C1", "desk", world.clock, reuse=True)
    assert (again.record.id, again.record.serial, again.record.code) == (
        first.record.id, first.record.serial, first.record.code)
    # the same stamp: the paper says when it was first issued
    assert _pdftotext(again.pdf, tmp_path) == _pdftotext(first.pdf, tmp_path)
    assert m.IssuedDocument.select().where(m.IssuedDocument.kind == "contract").count() == 1
    fresh = issuing.issue("contract", "C1", "desk", world.clock)  # without reuse: a new paper
    assert fresh.record.serial != first.record.serial
    world.at("1405/02/01 10:00")
    rw.extend(world, "C1")  # the paper no longer says what the records say
    extended = issuing.issue("contract", "C1", "deputy", world.clock, reuse=True).record
    assert extended.serial not in (first.record.serial, fresh.record.serial)
    assert issuing.verify(extended.code)["valid"]
