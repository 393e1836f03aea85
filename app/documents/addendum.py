"""«الحاقیهٔ قرارداد»: an accepted extension, perhaps into another semansara, as a paper of its
own that refers to the contract (R-5.1, R-5.4); the contract itself reprints as signed."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import BODY, BODY_RIGHT, HEADING, Document
from app.documents.flowables import PersianParagraph
from app.documents.layout import date, digits, ltr, name, or_blank, signatures, signer
from app.documents.numwords import ordinal
from app.workflow.papers import AddendumPaper


def layout(paper: AddendumPaper) -> Document:
    ngo = paper.ngo
    story: list[Flowable] = [
        PersianParagraph(
            texts.ADDENDUM_REF_LINE.format(
                contract=ltr(paper.contract),
                signed=date(paper.contract_signed_on),
                ref=ltr(paper.ref),
            ),
            BODY_RIGHT,
        ),
        PersianParagraph(texts.ADDENDUM_ARTICLE_1, HEADING),
        PersianParagraph(
            texts.ADDENDUM_EXTENDS.format(
                contract=ltr(paper.contract),
                ngo=name(ngo.name),
                ngo_code=ltr(ngo.code),
                nth=ordinal(paper.number),
                months=digits(paper.months),
                before=date(paper.last_day_before),
                last_day=date(paper.last_day),
            ),
            BODY,
        ),
    ]
    if paper.moves_on is not None:
        story += [
            PersianParagraph(texts.ADDENDUM_ARTICLE_MOVE, HEADING),
            PersianParagraph(
                texts.ADDENDUM_MOVES.format(
                    starts=date(paper.moves_on),
                    old=name(paper.from_semansara.name),
                    new=name(paper.to_semansara.name),
                    district=digits(paper.to_semansara.district),
                    address=texts.ADDRESS_PART.format(address=paper.to_semansara.address)
                    if paper.to_semansara.address
                    else "",
                ),
                BODY,
            ),
        ]
    story += [
        PersianParagraph(texts.ADDENDUM_ARTICLE_REST, HEADING),
        PersianParagraph(texts.ADDENDUM_REST, BODY),
        Spacer(1, 12),
        signatures(
            [
                (texts.SIGN_FOR_HQ, signer(paper.deputy)),
                (
                    texts.SIGN_FOR_NGO,
                    [
                        texts.SIGN_CHIEF.format(name=or_blank(ngo.chief)),
                        texts.SIGN_REPRESENTATIVE.format(name=or_blank(ngo.representative)),
                    ],
                ),
            ]
        ),
    ]
    return Document(
        kind=paper.kind,
        object_ref=paper.ref,
        title=texts.ADDENDUM_TITLE,
        subtitle=texts.ADDENDUM_SUBTITLE.format(nth=ordinal(paper.number)),
        story=story,
    )
