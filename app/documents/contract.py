"""«قرارداد اجارهٔ شش‌ماهه» (step ج), laid out from its record."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import BODY, BODY_RIGHT, CELL, CELL_HEADER, HEADING, Document
from app.documents.flowables import PersianParagraph, PersianTable
from app.documents.layout import (
    cap_text,
    date,
    digits,
    ltr,
    months_text,
    name,
    or_blank,
    per_use,
    service_name,
    signatures,
    signer,
)
from app.documents.numwords import rials_in_words
from app.workflow import persian
from app.workflow.papers import ContractPaper
from app.workflow.policy import APPROVED_1399_04_25


def layout(paper: ContractPaper) -> Document:
    ngo, house = paper.ngo, paper.semansara
    level = digits(paper.level)
    address = texts.ADDRESS_PART.format(address=house.address) if house.address else ""
    cap_rows: list[list[object]] = [
        [texts.COL_ROW, texts.COL_SERVICE, texts.COL_CAP.format(level=level), texts.COL_PER_USE]
    ]
    for number, terms in enumerate(paper.services, start=1):
        cap_rows.append(
            [digits(number), service_name(terms.service), cap_text(terms), per_use(terms.people)]
        )
    term = texts.TERM_TEXT.format(
        months=digits(paper.months), starts=date(paper.starts), last_day=date(paper.first_last_day)
    )
    story: list[Flowable] = [
        PersianParagraph(
            texts.CONTRACT_REF_LINE.format(ref=paper.ref, signed=date(paper.signed_on)), BODY_RIGHT
        ),
        PersianParagraph(texts.ARTICLE_PARTIES, HEADING),
        PersianParagraph(
            texts.PARTIES_TEXT.format(
                hq=texts.HQ,
                deputy=name(paper.deputy.name),
                ngo=name(ngo.name),
                ngo_code=ltr(ngo.code),
                licence_no=ltr(ngo.licence_no),
                issuer=ngo.licence_issuer,
                licence_expires=date(ngo.licence_expires),
                chief=or_blank(ngo.chief),
                representative=or_blank(ngo.representative),
                procedure=texts.PROCEDURE,
                approved=date(APPROVED_1399_04_25),
            ),
            BODY,
        ),
        PersianParagraph(texts.ARTICLE_SUBJECT, HEADING),
        PersianParagraph(
            texts.SUBJECT_TEXT.format(
                semansara=name(house.name),
                code=house.code,
                district=digits(house.district),
                address=address,
                level=level,
            ),
            BODY,
        ),
    ]
    if paper.services:
        story.append(
            PersianTable(
                cap_rows,
                [1.3 * cm, 6.7 * cm, 5.0 * cm, 4.0 * cm],
                body_style=CELL,
                header_style=CELL_HEADER,
            )
        )
    else:
        story.append(PersianParagraph(texts.NO_SERVICES_FOR_LEVEL.format(level=level), BODY))
    story += [
        PersianParagraph(texts.ARTICLE_TERM, HEADING),
        PersianParagraph(term, BODY),
        PersianParagraph(texts.ARTICLE_NOTE, HEADING),
        PersianParagraph(
            texts.NOTE_TEXT.format(
                serial=paper.note_serial,
                amount=persian.format_number(paper.note_amount),
                words=rials_in_words(paper.note_amount),
                year=digits(paper.note_year),
                due=persian.format_number(paper.note_due),
            ),
            BODY,
        ),
        PersianParagraph(texts.ARTICLE_OBLIGATIONS, HEADING),
        PersianParagraph(texts.OBLIGATION_OWN_SEMANSARA.format(semansara=name(house.name)), BODY),
        PersianParagraph(texts.OBLIGATION_BOOKING, BODY),
        PersianParagraph(
            texts.OBLIGATION_EXTENSION.format(
                notice=months_text(paper.extension_notice_months),
                deadline=date(paper.extension_deadline),
            ),
            BODY,
        ),
        PersianParagraph(
            texts.OBLIGATION_LIMITS.format(
                max_extensions=digits(paper.max_extensions),
                months=digits(paper.months),
                total=months_text(paper.max_total_months),
            ),
            BODY,
        ),
        PersianParagraph(texts.OBLIGATION_CARE, BODY),
        PersianParagraph(texts.ARTICLE_RETURN, HEADING),
        PersianParagraph(texts.RETURN_TEXT, BODY),
        PersianParagraph(texts.ARTICLE_COPIES, HEADING),
        PersianParagraph(texts.COPIES_TEXT, BODY),
        Spacer(1, 10),
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
        title=texts.CONTRACT_TITLE,
        subtitle=texts.CONTRACT_SUBTITLE.format(semansara=name(house.name)),
        story=story,
    )
