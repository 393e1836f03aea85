"""«رسید دریافت سفته» (Article 6): the finance deputy receives the note, by name."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import BODY, Document
from app.documents.flowables import PersianParagraph
from app.documents.layout import date, fields, ltr, name, or_blank, signatures, signer
from app.documents.numwords import rials_in_words
from app.workflow import persian
from app.workflow.papers import NoteReceiptPaper, NoteReturnPaper


def note_pairs(paper: NoteReceiptPaper | NoteReturnPaper) -> list[tuple[str, str]]:
    return [
        (texts.FIELD_NOTE_SERIAL, paper.note_serial),
        (texts.FIELD_CONTRACT, paper.ref),
        (texts.FIELD_AMOUNT, persian.format_number(paper.amount)),
        (texts.FIELD_RECEIVED_AT, date(paper.received_on)),
        (texts.FIELD_AMOUNT_WORDS, rials_in_words(paper.amount)),
        (texts.FIELD_NGO_NAME, name(paper.ngo.name)),
    ]


def layout(paper: NoteReceiptPaper) -> Document:
    ngo = paper.ngo
    story: list[Flowable] = [
        fields(note_pairs(paper)),
        Spacer(1, 10),
        PersianParagraph(
            texts.NOTE_RECEIPT_TEXT.format(
                serial=paper.note_serial,
                amount=persian.format_number(paper.amount),
                words=rials_in_words(paper.amount),
                chief=or_blank(ngo.chief),
                ngo=name(ngo.name),
                ngo_code=ltr(ngo.code),
                contract=paper.ref,
                semansara=name(paper.semansara.name),
                received=date(paper.received_on),
                receiver=or_blank(paper.received_by.name),
            ),
            BODY,
        ),
        PersianParagraph(texts.NOTE_RECEIPT_CONDITIONS, BODY),
        Spacer(1, 14),
        signatures(
            [
                (texts.SIGN_RECEIVED_FOR_HQ, signer(paper.received_by)),
                (texts.SIGN_GIVER, [texts.SIGN_CHIEF.format(name=or_blank(ngo.chief))]),
            ]
        ),
    ]
    return Document(
        kind=paper.kind, object_ref=paper.ref, title=texts.NOTE_RECEIPT_TITLE, story=story
    )
