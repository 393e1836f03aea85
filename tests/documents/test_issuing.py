"""Issuing papers (the action, serials, verification codes, one original per version) and
verify(). Both databases."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.db import models as m
from app.documents import printing, texts
from app.workflow import errors, jalali, paper_issue, papers
from app.workflow.clock import FixedClock
from app.workflow.paper_issue import show_code
from tests.documents import records_world as rw
from tests.factories import World

CODE = re.compile(f"[{paper_issue.CODE_ALPHABET}]{{8}}")


def issue(kind: str, ref: str, user: str, clock: FixedClock, **kwargs: object):  # noqa: ANN201
    return printing.issue_pdf(kind, ref, user, clock, **kwargs)


def verify(code: str, **kwargs: object) -> dict:
    return paper_issue.verify(code, **kwargs)


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
    """The text poppler gives, with presentation forms as letters and no embedding marks."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))


def test_issue_stores_a_row_and_prints_serial_and_code(world: World, tmp_path: Path) -> None:
    world.at("1405/01/11 10:30")
    out = tmp_path / "c.pdf"
    record, pdf = issue("contract", "R1", "deputy", world.clock, out=out)
    assert out.read_bytes() == pdf
    assert record.kind == "contract" and record.object_ref == "C1"
    assert record.serial == "CON-1405-000001"
    assert CODE.fullmatch(record.code) and not record.code.isdigit()
    # The time comes from the injected clock.
    assert record.issued_at == jalali.parse_datetime("1405/01/11 10:30")
    assert jalali.format_datetime(record.issued_at) == "۱۴۰۵/۰۱/۱۱ ۱۰:۳۰"
    assert record.issued_by == "deputy"
    assert record.content_hash == papers.content_hash(papers.read("contract", "C1"))
    stored = m.IssuedDocument.get(m.IssuedDocument.code == record.code)
    assert stored.serial == record.serial
    # Serial and code on the page: the corner block of page 1 and every footer.
    text = _pdftotext(pdf, tmp_path)
    pages = text.split("\f")
    assert all(
        record.serial in page and show_code(record.code) in page for page in pages if page.strip()
    )
    assert text.count(show_code(record.code)) == 1 + sum(1 for p in pages if p.strip())


