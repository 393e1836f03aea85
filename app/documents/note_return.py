"""«رسید بازگرداندن سفته» (Article 6): the finance deputy gives the note back, by name, to the
NGO's official representative, who signs for it."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import BODY, Document
from app.documents.flowables import PersianParagraph
from app.documents.layout import date, fields, ltr, name, or_blank, signatures, signer
from app.documents.note_receipt import note_pairs
from app.documents.numwords import rials_in_words
from app.workflow import persian
from app.workflow.papers import NoteReturnPaper


def layout(paper: NoteReturnPaper) -> Document:
    ngo = paper.ngo
    template = (
        texts.RETURN_BECAUSE_SETTLED if paper.after_damage else (texts.RETURN_BECAUSE_NO_DAMAGE)
    )
    because = template.format(
        ended=date(paper.ended_on),
        manager=name(paper.confirmed_by.name),
        confirmed=date(paper.confirmed_on),
    )
    pairs = note_pairs(paper)
    pairs.insert(4, (texts.FIELD_RETURNED_AT, date(paper.returned_on)))
    story: list[Flowable] = [
        fields(pairs),
        Spacer(1, 10),
        PersianParagraph(
            texts.NOTE_RETURN_TEXT.format(
                serial=paper.note_serial,
                amount=persian.format_number(paper.amount),
                words=rials_in_words(paper.amount),
                contract=paper.ref,
                semansara=name(paper.semansara.name),
                received=date(paper.received_on),
                ngo=name(ngo.name),
                ngo_code=ltr(ngo.code),
                because=because,
                returned=date(paper.returned_on),
                returned_to=or_blank(paper.returned_to or ngo.representative),
            ),
            BODY,
        ),
        PersianParagraph(texts.NOTE_RETURN_CLOSING, BODY),
        Spacer(1, 14),
        signatures(
            [
                (texts.SIGN_GIVER, signer(paper.returned_by)),
                (
                    texts.SIGN_RECEIVER,
                    [
                        texts.NAME.format(name=or_blank(ngo.representative)),
                        texts.ROLE.format(role=texts.REPRESENTATIVE_ROLE),
                    ],
                ),
            ]
        ),
    ]
    return Document(
        kind=paper.kind, object_ref=paper.ref, title=texts.NOTE_RETURN_TITLE, story=story
    )
