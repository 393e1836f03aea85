"""Which module lays out which paper, and a paper's PDF with its issue stamp."""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike
from typing import NamedTuple

from app.documents import (
    addendum,
    contract,
    letter,
    note_receipt,
    note_return,
    notice,
    request_form,
    texts,
)
from app.documents.document import Document, Stamp, render
from app.workflow import paper_issue, papers
from app.workflow.clock import Clock
from app.workflow.paper_issue import IssuedPaper
from app.workflow.papers import Paper

LAYOUTS: dict[str, Callable[[Paper], Document]] = {
    "request-form": request_form.layout,
    "contract": contract.layout,
    "addendum": addendum.layout,
    "letter-representative": letter.layout,
    "letter-manager": letter.layout,
    "note-receipt": note_receipt.layout,
    "note-return": note_return.layout,
    "notice-ngo": notice.layout,
    "notice-manager": notice.layout,
}


def document(paper: Paper) -> Document:
    return LAYOUTS[paper.kind](paper)


def how_to_verify(head: papers.Letterhead) -> str:
    """One line telling the reader where to verify the paper (HQ's phone or address)."""
    contact = ""
    if head.phone:
        contact += texts.CONTACT_PHONE.format(phone=f"\u202a{head.phone}\u202c")
    if head.address:
        contact += texts.CONTACT_ADDRESS.format(address=head.address)
    return texts.HOW_TO_VERIFY.format(contact=contact)


def stamp(issued: IssuedPaper) -> Stamp:
    head = papers.letterhead(issued.issued_at.date())
    return Stamp(
        serial=issued.serial,
        code=issued.code,
        issued_at=issued.issued_at,
        copy_at=issued.copy_at,
        how_to_verify=how_to_verify(head),
    )


def pdf(
    paper: Paper, issued: IssuedPaper | None = None, out: str | PathLike[str] | None = None
) -> bytes:
    """The PDF of ``paper``: issued (serial, code, and «رونوشت» on a copy), else a preview."""
    return render(document(paper), stamp(issued) if issued is not None else None, out)


class Issued(NamedTuple):
    """An issued paper (``record``: its serial, code and dates) and its PDF."""

    record: IssuedPaper
    pdf: bytes


def issue_pdf(
    kind: str,
    ref: str,
    user: object,
    clock: Clock,
    *,
    out: str | PathLike[str] | None = None,
    call_id: str | None = None,
) -> Issued:
    """Issue (or print again) a paper through the workflow action, then lay it out."""
    paper, issued = paper_issue.issue(kind, ref, user, clock, call_id=call_id)
    return Issued(issued, pdf(paper, issued, out))


def build(kind: str, ref: str) -> Document:
    """The paper ``kind`` about ``ref`` as laid out today (refused when it does not apply)."""
    return document(paper_issue.record(kind, ref))


def preview(kind: str, ref: str, out: str | PathLike[str] | None = None) -> bytes:
    """The PDF of the paper ``kind`` about ``ref``, unissued (marked as a preview)."""
    return pdf(paper_issue.record(kind, ref), None, out)
