"""«معرفی‌نامه» (steps ج, چ, ح), one copy for the representative and one for the manager."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import (
    BANNER,
    LETTER,
    LETTER_HEADING,
    LETTER_RIGHT,
    SMALL,
    Boxed,
    Document,
)
from app.documents.flowables import PersianParagraph
from app.documents.layout import date, digits, ltr, name, or_blank, service_name, signatures, signer
from app.workflow.papers import LetterPaper


def layout(paper: LetterPaper) -> Document:
    ngo, house = paper.ngo, paper.semansara
    services = "، ".join(service_name(s) for s in paper.services)
    story: list[Flowable] = [
        Boxed(PersianParagraph(texts.LETTER_COPY[paper.to], BANNER), width=8 * cm),
        Spacer(1, 10),
        PersianParagraph(
            texts.LETTER_TO.format(semansara=name(house.name), district=digits(house.district)),
            LETTER_HEADING,
        ),
        PersianParagraph(texts.LETTER_GREETING, LETTER_RIGHT),
        PersianParagraph(
            texts.LETTER_BODY.format(
                representative=or_blank(ngo.representative),
                ngo=name(ngo.name),
                ngo_code=ltr(ngo.code),
                licence_no=ltr(ngo.licence_no),
                issuer=ngo.licence_issuer,
                signed=date(paper.signed_on),
                contract=paper.ref,
                starts=date(paper.starts),
                last_day=date(paper.last_day),
                level=digits(paper.level),
            ),
            LETTER,
        ),
        PersianParagraph(texts.LETTER_SERVICES.format(services=services or texts.NONE), LETTER),
        PersianParagraph(texts.LETTER_REQUEST, LETTER),
        PersianParagraph(texts.LETTER_TWO_COPIES, SMALL),
        Spacer(1, 14),
        signatures([(texts.LETTER_SIGNATURE, signer(paper.signer))]),
    ]
    return Document(
        kind=paper.kind,
        object_ref=paper.ref,
        title=texts.LETTER_TITLE,
        story=story,
        own_serial=paper.serial,
    )
