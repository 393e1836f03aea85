"""What the papers share: names and values as printed, field tables and signature boxes."""

from __future__ import annotations

import datetime as dt
import re

from reportlab.lib.units import cm

from app.documents import texts
from app.documents.document import CELL, CELL_BOLD, CELL_HEADER
from app.documents.flowables import PersianParagraph, PersianTable
from app.documents.numwords import to_words
from app.workflow import jalali, persian
from app.workflow.papers import NgoFacts, ServiceTerms, Signatory
from app.workflow.policy import ROOM_SERVICES, SERVICE_NAMES, UNLIMITED

_LATIN_GAP = re.compile(r"(?<=[A-Za-z0-9.&'\-]) +(?=[A-Za-z0-9&(])")
_BEFORE_LAST_NUMBER = re.compile(r" +(?=[0-9\u06f0-\u06f9]+$)")


def digits(value: object) -> str:
    return persian.to_persian_digits(str(value))


def name(value: str | None) -> str:
    """A name as printed: a run of Latin words («Green Future», "Sara Karimi") and a
    number ending the name («سمن‌سرای منطقه ۶») are joined by no-break spaces, so that a
    line never breaks inside them (a Latin name cut in two reads backwards across the line
    break in right-to-left text, and «۶» alone at the head of a line reads as a new item)."""
    value = _LATIN_GAP.sub("\u00a0", (value or "").strip())
    return _BEFORE_LAST_NUMBER.sub("\u00a0", value)


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def ltr(value: str | None) -> str:
    """A code, licence number, phone or e-mail written in Latin (``98-12534``) as a
    left-to-right run (LRE…PDF): it keeps its own order and Latin digits in Persian text,
    and never breaks inside (its spaces are no-break). Persian-script values are as they are."""
    value = (value or "").strip()
    if not value or _ARABIC_SCRIPT.search(value) or value.isdigit():
        return value  # a plain number has no order to keep: it prints in Persian digits
    return "\u202a" + value.replace(" ", "\u00a0") + "\u202c"


def or_blank(value: str | None) -> str:
    return name(value) or texts.BLANK


def date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return texts.BLANK
    day = value.date() if isinstance(value, dt.datetime) else value
    return jalali.format_date(day)


def cell(text: str, style=CELL) -> PersianParagraph:  # noqa: ANN001
    return PersianParagraph(text, style)


def fields(pairs: list[tuple[str, str]], columns: int = 2) -> PersianTable:
    """Label/value pairs as a table of ``columns`` pairs a row (labels in bold)."""
    rows: list[list[object]] = []
    for start in range(0, len(pairs), columns):
        row: list[object] = []
        for label, value in pairs[start : start + columns]:
            row += [cell(label, CELL_BOLD), cell(value)]
        row += [None] * (2 * columns - len(row))
        rows.append(row)
    widths = [3.5 * cm, 5.0 * cm] * columns if columns == 2 else [4.0 * cm, 13.0 * cm]
    return PersianTable(rows, widths, header=False)


def signer(person: Signatory) -> list[str]:
    """A signatory's lines in a signature box: the full name, then the role."""
    return [texts.NAME.format(name=or_blank(person.name)), texts.ROLE.format(role=person.role)]


def signatures(blocks: list[tuple[str, list[str]]], room: int = 2) -> PersianTable:
    """Signature boxes side by side: a heading and the names, then room to sign.
    A single box (a letter's signatory) sits at the left, as on a letter."""
    header = [title for title, _ in blocks]
    most = max(len(names) for _title, names in blocks)
    body = [
        # The same number of lines in every box, so that «امضا و مهر» lines up.
        cell("\n".join([*names, *[""] * (most - len(names)), texts.SIGNATURE, *[""] * room]))
        for _title, names in blocks
    ]
    width = 17.0 * cm / len(blocks) if len(blocks) > 1 else 8.0 * cm
    table = PersianTable(
        [header, body], [width] * len(blocks), body_style=CELL, header_style=CELL_HEADER
    )
    if len(blocks) == 1:
        table.hAlign = "LEFT"
    return table


def cap_text(terms: ServiceTerms) -> str:
    if terms.cap == UNLIMITED:
        return texts.CAP_UNLIMITED
    number = persian.format_number(int(terms.cap))
    if terms.service in ROOM_SERVICES:
        return texts.CAP_HOURS.format(n=number)
    if terms.service == "shelf":
        return texts.CAP_SHELF.format(n=number)
    if terms.service == "desk":
        return texts.CAP_DESK.format(n=number)
    if terms.service == "business_cards":
        return texts.CAP_CARDS.format(n=number)
    return number


def per_use(people: int | None) -> str:
    return texts.PER_USE_PEOPLE.format(n=digits(people)) if people else texts.NONE


def service_name(service: str) -> str:
    return SERVICE_NAMES[service]


def months_text(months: int) -> str:
    if months == 1:
        return texts.ONE_MONTH
    if months % 12 == 0:
        return texts.YEARS.format(words=to_words(months // 12))
    return texts.MONTHS.format(n=digits(months))


def ngo_pairs(ngo: NgoFacts) -> list[tuple[str, str]]:
    return [
        (texts.FIELD_NGO_NAME, name(ngo.name)),
        (texts.FIELD_NGO_CODE, ltr(ngo.code)),
        (texts.FIELD_LICENCE_NO, ltr(ngo.licence_no)),
        (texts.FIELD_LICENCE_ISSUER, ngo.licence_issuer),
        (texts.FIELD_LICENCE_EXPIRES, date(ngo.licence_expires)),
        (texts.FIELD_FOUNDED, date(ngo.founded)),
        (texts.FIELD_MEMBERS, digits(ngo.members)),
        (
            texts.FIELD_LEVEL,
            texts.LEVEL_VALUE.format(level=digits(ngo.level)) if ngo.level else texts.LEVEL_NOT_SET,
        ),
        (texts.FIELD_CHIEF, or_blank(ngo.chief)),
        (texts.FIELD_REPRESENTATIVE, or_blank(ngo.representative)),
        (texts.FIELD_PHONE, ltr(ngo.phone) or texts.BLANK),
        (texts.FIELD_EMAIL, ltr(ngo.email) or texts.BLANK),
        (
            texts.FIELD_DISTRICT,
            texts.DISTRICT_VALUE.format(district=digits(ngo.district))
            if ngo.district
            else texts.BLANK,
        ),
    ]
