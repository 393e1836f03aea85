"""Print preview (issue 5, item 5): a document issued as the signed-in user, shown with QtPdf,
printed or saved; a refusal told in Persian, not blocking, nothing issued."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db import models as m
from app.documents import printing
from app.ui import texts
from app.ui.print_preview import PrintPreviewDialog, preview_document
from app.ui.session import Session
from app.workflow import jalali
from app.workflow.clock import FixedClock
from app.workflow.errors import WorkflowError
from tests.ui.conftest import act, deliver_letters, register, sign, user


def build_world(clock: FixedClock) -> None:
    """Semansara S1; request R1 of NGO A taken to a signed contract C1 with both letters;
    request R2 of NGO B rejected at step ب."""
    act(
        clock,
        "admin",
        "add_semansara",
        code="S1",
        district=6,
        name="سمن‌سرای منطقه ۶",
        desks=2,
        meeting_rooms=1,
        workshop_rooms=1,
        halls=1,
        shelves=4,
        max_contracts=2,
    )
    today = jalali.format_date_latin(clock.today())
    for code, licence in (("A", "ت-۱"), ("B", "ت-۲")):
        ngo = register(
            clock, f"انجمن آزمایشی {code}", licence, code=code, representative="علی رضایی"
        )
        act(clock, "empowerment", "assess_level", ngo=ngo, level=2, reason="سطح برای آزمون")
    act(clock, "desk", "submit_request", ref="R1", ngo="A", semansara="S1", channel="in_person")
    act(clock, "desk", "review_request", ref="R1", decision="accept")
    act(clock, "desk", "refer_request", ref="R1")
    act(clock, "district", "check_capacity", ref="R1")
    act(clock, "district", "invite", ref="R1", date=today)
    sign(clock, "R1", "C1", starts=today)
    deliver_letters(clock, "C1", to_manager=False)
    act(clock, "desk", "submit_request", ref="R2", ngo="B", semansara="S1", channel="in_person")
    act(
        clock,
        "desk",
        "review_request",
        ref="R2",
        decision="reject",
        reason="مجوز فعالیت در تهران ارائه نشد",
    )


@pytest.fixture
def world(session: Session, clock: FixedClock) -> Session:
    build_world(clock)
    session.set_user(user("district"))
    return session


def test_contract_opens_in_the_preview_as_an_issued_pdf(
    qtbot, world: Session, tmp_path: Path
) -> None:  # noqa: ANN001
    dialog = preview_document(None, world, "contract", "C1")
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.add_widget(dialog)
    qtbot.wait_exposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count() >= 1
    assert dialog.view.document() is dialog.document

    issued = m.IssuedDocument.get(m.IssuedDocument.kind == "contract")
    assert issued.object_ref == "C1" and issued.issued_by == "district"
    assert issued.serial in dialog.windowTitle() and issued.serial in dialog.stamp.text()
    assert dialog.isRightToLeft()

    if dialog.page_count() > 1:
        last = dialog.page_count() - 1
        dialog.go_to(last)
        qtbot.wait_until(lambda: dialog.current_page() == last)
        assert dialog.page_spin.value() == last + 1 and not dialog.next_button.isEnabled()
    dialog.set_zoom(1.5)
    assert dialog.view.zoomFactor() == pytest.approx(1.5)
    dialog.step_zoom(-1)
    assert dialog.view.zoomFactor() == pytest.approx(1.25)

    saved = dialog.save_to(tmp_path / "contract")
    assert saved == tmp_path / "contract.pdf" and saved.read_bytes() == dialog.pdf

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == dialog.page_count()


def test_contract_for_a_rejected_request_is_refused_in_persian(qtbot, world: Session) -> None:  # noqa: ANN001
    """R-3.1: a contract exists only after step ج; the refusal is the documents layer's own
    Persian message, in a message box that does not block."""
    with pytest.raises(WorkflowError) as refusal:
        printing.build("contract", "R2")
    parent = QWidget()
    qtbot.add_widget(parent)

    assert preview_document(parent, world, "contract", "R2") is None

    boxes = parent.findChildren(QMessageBox, "previewRefusal")
    assert len(boxes) == 1
    box = boxes[0]
    assert box.isVisible()  # shown with show(): preview_document returned at once
    assert box.text() == refusal.value.message_fa
    assert "R2" in box.text() and "رد شد" in box.text()
    assert box.windowTitle() == texts.PREVIEW_REFUSED_TITLE
    assert box.isRightToLeft()
    assert not m.IssuedDocument.select().exists()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.wait_until(lambda: not parent.findChildren(QMessageBox, "previewRefusal"))
