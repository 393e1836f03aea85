"""«فرم درخواست سمن‌سرا» (step الف), laid out from its record."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from app.documents import texts
from app.documents.document import BODY, CELL, CELL_HEADER, HEADING, SMALL, Document
from app.documents.flowables import PersianParagraph, PersianTable
from app.documents.layout import (
    digits,
    fields,
    name,
    ngo_pairs,
    or_blank,
    per_use,
    service_name,
    signatures,
    signer,
)
from app.workflow import jalali
from app.workflow.papers import RequestFormPaper


def layout(paper: RequestFormPaper) -> Document:
    house = paper.semansara
    request_pairs = [
        (texts.FIELD_REQUEST_REF, paper.ref),
        (
            texts.FIELD_SEMANSARA,
            f"{name(house.name)} ({texts.DISTRICT_VALUE.format(district=digits(house.district))})",
        ),
        (texts.FIELD_CHANNEL, paper.channel),
        (texts.FIELD_REGISTERED_AT, jalali.format_datetime(paper.registered_at)),
        (texts.FIELD_REGISTERED_BY, or_blank(paper.registered_by.name)),
        (texts.FIELD_STEP, paper.step),
    ]
    rows: list[list[object]] = [
        [texts.COL_ROW, texts.COL_SERVICE, texts.COL_ASKED, texts.COL_PER_USE]
    ]
    for number, (service, people) in enumerate(paper.people_caps, start=1):
        rows.append(
            [
                digits(number),
                service_name(service),
                texts.YES if service in paper.asked else texts.NO,
                per_use(people),
            ]
        )
    story: list[Flowable] = [
        PersianParagraph(texts.REQUEST_NGO_HEADING, HEADING),
        fields(ngo_pairs(paper.ngo)),
        PersianParagraph(texts.REQUEST_HEADING, HEADING),
        fields(request_pairs),
    ]
    if paper.decision_reason:
        story.append(
            PersianParagraph(texts.REQUEST_REASON.format(reason=paper.decision_reason), BODY)
        )
    story += [
        PersianParagraph(texts.REQUEST_SERVICES_HEADING, HEADING),
        PersianTable(
            rows,
            [1.3 * cm, 7.0 * cm, 3.2 * cm, 5.5 * cm],
            body_style=CELL,
            header_style=CELL_HEADER,
        ),
        Spacer(1, 6),
    ]
    notes = [texts.REQUEST_SERVICES_NOTE, texts.REQUEST_PRIORITY]
    if not paper.asked:
        notes.insert(0, texts.REQUEST_NO_SERVICES)
    story += [
        PersianParagraph(" ".join(notes), SMALL),
        Spacer(1, 6),
        signatures(
            [
                (
                    texts.SIGN_APPLICANT,
                    [
                        texts.NAME.format(name=or_blank(paper.ngo.representative)),
                        texts.ROLE.format(role=texts.REPRESENTATIVE_ROLE),
                    ],
                ),
                (texts.SIGN_DESK, signer(paper.registered_by)),
            ],
            room=1,
        ),
    ]
    return Document(
        kind=paper.kind,
        object_ref=paper.ref,
        title=texts.REQUEST_FORM_TITLE,
        subtitle=texts.REQUEST_FORM_SUBTITLE,
        story=story,
    )
