"""«اطلاعیهٔ نوبت سمن‌سرا» (step ذ), one copy for the NGO and one for the semansara manager."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import BANNER, BODY, Boxed, Document
from app.documents.flowables import PersianParagraph
from app.documents.layout import digits, fields, ltr, name, service_name, signatures, signer
from app.workflow import jalali
from app.workflow.papers import NoticePaper


def desk_contact(paper: NoticePaper) -> str:
    """HQ's service desk: its phone and address (settings), else a blank to fill in."""
    head = paper.desk_contact
    parts = [texts.PHONE_PART.format(phone=ltr(head.phone))] if head.phone else []
    if head.address:
        parts.append(texts.ADDRESS_LABEL.format(address=head.address))
    return "، ".join(parts) or texts.BLANK


def layout(paper: NoticePaper) -> Document:
    house = paper.semansara
    cap = digits(paper.people_cap)
    place = name(house.name) + (
        texts.ADDRESS_PART.format(address=house.address) if house.address else ""
    )
    pairs = [
        (texts.FIELD_BOOKING, paper.ref),
        (texts.FIELD_NGO, name(paper.ngo_name)),
        (
            texts.FIELD_SERVICE,
            texts.ROOM_NUMBER.format(
                service=service_name(paper.service), number=digits(paper.room)
            ),
        ),
        (texts.FIELD_PLACE, place),
        (texts.FIELD_DAY, f"{jalali.weekday_name(paper.day)} {jalali.format_date(paper.day)}"),
        (
            texts.FIELD_TIME,
            texts.TIME_RANGE.format(
                start=jalali.format_time(paper.start), end=jalali.format_time(paper.end)
            ),
        ),
        (texts.FIELD_PEOPLE, texts.PEOPLE.format(n=digits(paper.people), cap=cap)),
        (texts.FIELD_CONTRACT, ltr(paper.contract)),
        (texts.FIELD_SEMANSARA_PHONE, ltr(house.phone) or texts.BLANK),
        (texts.FIELD_DESK_CONTACT, desk_contact(paper)),
    ]
    message = paper.message
    for own in (paper.ngo_name, house.name):
        message = message.replace(own, name(own))
    rules = texts.NOTICE_NGO_RULES if paper.to == "ngo" else texts.NOTICE_MANAGER_RULES
    story: list[Flowable] = [
        Boxed(PersianParagraph(texts.NOTICE_COPY[paper.to], BANNER), width=7 * cm),
        Spacer(1, 8),
        PersianParagraph(message, BODY),
        fields(pairs, columns=1),
        Spacer(1, 6),
        PersianParagraph(rules.format(cap=cap), BODY),
        Spacer(1, 8),
        signatures([(texts.SIGN_DESK_NOTICE, signer(paper.desk))]),
    ]
    return Document(
        kind=paper.kind,
        object_ref=paper.ref,
        title=texts.NOTICE_TITLE,
        subtitle=texts.NOTICE_STEP,
        story=story,
    )
