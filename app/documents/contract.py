"""«قرارداد اجارهٔ شش‌ماهه» (step ج), laid out from its record and the wording in force on the
signing day (``app.workflow.papers_template``)."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import (
    BODY,
    BODY_RIGHT,
    CELL,
    CELL_HEADER,
    HEADING,
    SMALL,
    SUBTITLE,
    Document,
)
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


def _values(paper: ContractPaper) -> dict[str, str]:
    """What the template's placeholders stand for, written for print."""
    ngo, house, hq = paper.ngo, paper.semansara, paper.hq
    rent = paper.monthly_rent
    return {
        "hq": hq.name,
        "hq_address": hq.address or texts.BLANK,
        "hq_phone": ltr(hq.phone) or texts.BLANK,
        "deputy": or_blank(paper.deputy.name),
        "ngo": name(ngo.name),
        "ngo_code": ltr(ngo.code),
        "national_id": ltr(ngo.national_id) or texts.BLANK,
        "licence_no": ltr(ngo.licence_no),
        "issuer": ngo.licence_issuer,
        "licence_expires": date(ngo.licence_expires),
        "ngo_address": ngo.address or texts.BLANK,
        "ngo_phone": ltr(ngo.phone) or texts.BLANK,
        "ngo_email": ltr(ngo.email) or texts.BLANK,
        "chief": or_blank(ngo.chief),
        "chief_code": digits(ngo.chief_national_code) if ngo.chief_national_code else texts.BLANK,
        "representative": or_blank(ngo.representative),
        "representative_code": digits(ngo.representative_national_code)
        if ngo.representative_national_code
        else texts.BLANK,
        "procedure": texts.PROCEDURE,
        "approved": date(APPROVED_1399_04_25),
        "semansara": name(house.name),
        "semansara_code": ltr(house.code),
        "district": digits(house.district),
        "address": texts.ADDRESS_PART.format(address=house.address) if house.address else "",
        "level": digits(paper.level),
        "months": digits(paper.months),
        "starts": date(paper.starts),
        "last_day": date(paper.first_last_day),
        "consideration": texts.NO_RENT
        if rent == 0
        else texts.RENT.format(amount=persian.format_number(rent), words=rials_in_words(rent)),
        "opens": digits(paper.opens),
        "closes": digits(paper.closes),
        "note_serial": ltr(paper.note_serial),
        "note_amount": persian.format_number(paper.note_amount),
        "note_words": rials_in_words(paper.note_amount),
        "finance": or_blank(paper.finance.name),
        "note_year": digits(paper.note_year),
        "note_due": persian.format_number(paper.note_due),
        "notice": months_text(paper.extension_notice_months),
        "deadline": date(paper.extension_deadline),
        "max_extensions": digits(paper.max_extensions),
        "total": months_text(paper.max_total_months),
    }


def _caps_table(paper: ContractPaper) -> Flowable:
    level = digits(paper.level)
    if not paper.services:
        return PersianParagraph(texts.NO_SERVICES_FOR_LEVEL.format(level=level), BODY)
    rows: list[list[object]] = [
        [texts.COL_ROW, texts.COL_SERVICE, texts.COL_CAP.format(level=level), texts.COL_PER_USE]
    ]
    for number, terms in enumerate(paper.services, start=1):
        rows.append(
            [digits(number), service_name(terms.service), cap_text(terms), per_use(terms.people)]
        )
    return PersianTable(
        rows, [1.3 * cm, 6.7 * cm, 5.0 * cm, 4.0 * cm], body_style=CELL, header_style=CELL_HEADER
    )


def layout(paper: ContractPaper) -> Document:
    ngo, hq = paper.ngo, paper.hq
    values = _values(paper)
    contact = "، ".join(
        part
        for part in (
            hq.address,
            texts.PHONE_PART.format(phone=ltr(hq.phone)) if hq.phone else "",
        )
        if part
    )
    story: list[Flowable] = [PersianParagraph(texts.BISMILLAH, SUBTITLE)]
    if contact:
        story.append(PersianParagraph(contact, SMALL))
    story.append(
        PersianParagraph(
            texts.CONTRACT_REF_LINE.format(
                ref=ltr(paper.ref), signed=date(paper.signed_on), version=paper.template_version
            ),
            BODY_RIGHT,
        )
    )
    for heading, paragraphs in paper.articles:
        story.append(PersianParagraph(heading, HEADING))
        for paragraph in paragraphs:
            if paragraph == "{caps_table}":
                story.append(_caps_table(paper))
            else:
                story.append(PersianParagraph(paragraph.format(**values), BODY))
    signed = date(paper.signed_on)
    story += [
        Spacer(1, 10),
        signatures(
            [
                (texts.SIGN_FOR_HQ, [*signer(paper.deputy), texts.SIGN_DATE.format(date=signed)]),
                (
                    texts.SIGN_FOR_NGO,
                    [
                        texts.SIGN_CHIEF.format(name=or_blank(ngo.chief)),
                        texts.SIGN_REPRESENTATIVE.format(name=or_blank(ngo.representative)),
                        texts.SIGN_DATE.format(date=signed),
                    ],
                ),
            ]
        ),
    ]
    return Document(
        kind=paper.kind,
        object_ref=paper.ref,
        title=texts.CONTRACT_TITLE,
        subtitle=texts.CONTRACT_SUBTITLE.format(semansara=name(paper.semansara.name)),
        story=story,
        page_note=texts.INITIALS,
    )