def test_code_starting_with_digits_prints_in_order(
    world: World, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    """A first group of digits beside Latin letters must not swap the halves on paper."""
    monkeypatch.setattr(paper_issue, "new_code", lambda: "2345ABCD")
    record, pdf = issue("contract", "R1", "deputy", world.clock)
    text = _pdftotext(pdf, tmp_path)
    assert record.code == "2345ABCD"
    assert "2345-ABCD" in text and "ABCD-2345" not in text


def test_serials_and_codes_one_original_per_paper(world: World) -> None:
    issued = []
    for kind, ref in [
        ("contract", "C1"),
        ("request-form", "R1"),
        ("note-receipt", "C1"),
        ("notice-ngo", "B1"),
        ("notice-manager", "B1"),
        ("letter-representative", "C1"),
        ("letter-manager", "C1"),
    ]:
        issued.append(issue(kind, ref, "desk", world.clock).record)
    serials = [row.serial for row in issued]
    codes = [row.code for row in issued]
    assert len(set(codes)) == len(codes)
    assert serials == [
        "CON-1405-000001",
        "RQF-1405-000001",
        "NRC-1405-000001",
        "BKN-1405-000001",
        "BKM-1405-000001",
        # A letter is issued under its own number, no copy suffix.
        "C1-L1",
        "C1-L2",
    ]
    assert not any(row.is_copy for row in issued)
    # Printing again the same papers: copies of the originals, no new rows.
    world.at("1405/01/12 11:00")
    for row in issued:
        again = issue(row.kind, row.object_ref, "deputy", world.clock).record
        assert (again.serial, again.code, again.issued_at) == (row.serial, row.code, row.issued_at)
        assert again.is_copy and again.copy_at == jalali.parse_datetime("1405/01/12 11:00")
    assert m.IssuedDocument.select().count() == len(issued)
    # A new Jalali year starts the numbers again (for a paper whose content changed).
    world.at("1406/01/05 09:00")
    world.do("desk", "update_ngo", code="N1", members=81)
    next_year = issue("note-receipt", "C1", "desk", world.clock).record
    assert next_year.serial == "NRC-1406-000001" and not next_year.is_copy
    # Many codes: no collision, the alphabet only, never all digits.
    codes = {paper_issue.new_code() for _ in range(5000)}
    assert len(codes) == 5000
    assert all(CODE.fullmatch(c) and not c.isdigit() for c in codes)


def test_a_copy_is_marked_with_its_reprint_date_and_recorded(world: World, tmp_path: Path) -> None:
    first = issue("contract", "C1", "deputy", world.clock)
    world.at("1405/01/15 12:00")
    again = issue("contract", "C1", "desk", world.clock)
    first_text, copy_text = _pdftotext(first.pdf, tmp_path), _pdftotext(again.pdf, tmp_path)
    assert texts.COPY not in first_text
    assert "رونوشت ـ چاپ ۱۴۰۵/۰۱/۱۵" in copy_text
    assert first.record.serial in copy_text and show_code(first.record.code) in copy_text
    # The original's date of issue stays on the copy, beside the day it was printed again.
    assert again.record.issued_at == first.record.issued_at
    assert "۱۴۰۵/۰۱/۱۰" in copy_text.replace("رونوشت ـ چاپ ۱۴۰۵/۰۱/۱۵", "")
    events = list(
        m.AuditEvent.select()
        .where(m.AuditEvent.action == "issue_document")
        .order_by(m.AuditEvent.id)
    )
    assert [e.decision for e in events] == ["issued", "reprinted"]
    assert [e.object_ref for e in events] == [first.record.serial] * 2


def test_a_changed_paper_is_issued_anew_and_the_old_one_is_void(world: World) -> None:
    old = issue("notice-ngo", "B1", "desk", world.clock).record
    old_letter = issue("letter-manager", "C1", "deputy", world.clock).record
    world.do("desk", "update_ngo", code="N1", name="انجمن Green Future تهران")
    assert verify(old.code, clock=world.clock)["status"] == "superseded"  # not yet printed again
    new = issue("notice-ngo", "B1", "desk", world.clock).record
    new_letter = issue("letter-manager", "C1", "deputy", world.clock).record
    assert new.serial != old.serial and not new.is_copy
    # A letter keeps its number in every version; its code is new.
    assert new_letter.serial == old_letter.serial == "C1-L2" and new_letter.code != old_letter.code
    for was, now in ((old, new), (old_letter, new_letter)):
        answer = verify(was.code, clock=world.clock)
        assert answer["status"] == "void" and answer["status_name"] == "باطل"
        assert answer["reason"].startswith(f"جایگزین شده با سند {now.serial}")
        assert show_code(now.code) in answer["reason"]
        assert verify(now.code, clock=world.clock)["valid"]
    assert "/" not in new_letter.serial


def test_refused_or_failed_issue_leaves_no_row(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    rw.register(world, "N2")
    rw.request_to(world, "R2", "N2", "be_rejected")
    with pytest.raises(errors.WorkflowError) as caught:
        issue("contract", "R2", "deputy", world.clock)
    assert caught.value.code == errors.OUT_OF_ORDER
    with pytest.raises(errors.WorkflowError) as caught:
        issue("contract", "C1", "nobody", world.clock)
    assert caught.value.code == errors.NOT_FOUND

    assert m.IssuedDocument.select().count() == 0
    world.do("admin", "update_user", username="desk", full_name="")
    with pytest.raises(errors.WorkflowError) as caught:
        issue("contract", "C1", "desk", world.clock)
    assert caught.value.code == errors.INVALID_INPUT and caught.value.field == "full_name"
    assert "desk" in caught.value.message_fa and "نام کامل" in caught.value.message_fa
    assert m.IssuedDocument.select().count() == 0


def test_a_paper_that_failed_to_print_is_printed_again_as_its_copy(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The original is on record once issued; a printer or disk failure loses no number."""

    def broken(*args: object, **kwargs: object) -> bytes:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(printing, "render", broken)
        with pytest.raises(OSError):
            issue("contract", "C1", "deputy", world.clock)
    stored = m.IssuedDocument.get()
    again = issue("contract", "C1", "deputy", world.clock).record
    assert (again.serial, again.code) == (stored.serial, stored.code) and again.is_copy


def test_verify_a_valid_document(world: World) -> None:
    record, _pdf = issue("letter-representative", "C1", "deputy", world.clock)
    for typed in (
        record.code,
        show_code(record.code).lower(),
        f" {show_code(record.code)} ",
        record.code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
    ):
        answer = verify(typed, clock=world.clock)
        assert answer["valid"] is True and answer["status"] == "valid"
    assert answer["kind"] == "letter-representative"
    assert answer["serial"] == "C1-L1" and answer["object_ref"] == "C1"
    assert answer["issued_by"] == "deputy" and answer["issued_by_name"] == "حسن موسوی"
    assert answer["issued_at_text"] == "۱۴۰۵/۰۱/۱۰ ۰۹:۰۰"
    text = paper_issue.verification_text(answer, texts.KIND_NAMES[answer["kind"]], "قرارداد")
    assert "معرفی‌نامه" in text and "قرارداد C1" in text and "وضعیت: معتبر" in text


def test_verify_unknown_code(world: World) -> None:
    with pytest.raises(errors.WorkflowError) as caught:
        verify("ZZZZ-ZZZZ", clock=world.clock)
    assert caught.value.code == errors.NOT_FOUND
    assert "ZZZZ-ZZZZ" in caught.value.message_fa


def test_cancelled_booking_voids_its_notices(world: World) -> None:
    ngo_copy = issue("notice-ngo", "B1", "desk", world.clock).record
    manager_copy = issue("notice-manager", "B1", "desk", world.clock).record
    assert verify(ngo_copy.code, clock=world.clock)["valid"]
    world.do("desk", "cancel_booking", ref="B1", reason="سمن منصرف شد")
    for copy in (ngo_copy, manager_copy):
        answer = verify(copy.code, clock=world.clock)
        assert answer["status"] == "void" and not answer["valid"]
        assert "لغو شده" in answer["reason"] and "سمن منصرف شد" in answer["reason"]
    # And no new notice is issued for it.
    with pytest.raises(errors.WorkflowError):
        issue("notice-ngo", "B1", "desk", world.clock)


def test_extension_supersedes_the_letters_not_the_contract(world: World) -> None:
    """R-5.1: a letter issued before an extension shows the old end date; the contract stands
    as signed (the extension is its addendum)."""
    contract = issue("contract", "C1", "deputy", world.clock).record
    old_letter = issue("letter-manager", "C1", "deputy", world.clock).record
    world.at("1405/02/01 10:00")
    rw.extend(world, "C1")
    assert verify(contract.code, clock=world.clock)["valid"]
    answer = verify(old_letter.code, clock=world.clock)
    assert answer["status"] == "superseded" and not answer["valid"]
    assert "تمدید" in answer["reason"] and "۱۴۰۶/۰۱/۰۹" in answer["reason"]
    new = issue("letter-manager", "C1", "deputy", world.clock).record
    assert verify(new.code, clock=world.clock)["valid"] and new.serial == old_letter.serial
    assert new.content_hash != old_letter.content_hash
    answer = verify(old_letter.code, clock=world.clock)
    assert answer["status"] == "void" and show_code(new.code) in answer["reason"]


def test_ended_contract_and_returned_note(world: World) -> None:
    contract = issue("contract", "C1", "deputy", world.clock).record
    letter = issue("letter-representative", "C1", "deputy", world.clock).record
    receipt = issue("note-receipt", "C1", "fin", world.clock).record
    world.at("1405/07/10 09:00")
    rw.note_to(world, "C1", "returned")
    assert verify(contract.code, clock=world.clock)["status"] == "expired"
    assert verify(letter.code, clock=world.clock)["status"] == "void"
    answer = verify(receipt.code, clock=world.clock)
    assert answer["status"] == "void" and "علی رضایی" in answer["reason"]
    returned = issue("note-return", "C1", "fin", world.clock).record
    assert verify(returned.code, clock=world.clock)["valid"]


def test_request_form_superseded_when_the_request_moves_on(world: World) -> None:
    rw.register(world, "N2")
    rw.request_to(world, "R2", "N2", "alef_registered")
    form = issue("request-form", "R2", "desk", world.clock).record
    assert verify(form.code, clock=world.clock)["valid"]
    world.at("1405/01/10 11:00")
    world.do("desk", "review_request", ref="R2", decision="accept")
    answer = verify(form.code, clock=world.clock)
    assert answer["status"] == "superseded" and "ب: بررسی و پذیرفته شد" in answer["reason"]


def test_changed_record_data_supersedes_by_content_hash(world: World) -> None:
    notice = issue("notice-ngo", "B1", "desk", world.clock).record
    receipt = issue("note-receipt", "C1", "fin", world.clock).record
    world.do("desk", "update_ngo", code="N1", name="انجمن Green Future تهران")
    for paper in (notice, receipt):
        answer = verify(paper.code, clock=world.clock)
        assert answer["status"] == "superseded"
        assert answer["reason"].startswith(paper_issue.SUPERSEDED_CHANGED)


def test_issued_pdf_metadata(world: World, tmp_path: Path) -> None:
    _record, pdf = issue("contract", "C1", "deputy", world.clock)
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines())
    assert fields["Title"].strip() == "قرارداد اجارهٔ شش‌ماهه"
    assert fields["Author"].strip() == "ستاد حمایت و توان‌افزایی سازمان‌های مردم‌نهاد شهر تهران"
    assert "CON-1405-000001" in fields["Subject"]
    assert b"/Lang (fa-IR)" in pdf
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert {row.split()[0].split("+")[-1] for row in fonts} == {
        "Vazirmatn-Regular",
        "Vazirmatn-Bold",
    }
    assert all(row.split()[-5] == "yes" for row in fonts)  # embedded
